// The markdown files of a workspace folder, listed for the workspace scan: asynchronously, a folder
// at a time, so the server answers the editor while a large repository is listed. Like the CLI's
// walk (cli/walk.ts), no symlink is followed, file or folder: a link may lead anywhere, and the file
// it leads to inside the workspace is listed under its own name. node_modules, .git and folders
// whose names start with a dot are not entered.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const MARKDOWN = /\.(md|markdown)$/i;

/** Enough for a large documentation repository; beyond it the rest of the folder is not read (and the log says so). */
export const MAX_WORKSPACE_FILES = 20_000;

export interface Listing {
  /** Absolute paths, in the order found: each folder's files by name, then its folders by name. */
  files: string[];
  /** More markdown files were there than `limit`: the listing stopped. */
  truncated: boolean;
}

export function isMarkdownPath(path: string): boolean {
  return MARKDOWN.test(path);
}

/** Whether the walk enters a folder of this name. */
export function entersFolder(name: string): boolean {
  return !SKIPPED_DIRS.has(name) && !name.startsWith('.');
}

/**
 * Lists `root`'s markdown files, breadth first. `stopped()` is asked between folders: a listing
 * overtaken by a newer one (the settings changed, the folder was removed) ends early.
 */
export async function listMarkdownFiles(
  root: string,
  options: { limit?: number; stopped?: () => boolean } = {},
): Promise<Listing> {
  const limit = options.limit ?? MAX_WORKSPACE_FILES;
  const files: string[] = [];
  const folders = [root];
  for (let i = 0; i < folders.length; i++) {
    if (options.stopped?.()) break;
    let entries: Dirent[];
    try {
      entries = await readdir(folders[i], { withFileTypes: true });
    } catch {
      // A folder that cannot be listed (permissions, removed meanwhile) has no files for the scan.
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (!entry.isFile() || !MARKDOWN.test(entry.name)) continue;
      if (files.length === limit) return { files, truncated: true };
      files.push(join(folders[i], entry.name));
    }
    for (const entry of entries)
      if (entry.isDirectory() && entersFolder(entry.name)) folders.push(join(folders[i], entry.name));
  }
  return { files, truncated: false };
}
