// Quick fixes: the fixes of the findings under the cursor, one action each, the safe one preferred.
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { workspaceEdit } from './workspaceEdit';

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

export function quickFixes(analysis: Analysis, uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    // Matched by code and range, not by index: the diagnostic may come from an older version.
    const finding = analysis.findings.find(
      (f) => f.code === diagnostic.code && sameRange(analysis.lines.range(f.span), diagnostic.range),
    );
    for (const fix of finding?.fixes ?? []) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.safe,
        edit: workspaceEdit(uri, analysis.lines, fix.edits),
      });
    }
  }
  return actions;
}
