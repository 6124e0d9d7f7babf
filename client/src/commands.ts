// The commands of the command palette. The server decides what to write; the client asks, applies
// the edit and moves the cursor.
import type { ExtensionContext } from 'vscode';
import { commands, Position, Selection, Uri, window, workspace, WorkspaceEdit } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type {
  InsertTimelineEntryParams,
  InsertTimelineEntryResult,
  NewPostmortemParams,
  NewPostmortemResult,
} from '../../server/src/protocol';
import { INSERT_TIMELINE_ENTRY, NEW_POSTMORTEM } from '../../server/src/protocol';
import { registerInsightsView } from './insights/insightsPanel';
import type { PresetOptions } from './presetPrompt';
import { choosePreset } from './presetPrompt';

const FIX_ALL_KIND = 'source.fixAll.postmortem';

async function insertTimelineEntry(client: LanguageClient): Promise<boolean> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void window.showWarningMessage('Postmortem: open a markdown postmortem to insert a timeline entry.');
    return false;
  }
  const params: InsertTimelineEntryParams = { textDocument: { uri: editor.document.uri.toString() }, now: Date.now() };
  const result = await client.sendRequest<InsertTimelineEntryResult | null>(INSERT_TIMELINE_ENTRY, params);
  if (!result) return false;
  if ('refused' in result) {
    void window.showWarningMessage(`Postmortem: ${result.refused}`);
    return false;
  }
  const edit = new WorkspaceEdit();
  for (const e of result.edits)
    edit.replace(editor.document.uri, client.protocol2CodeConverter.asRange(e.range), e.newText);
  if (!(await workspace.applyEdit(edit))) return false;
  const cursor = new Position(result.cursor.line, result.cursor.character);
  editor.selection = new Selection(cursor, cursor);
  editor.revealRange(editor.selection);
  return true;
}

/** `title` may come as the command's argument (from a keybinding, a task or a test) instead of the prompt. */
async function newPostmortem(
  client: LanguageClient,
  titleArgument?: unknown,
  presetArgument?: PresetOptions,
): Promise<Uri | undefined> {
  const root = workspace.workspaceFolders?.[0];
  if (!root) {
    void window.showWarningMessage('Postmortem: open a folder first; new postmortems are created inside it.');
    return undefined;
  }
  const title =
    typeof titleArgument === 'string' && titleArgument.trim()
      ? titleArgument
      : await window.showInputBox({
          prompt: 'Title of the postmortem',
          placeHolder: 'Checkout errors after a proxy config push',
          validateInput: (v) => (v.trim() ? undefined : 'A title helps people find it later'),
        });
  if (!title) return undefined;
  // Asked only when the title was typed here: a command run with its arguments runs unattended.
  const preset = await choosePreset(client, root, presetArgument, typeof titleArgument !== 'string');
  if (preset === null) return undefined;
  const now = new Date();
  const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  // The server reads newPostmortem.folder from the settings and .postmortemrc.json and checks it stays inside.
  const params: NewPostmortemParams = {
    title: title.trim(),
    date,
    workspaceFolderUri: root.uri.toString(),
    ...(preset ? { preset } : {}),
  };
  let result: NewPostmortemResult | null;
  try {
    result = await client.sendRequest<NewPostmortemResult | null>(NEW_POSTMORTEM, params);
  } catch (error) {
    void window.showErrorMessage(`Postmortem: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (!result) return undefined;
  const folder = Uri.parse(result.folderUri);
  // The file name is the server's slug; the folder is checked again here, where the file is written.
  if (!isInside(folder, root.uri) || /[\\/]|^\.\.?$/.test(result.fileName)) {
    void window.showErrorMessage(`Postmortem: refusing to create ${result.fileName} outside the workspace folder.`);
    return undefined;
  }
  await workspace.fs.createDirectory(folder);
  // Never overwrite: a second postmortem with the same title the same day gets a suffix.
  let target = Uri.joinPath(folder, result.fileName);
  for (let n = 2; await exists(target); n++)
    target = Uri.joinPath(folder, result.fileName.replace(/\.md$/, `-${n}.md`));
  await workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  await window.showTextDocument(await workspace.openTextDocument(target));
  return target;
}

function isInside(folder: Uri, root: Uri): boolean {
  if (folder.scheme !== root.scheme || folder.authority !== root.authority) return false;
  if (/(^|\/)\.\.(\/|$)/.test(folder.path)) return false;
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return folder.path === root.path || folder.path.startsWith(base);
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export function registerCommands(context: ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    commands.registerCommand('postmortem.insertTimelineEntry', () => insertTimelineEntry(client)),
    commands.registerCommand('postmortem.newPostmortem', (title?: unknown, preset?: PresetOptions) =>
      newPostmortem(client, title, preset),
    ),
    commands.registerCommand('postmortem.fixAll', () =>
      commands.executeCommand('editor.action.codeAction', { kind: FIX_ALL_KIND, apply: 'first' }),
    ),
    ...registerInsightsView(context, client),
  );
}
