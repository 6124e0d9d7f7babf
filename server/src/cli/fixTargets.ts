// Where --fix may write. A file named outright can be a link to anywhere: it is read and linted,
// but written through only when its real file lies inside a folder given (or beside the link).
// Each folder written in is first swept of the temp files a killed run left there.
import { dirname } from 'node:path';
import { isInside, realPath } from './files';
import { removeStaleTemps } from './tempFiles';

export type FixTarget = { writable: true; path: string } | { writable: false; real: string };

export class FixTargets {
  private readonly swept = new Set<string>();

  /** `roots` as resolveFiles gives them; undefined lets --fix write wherever a path leads. */
  /** `sweep: false` in a worker thread, whose folders the first thread swept (lint.ts). */
  constructor(
    private readonly roots: string[] | undefined,
    private readonly options: { sweep: boolean } = { sweep: true },
  ) {}

  /** Checked just before writing, on the real path, so what is written is what was checked. */
  target(path: string): FixTarget {
    // Gone since it was read: writing the path as given reports the failure, or recreates it.
    const real = realPath(path) ?? path;
    if (this.roots && !isInside(real, this.roots)) return { writable: false, real };
    const dir = dirname(real);
    if (this.options.sweep && !this.swept.has(dir)) {
      this.swept.add(dir);
      removeStaleTemps(dir);
    }
    return { writable: true, path: real };
  }
}
