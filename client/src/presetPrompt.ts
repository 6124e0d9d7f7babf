// New Postmortem's question when a workspace folder has no preset (and no sections or team template
// of its own): which public template its postmortems follow, and whether to record the choice in
// `.postmortemrc.json`. The server says whether to ask and what the file becomes; this only asks
// and writes it, through a workspace edit so it can be undone and an open editor follows.
import type { WorkspaceFolder } from 'vscode';
import { Range, Uri, window, workspace, WorkspaceEdit } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type {
  PresetChoiceParams,
  PresetChoiceResult,
  PresetFileParams,
  PresetFileResult,
} from '../../server/src/protocol';
import { PRESET_CHOICE, PRESET_FILE } from '../../server/src/protocol';

/** What the command was given instead of the prompt (by a keybinding, a task or a test). */
export interface PresetOptions {
  preset?: string;
  /** Record the preset in `.postmortemrc.json`. */
  save?: boolean;
}

/** The preset for this postmortem (undefined: the configured one), or null when the user cancelled. */
export async function choosePreset(
  client: LanguageClient,
  root: WorkspaceFolder,
  options: PresetOptions | undefined,
  interactive: boolean,
): Promise<string | undefined | null> {
  if (options?.preset) {
    if (options.save && !(await savePreset(client, root, options.preset))) return null;
    return options.preset;
  }
  if (!interactive) return undefined;
  const params: PresetChoiceParams = { workspaceFolderUri: root.uri.toString() };
  const choice = await client.sendRequest<PresetChoiceResult>(PRESET_CHOICE, params);
  if (choice.decided) return undefined;
  const picked = await window.showQuickPick(
    choice.presets.map((p) => ({ label: p.title, description: p.name, detail: p.detail, name: p.name })),
    {
      title: 'Postmortem: which template do postmortems here follow?',
      placeHolder: 'No preset, sections or team template is configured for this folder',
      matchOnDescription: true,
      matchOnDetail: true,
    },
  );
  if (!picked) return null;
  const save = await window.showQuickPick(
    [
      {
        label: 'Save it in .postmortemrc.json',
        description: 'every postmortem here is checked against it',
        save: true,
      },
      { label: 'Use it for this postmortem only', description: 'nothing is written', save: false },
    ],
    { title: `Postmortem: use "${picked.name}"`, placeHolder: 'Record the choice for this workspace folder?' },
  );
  if (!save) return null;
  if (save.save && !(await savePreset(client, root, picked.name))) return null;
  return picked.name;
}

async function savePreset(client: LanguageClient, root: WorkspaceFolder, preset: string): Promise<boolean> {
  const params: PresetFileParams = { workspaceFolderUri: root.uri.toString(), preset };
  let result: PresetFileResult;
  try {
    result = await client.sendRequest<PresetFileResult>(PRESET_FILE, params);
  } catch (error) {
    void window.showErrorMessage(`Postmortem: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  const uri = Uri.parse(result.uri);
  const edit = new WorkspaceEdit();
  if (result.exists) {
    const document = await workspace.openTextDocument(uri);
    edit.replace(uri, document.validateRange(new Range(0, 0, document.lineCount, 0)), result.text);
  } else {
    edit.createFile(uri, { contents: new TextEncoder().encode(result.text), ignoreIfExists: false });
  }
  if (!(await workspace.applyEdit(edit))) {
    void window.showErrorMessage(`Postmortem: could not write ${uri.fsPath}.`);
    return false;
  }
  if (result.exists) await (await workspace.openTextDocument(uri)).save();
  return true;
}
