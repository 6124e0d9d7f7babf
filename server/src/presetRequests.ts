// The requests behind New Postmortem's preset prompt: whether a workspace folder already says what
// its postmortems look like (a preset, `sections` or a team template), and the text of its
// `.postmortemrc.json` with a chosen preset. The client shows the choice and writes the file.
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, MAX_CONFIG_FILE_BYTES } from './config/configFile';
import { readTextCached } from './config/fileCache';
import { withPreset } from './config/presetFile';
import { DEFAULT_SECTIONS } from './config/schema';
import type { PresetName } from './postmortem/vocabulary';
import { PRESET_NAMES, PRESET_VOCABULARY } from './postmortem/vocabulary';
import type { PresetChoiceParams, PresetChoiceResult, PresetFileParams, PresetFileResult } from './protocol';
import type { Workspace } from './workspace';
import { uriToPath } from './workspace';

const invalid = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);

export function isPresetName(name: unknown): name is PresetName {
  return typeof name === 'string' && (PRESET_NAMES as readonly string[]).includes(name);
}

function workspaceRoot(uri: unknown, workspace: Workspace): string {
  const root = typeof uri === 'string' ? uriToPath(uri) : undefined;
  if (!root || (workspace.roots.length && !workspace.roots.includes(root)))
    throw invalid(`${String(uri)} is not a workspace folder.`);
  return root;
}

/** The configuration of a new postmortem in the folder New Postmortem writes to (its template found from there). */
async function newPostmortemConfig(root: string, workspace: Workspace) {
  const atRoot = await workspace.configFor(pathToFileURL(join(root, 'new.md')).href);
  const folder = resolve(root, atRoot.config.newPostmortem.folder);
  // A folder leading outside is New Postmortem's to refuse; the root's configuration answers here.
  const inside = folder === root || folder.startsWith(root.endsWith(sep) ? root : root + sep);
  return inside ? workspace.configFor(pathToFileURL(join(folder, 'new.md')).href) : atRoot;
}

export async function presetChoice(params: PresetChoiceParams, workspace: Workspace): Promise<PresetChoiceResult> {
  const root = workspaceRoot(params.workspaceFolderUri, workspace);
  const loaded = await newPostmortemConfig(root, workspace);
  const decided =
    loaded.config.preset !== undefined ||
    loaded.template !== undefined ||
    JSON.stringify(loaded.config.sections) !== JSON.stringify(DEFAULT_SECTIONS);
  return { decided, presets: PRESET_VOCABULARY.map(({ name, title, detail }) => ({ name, title, detail })) };
}

/** The folder's `.postmortemrc.json` (the one that applies to it, else a new one at its root) with the preset set. */
export async function presetFile(params: PresetFileParams, workspace: Workspace): Promise<PresetFileResult> {
  const root = workspaceRoot(params.workspaceFolderUri, workspace);
  if (!isPresetName(params.preset))
    throw invalid(`"${String(params.preset)}" is not a preset: use one of ${PRESET_NAMES.join(', ')}.`);
  const loaded = await newPostmortemConfig(root, workspace);
  const file = loaded.configFile ?? join(root, CONFIG_FILE_NAME);
  const exists = existsSync(file);
  const current = exists ? readTextCached(file, MAX_CONFIG_FILE_BYTES) : undefined;
  if (exists && current === undefined) throw invalid(`Cannot read ${file}.`);
  let text: string;
  try {
    text = withPreset(current, params.preset);
  } catch (error) {
    throw invalid(`Cannot add the preset to ${file}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  return { uri: pathToFileURL(file).href, text, exists };
}
