// The postmortem/newPostmortem request: what a new postmortem is called, where it goes and what it
// says. Its answer becomes a file the client writes, so nothing in it may lead outside the
// workspace: the date is an ISO date and nothing else, the title is one line, and the folder
// (from the settings and .postmortemrc.json, as for every other setting) stays inside the
// workspace folder, links resolved.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { newPostmortemFileName, newPostmortemText } from './analysis/newPostmortem';
import { mergeConfig } from './config/load';
import type { PresetName } from './postmortem/vocabulary';
import { isPresetName } from './presetRequests';
import type { NewPostmortemParams, NewPostmortemResult } from './protocol';
import type { Workspace } from './workspace';
import { uriToPath } from './workspace';

const invalid = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);

/** YYYY-MM-DD naming a real day: the only date a file name is made from. */
export function isIsoDate(date: unknown): date is string {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** The title as one line of text: control characters and line breaks become spaces. */
export function oneLineTitle(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  return title.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ').trim();
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The deepest part of `path` that exists, links resolved, with the rest appended: where writing would land. */
function landing(path: string): string {
  let existing = path;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync.native(existing), ...rest);
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return path;
      rest.unshift(existing.slice(parent.length).replace(/^[\\/]/, ''));
      existing = parent;
    }
  }
}

function realRoot(root: string): string {
  try {
    return realpathSync.native(root);
  } catch {
    return root;
  }
}

/** The folder to create the file in, checked to lie inside `root`; or why it cannot be used. */
function folderIn(root: string, configured: string): string {
  const folder = resolve(root, configured);
  if (isAbsolute(configured) || !isInside(folder, root) || !isInside(landing(folder), realRoot(root)))
    throw invalid(
      `"newPostmortem.folder" ${JSON.stringify(configured)} leads outside the workspace folder; use a folder inside it, like "docs/postmortems".`,
    );
  return folder;
}

export async function newPostmortemRequest(
  params: NewPostmortemParams,
  workspace: Workspace,
): Promise<NewPostmortemResult> {
  if (!isIsoDate(params.date))
    throw invalid(`The date must be an ISO date like 2024-03-05, not ${JSON.stringify(params.date)}.`);
  if (typeof params.title !== 'string' || !oneLineTitle(params.title)) throw invalid('The title must not be empty.');
  const title = oneLineTitle(params.title);
  let folder: string;
  if (params.workspaceFolderUri !== undefined) {
    const root = uriToPath(params.workspaceFolderUri);
    if (!root || (workspace.roots.length && !workspace.roots.includes(root)))
      throw invalid(`${params.workspaceFolderUri} is not a workspace folder.`);
    const settings = await workspace.configFor(pathToFileURL(join(root, 'new.md')).href);
    folder = folderIn(root, settings.config.newPostmortem.folder);
  } else {
    // Other editors name the folder themselves; it must still lie in a workspace folder, when there are any.
    const given = params.folderUri === undefined ? undefined : uriToPath(params.folderUri);
    if (!given) throw invalid('Give workspaceFolderUri (or folderUri) as a file URI.');
    const root = workspace.rootOf(given);
    if (workspace.roots.length && !root) throw invalid(`${params.folderUri} is outside every workspace folder.`);
    folder = root ? folderIn(root, relative(root, given) || '.') : given;
  }
  if (params.preset !== undefined && !isPresetName(params.preset))
    throw invalid(`"${String(params.preset)}" is not a preset.`);
  // The folder's own configuration, the editor's settings included: sections, timezone, template.
  const loaded = await workspace.configFor(pathToFileURL(join(folder, 'new.md')).href);
  const chosen = params.preset !== undefined && params.preset !== loaded.config.preset;
  const config = chosen ? mergeConfig({}, { preset: params.preset as PresetName }) : loaded.config;
  return {
    fileName: newPostmortemFileName(title, params.date),
    // A configured or chosen preset decides the skeleton; otherwise the team's template is copied.
    text: newPostmortemText(title, params.date, config, config.preset ? undefined : loaded.template?.text),
    folderUri: pathToFileURL(folder).href,
  };
}
