// The atomic writer's temp files: recognisable names, and the sweep that removes the ones a killed
// run left behind. Nothing can clean up after SIGKILL or a power cut in the instant between creating
// a temp file and renaming it over its target, so the next --fix in that folder does it instead.
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TOOL_NAME } from './tool';

// Hidden, named after the file and the tool, ending in .tmp: no user's file looks like this.
const TEMP_NAME = new RegExp(`^\\..+\\.${TOOL_NAME}-(\\d+)-[0-9a-f]{8}\\.tmp$`);
/** Writing one takes milliseconds: a temp file this old is an orphan whatever its pid says. */
const MAX_AGE_MS = 60 * 60 * 1000;

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${TOOL_NAME}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so its temp file may be in use.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface SweepOptions {
  isRunning?: (pid: number) => boolean;
  now?: number;
}

/** Removes this tool's temp files in `dir` whose writer is gone; returns the paths removed. */
export function removeStaleTemps(dir: string, options: SweepOptions = {}): string[] {
  const running = options.isRunning ?? isRunning;
  const now = options.now ?? Date.now();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid === undefined) continue;
    const path = join(dir, name);
    try {
      const stat = lstatSync(path);
      if (!stat.isFile()) continue;
      // Sweeps run between writes, so a temp file with this process's pid is a dead namesake's.
      const orphan = Number(pid) === process.pid || !running(Number(pid)) || now - stat.mtimeMs > MAX_AGE_MS;
      if (!orphan) continue;
      unlinkSync(path);
      removed.push(path);
    } catch {
      // Renamed or removed meanwhile by its writer, or not ours to remove: either way, leave it.
    }
  }
  return removed;
}
