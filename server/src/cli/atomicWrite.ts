// Writes beside the target and renames over it: readers see the old file or the new one, never
// half of either, and on any failure the original is left exactly as it was. A kill between the
// two leaves only a hidden, recognisable temp file, which the next --fix removes (tempFiles.ts).
// The replacement has the original's owner, group and permissions (less setuid and setgid,
// which the kernel too drops from a file whose content changes), and it is renamed over the
// original only if that still holds the bytes the new text was made from.
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { tempPathFor } from './tempFiles';

/** The file changed between being read and being replaced (someone saved it meanwhile): nothing was written. */
export class ChangedMeanwhile extends Error {
  constructor(path: string) {
    super(`${path} changed while it was being fixed`);
  }
}

/** The calls the writer makes, injectable so tests can make each one fail. */
export interface AtomicFs {
  openSync(path: string, flags: string, mode: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  /** Optional: without it the temp file keeps the mode open() gave it. */
  fchmodSync?(fd: number, mode: number): void;
  /** Optional: without it the temp file belongs to whoever runs the fix. */
  fchownSync?(fd: number, uid: number, gid: number): void;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

const realFs: AtomicFs = {
  openSync: (path, flags, mode) => openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length),
  fchmodSync,
  fchownSync,
  fsyncSync,
  closeSync,
  renameSync,
  unlinkSync,
};

interface Existing {
  path: string;
  mode: number;
  uid: number;
  gid: number;
}

function existingTarget(path: string): Existing | undefined {
  try {
    // Through a symlink, the file it points at is the one to replace, not the link.
    const real = realpathSync(path);
    const stat = statSync(real);
    return { path: real, mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid };
  } catch {
    return undefined;
  }
}

function holds(path: string, bytes: Uint8Array): boolean {
  try {
    return statSync(path).size === bytes.length && readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/**
 * `expected`: the bytes the new content was made from. When given, the target is replaced only
 * if it still holds exactly them; otherwise ChangedMeanwhile is thrown and nothing is written.
 */
export function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  fs: AtomicFs = realFs,
  expected?: Uint8Array,
): void {
  const existing = existingTarget(path);
  const target = existing?.path ?? path;
  const temp = tempPathFor(target);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let fd: number | undefined;
  try {
    // Setuid and setgid do not carry over to new content: it is not the program someone marked.
    const mode = existing ? existing.mode & ~0o6000 : 0o644;
    fd = fs.openSync(temp, 'wx', mode);
    // Owner first: chown clears setuid bits, and a file given to root is one its owner may not read.
    if (existing) fs.fchownSync?.(fd, existing.uid, existing.gid);
    // open() applied the umask; the replaced file keeps the original's permissions exactly.
    fs.fchmodSync?.(fd, mode);
    for (let written = 0; written < bytes.length;) {
      written += fs.writeSync(fd, bytes, written, bytes.length - written);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    // As late as can be: an edit saved after this instant and before the rename is still lost, but
    // that window is microseconds, not the seconds the fix took.
    if (expected && !holds(target, expected)) throw new ChangedMeanwhile(path);
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing: the first error is the one to report.
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // The temp file may never have been created.
    }
    throw error;
  }
}
