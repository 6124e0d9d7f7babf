// "Mark as <moment>" on any timeline entry: adds the tag at the end of its first line and, since a
// moment has one entry, removes it from wherever it was. A moment suggested by the entry's words
// (≈) is offered first, as a quick fix.
import type { CodeAction } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { markerOffset } from '../analysis/edits';
import type { TextEdit } from '../analysis/finding';
import { KEY_MOMENTS } from '../postmortem/vocabulary';
import type { Span } from '../postmortem/model';
import { tagRemoval } from '../postmortem/text';
import { workspaceEdit } from './workspaceEdit';

/** One action per moment the entry on `span`'s lines is not marked with yet. */
export function markAsActions(analysis: Analysis, uri: string, span: Span): CodeAction[] {
  const pm = analysis.postmortem;
  const entries = pm.timeline?.entries ?? [];
  const entry = entries.find((e) => e.lineSpan.start <= span.end && span.start <= e.lineSpan.end);
  if (!entry) return [];
  // A moment the entry's words suggest comes first, as a quick fix that says why (never preferred:
  // a suggestion is the writer's to confirm).
  const suggested = new Map(
    [...analysis.moments.moments.values()]
      .filter((m) => m.source === 'wording' && m.entry === entry && m.words)
      .map((m) => [m.moment, m.words?.text ?? '']),
  );
  const moments = KEY_MOMENTS.filter((moment) => !entry.moments.some((t) => t.moment === moment)).sort(
    (a, b) => Number(suggested.has(b)) - Number(suggested.has(a)),
  );
  return moments.map((moment) => {
    const edits: TextEdit[] = entries.flatMap((other) =>
      other.moments.filter((t) => t.moment === moment).map((t) => ({ span: tagRemoval(pm.text, t.span), newText: '' })),
    );
    const at = markerOffset(pm, entry);
    edits.push({ span: { start: at, end: at }, newText: ` [${moment}]` });
    const words = suggested.get(moment);
    return {
      title: words === undefined ? `Mark as ${moment}` : `Mark as ${moment} (suggested by "${words}")`,
      kind: words === undefined ? CodeActionKind.RefactorRewrite : CodeActionKind.QuickFix,
      edit: workspaceEdit(uri, analysis.lines, edits),
    };
  });
}
