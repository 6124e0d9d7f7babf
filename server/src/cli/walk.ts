// Lists a folder tree without ever entering a symlink: a link may point outside the folder the user
// gave, or back up at it, so links are reported for the caller to judge instead of being followed.
// What cannot be listed or named is reported too: a CI run that skipped it silently would pass
// without checking it.
import type { Dirent } from 'node:fs';
import { readdirSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { decodeBytes } from './fileBytes';

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

export interface WalkProblem {
  /** From the base; a name that is not UTF-8 shows its bytes escaped (fileBytes.ts). */
  rel: string;
  kind: 'unreadable folder' | 'unnamed file' | 'unnamed folder';
  /** For an unreadable folder, why. */
  reason?: string;
}

export interface WalkResult {
  entries: WalkEntry[];
  problems: WalkProblem[];
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Names that are not valid UTF-8. Node's strings cannot name such a file (each bad byte becomes
 * U+FFFD, a name that does not exist), so a listing with U+FFFD in it is read again as bytes.
 */
function unnamed(dir: string, names: string[]): Map<string, string> {
  const bad = new Map<string, string>();
  if (!names.some((n) => n.includes('\uFFFD'))) return bad;
  for (const raw of readdirSync(dir, { encoding: 'buffer' })) {
    if (!isUtf8(raw)) bad.set(raw.toString('utf8'), decodeBytes(raw).text);
  }
  return bad;
}

export function walk(base: string, options: WalkOptions): WalkResult {
  const entries: WalkEntry[] = [];
  const problems: WalkProblem[] = [];
  const enters = (name: string, depth: number) =>
    depth < options.maxDepth && !SKIPPED_DIRS.has(name) && (options.dotDirs || !name.startsWith('.'));
  const visit = (dir: string, prefix: string, depth: number): void => {
    let listing: Dirent[];
    let bad: Map<string, string>;
    try {
      listing = readdirSync(dir, { withFileTypes: true });
      bad = unnamed(
        dir,
        listing.map((e) => e.name),
      );
    } catch (error) {
      // The base itself was checked by the caller; a folder below it that cannot be read is news.
      problems.push({ rel: prefix.replace(/\/$/, '') || '.', kind: 'unreadable folder', reason: reasonOf(error) });
      return;
    }
    for (const entry of listing) {
      const shown = bad.get(entry.name);
      if (shown !== undefined) {
        if (entry.isDirectory() && enters(shown, depth)) problems.push({ rel: prefix + shown, kind: 'unnamed folder' });
        else if (!entry.isDirectory()) problems.push({ rel: prefix + shown, kind: 'unnamed file' });
        continue;
      }
      const rel = prefix + entry.name;
      if (entry.isSymbolicLink()) entries.push({ rel, link: true, wouldEnter: enters(entry.name, depth) });
      else if (entry.isFile()) entries.push({ rel, link: false, wouldEnter: false });
      else if (entry.isDirectory() && enters(entry.name, depth)) visit(join(dir, entry.name), `${rel}/`, depth + 1);
    }
  };
  visit(base, '', 1);
  return { entries, problems };
}
