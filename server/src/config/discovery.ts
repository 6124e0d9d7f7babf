// How far up from a document the host looks for `.postmortemrc.json` and templates when no
// workspace bounds it (the CLI, or a file opened outside every workspace folder). A config can
// switch rules off and a template's text is copied into new postmortems, so neither may come
// from a folder another user can write to: anyone can plant /tmp/.postmortemrc.json or /tmp/.git.
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { listDirCached } from './fileCache';

/** Mode bits mean nothing there: every folder would look writable by all. */
const CHECKS_MODES = process.platform !== 'win32';

/** A folder anyone may write to (o+w, like /tmp), or one that cannot be looked at. */
function writableByAll(dir: string): boolean {
  if (!CHECKS_MODES) return false;
  try {
    return (statSync(dir).mode & 0o002) !== 0;
  } catch {
    return true;
  }
}

/**
 * The last folder discovery may look in, walking up from `startDir`: the repository root (the
 * folder holding `.git`), else the user's home, else the file system root; but never a folder
 * anyone may write to, nor anything above one. Undefined when even `startDir` is such a folder:
 * nothing is discovered there.
 */
export function discoveryRoot(startDir: string, home: string = homedir()): string | undefined {
  let below: string | undefined;
  for (let dir = resolve(startDir); ;) {
    if (writableByAll(dir)) return below;
    if (dir === home || listDirCached(dir).includes('.git')) return dir;
    const parent = dirname(dir);
    if (parent === dir) return dir;
    below = dir;
    dir = parent;
  }
}
