// Writes beside the target and renames over it: readers see the old file or the new one, never
// half of either, and on any failure the original is left exactly as it was. A kill between the
// two leaves only a hidden, recognisable temp file, which the next --fix removes (tempFiles.ts).
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { tempPathFor } from './tempFiles';

/** The calls the writer makes, injectable so tests can make each one fail. */
export interface AtomicFs {
  openSync(path: string, flags: string, mode: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  /** Optional: without it the temp file keeps the mode open() gave it. */
  fchmodSync?(fd: number, mode: number): void;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

const realFs: AtomicFs = {
  openSync: (path, flags, mode) => openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length),
  fchmodSync,
  fsyncSync,
  closeSync,
  renameSync,
  unlinkSync,
};

function existingTarget(path: string): { path: string; mode: number } | undefined {
  try {
    // Through a symlink, the file it points at is the one to replace, not the link.
    const real = realpathSync(path);
    return { path: real, mode: statSync(real).mode & 0o7777 };
  } catch {
    return undefined;
  }
}

export function writeFileAtomic(path: string, text: string, fs: AtomicFs = realFs): void {
  const existing = existingTarget(path);
  const target = existing?.path ?? path;
  const temp = tempPathFor(target);
  const bytes = Buffer.from(text, 'utf8');
  let fd: number | undefined;
  try {
    const mode = existing?.mode ?? 0o644;
    fd = fs.openSync(temp, 'wx', mode);
    // open() applied the umask; the replaced file keeps the original's permissions exactly.
    fs.fchmodSync?.(fd, mode);
    for (let written = 0; written < bytes.length;) {
      written += fs.writeSync(fd, bytes, written, bytes.length - written);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
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
