// Fix all (source.fixAll.postmortem, for editor.codeActionsOnSave and the Fix All command): listed
// whenever a safe fix exists, and computed only when the client resolves it (codeAction/resolve),
// since its passes re-analyse the document; a lightbulb request costs nothing.
import type { CodeAction } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { minimalEdit } from '../analysis/edits';
import type { LineIndex } from '../postmortem/positions';
import { workspaceEdit } from './workspaceEdit';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;
export const FIX_ALL_TITLE = 'Fix all safe postmortem problems';

/** What the listed action carries to its resolution. */
interface FixAllData {
  fixAll: { uri: string };
}

/** The action without its edit, when the analysis has a safe fix to apply. */
export function fixAllAction(analysis: Analysis, uri: string): CodeAction | undefined {
  if (!analysis.findings.some((f) => f.fixes.some((x) => x.safe))) return undefined;
  const data: FixAllData = { fixAll: { uri } };
  return { title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, data };
}

/** The document a code action to resolve is the fix-all of, or undefined for any other action. */
export function fixAllTarget(action: CodeAction): string | undefined {
  const data = action.data as Partial<FixAllData> | undefined;
  return action.kind === FIX_ALL_KIND && typeof data?.fixAll?.uri === 'string' ? data.fixAll.uri : undefined;
}

/**
 * The action with its edit: the one edit that turns `text` into `fixed` (`lines` is `text`'s), or
 * as it came when the fixes change nothing.
 */
export function resolvedFixAll(action: CodeAction, text: string, fixed: string, lines: LineIndex): CodeAction {
  if (fixed === text) return action;
  const uri = fixAllTarget(action) ?? '';
  return { ...action, edit: workspaceEdit(uri, lines, [minimalEdit(text, fixed)]) };
}
