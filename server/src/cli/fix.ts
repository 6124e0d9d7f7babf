// `--fix`: apply the safe fixes until nothing changes, then write the file atomically.
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Analysis } from '../analysis/analyze';
import type { TextEdit } from '../analysis/finding';

/** Passes are bounded: a fix that keeps producing new fixes is a bug, not a reason to loop. */
const MAX_PASSES = 5;

/** Applies non-overlapping edits right to left; an edit overlapping one already taken waits for the next pass. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let limit = Infinity;
  let out = text;
  for (const edit of sorted) {
    if (edit.span.end > limit) continue;
    out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
    limit = edit.span.start;
  }
  return out;
}

export function fixText(text: string, analyse: (text: string) => Analysis): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const analysis = analyse(current);
    // One fix per finding, each applied whole or not at all: its edits belong together.
    const fixes = analysis.findings.flatMap((f) => f.fixes.filter((x) => x.safe).slice(0, 1));
    const taken: TextEdit[] = [];
    for (const fix of fixes) {
      const overlaps = fix.edits.some((e) => taken.some((t) => e.span.start < t.span.end && t.span.start < e.span.end));
      if (overlaps) continue;
      taken.push(...fix.edits);
    }
    const next = applyEdits(current, taken);
    if (next === current) return current;
    current = next;
  }
  return current;
}

export interface AtomicFs {
  openSync: typeof openSync;
  writeSync: (fd: number, text: string) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  unlinkSync: typeof unlinkSync;
}

const realFs: AtomicFs = { openSync, writeSync: (fd, text) => writeSync(fd, text), fsyncSync, closeSync, renameSync, unlinkSync };

/** Writes beside the target and renames over it: readers see the old file or the new one, never half. */
export function writeFileAtomic(path: string, text: string, fs: AtomicFs = realFs): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    mode = undefined;
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode ?? 0o644);
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing: the original error is the one to report.
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
