// Lists a folder tree without ever entering a symlink: a link may point outside the folder the user
// gave, or back up at it, so links are reported for the caller to judge instead of being followed.
import type { Dirent } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface WalkOptions {
  /** Path segments a listed file may have below the base; Infinity for `**`. */
  maxDepth: number;
  /** Enter folders whose names start with a dot (only when the pattern names one, as globs do). */
  dotDirs: boolean;
}

export interface WalkEntry {
  /** From the base, with forward slashes. */
  rel: string;
  link: boolean;
  /** For a link: had it been a folder, would the walk have entered it? */
  wouldEnter: boolean;
}

export function walk(base: string, options: WalkOptions): WalkEntry[] {
  const out: WalkEntry[] = [];
  const enters = (name: string, depth: number) =>
    depth < options.maxDepth && !SKIPPED_DIRS.has(name) && (options.dotDirs || !name.startsWith('.'));
  const visit = (dir: string, prefix: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      // An unreadable folder is skipped, as a shell glob would.
      return;
    }
    for (const entry of entries) {
      const rel = prefix + entry.name;
      if (entry.isSymbolicLink()) out.push({ rel, link: true, wouldEnter: enters(entry.name, depth) });
      else if (entry.isFile()) out.push({ rel, link: false, wouldEnter: false });
      else if (entry.isDirectory() && enters(entry.name, depth)) visit(join(dir, entry.name), `${rel}/`, depth + 1);
    }
  };
  visit(base, '', 1);
  return out;
}
