// Code actions: the quick fixes of the findings under the cursor, fix-all (source.fixAll.postmortem,
// for editor.codeActionsOnSave), and "Mark as <moment>" on any timeline entry.
import type { CodeAction, Diagnostic, Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { markerOffset } from '../analysis/edits';
import type { TextEdit } from '../analysis/finding';
import { fixText } from '../analysis/fixAll';
import { KEY_MOMENTS } from '../postmortem/vocabulary';
import type { Span } from '../postmortem/model';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;

function toLsp(analysis: Analysis, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: analysis.lines.range(e.span), newText: e.newText }));
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

/** The smallest single edit that turns `before` into `after`, so the cursor and undo stay sane. */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  return { span: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}

export interface CodeActionRequest {
  uri: string;
  span: Span;
  diagnostics: Diagnostic[];
  only?: string[];
  /** Re-analyses edited text with the same configuration, for fix-all's passes. */
  reanalyse: (text: string) => Analysis;
}

const wants = (only: string[] | undefined, kind: string) =>
  !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export function codeActions(analysis: Analysis, request: CodeActionRequest): CodeAction[] {
  const { uri, only } = request;
  const pm = analysis.postmortem;
  if (!pm.classification) return [];
  const actions: CodeAction[] = [];

  if (wants(only, CodeActionKind.QuickFix)) {
    for (const diagnostic of request.diagnostics) {
      // Match by code and range, not by index: the diagnostic may come from an older version.
      const finding = analysis.findings.find(
        (f) => f.code === diagnostic.code && sameRange(analysis.lines.range(f.span), diagnostic.range),
      );
      for (const fix of finding?.fixes ?? []) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.safe,
          edit: { changes: { [uri]: toLsp(analysis, fix.edits) } },
        });
      }
    }
  }

  if (wants(only, FIX_ALL_KIND) && (only || analysis.findings.some((f) => f.fixes.some((x) => x.safe)))) {
    const fixed = fixText(pm.text, request.reanalyse);
    if (fixed !== pm.text) {
      actions.push({
        title: 'Fix all safe postmortem problems',
        kind: FIX_ALL_KIND,
        edit: { changes: { [uri]: toLsp(analysis, [minimalEdit(pm.text, fixed)]) } },
      });
    }
  }

  if (wants(only, CodeActionKind.RefactorRewrite)) {
    const entry = pm.timeline?.entries.find(
      (e) => e.lineSpan.start <= request.span.end && request.span.start <= e.lineSpan.end,
    );
    if (entry) {
      for (const moment of KEY_MOMENTS) {
        if (entry.moments.some((t) => t.moment === moment)) continue;
        const edits: TextEdit[] = [];
        // A moment has one entry: marking this one moves the tag from wherever it was.
        for (const other of pm.timeline?.entries ?? []) {
          for (const tag of other.moments) {
            if (tag.moment !== moment) continue;
            const before = pm.text[tag.span.start - 1] === ' ' ? 1 : 0;
            edits.push({ span: { start: tag.span.start - before, end: tag.span.end }, newText: '' });
          }
        }
        const at = markerOffset(pm, entry);
        edits.push({ span: { start: at, end: at }, newText: ` [${moment}]` });
        actions.push({
          title: `Mark as ${moment}`,
          kind: CodeActionKind.RefactorRewrite,
          edit: { changes: { [uri]: toLsp(analysis, edits) } },
        });
      }
    }
  }
  return actions;
}
