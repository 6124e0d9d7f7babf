// Our edits (offsets into the text) as an LSP workspace edit of one document.
import type { WorkspaceEdit } from 'vscode-languageserver';
import type { TextEdit } from '../analysis/finding';
import type { LineIndex } from '../postmortem/positions';

export function workspaceEdit(uri: string, lines: LineIndex, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: edits.map((e) => ({ range: lines.range(e.span), newText: e.newText })) } };
}
