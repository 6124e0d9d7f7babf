// The report over a folder of postmortems beside markdownlint-cli2's lint of the same folder, each
// as a user runs it (a node process from start to written output), taking turns in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFolder } from './generateFolder';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const MARKDOWNLINT = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

export interface ReportTimes {
  files: number;
  md: number;
  html: number;
  json: number;
  markdownlint: number;
}

function timed(args: string[], cwd: string, okCodes: number[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (!okCodes.includes(r.status ?? -1))
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return ms;
}

const median = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];

export function measureReport(files: number, repeats: number): ReportTimes {
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-bench-report-'));
  try {
    generateFolder(dir, files);
    const runs = {
      md: () => timed([CLI, 'report', 'postmortems', '--today', '2026-01-01', '--out', 'out/report.md'], dir, [0]),
      html: () =>
        timed(
          [CLI, 'report', 'postmortems', '--format', 'html', '--today', '2026-01-01', '--out', 'out/report.html'],
          dir,
          [0],
        ),
      json: () =>
        timed(
          [CLI, 'report', 'postmortems', '--format', 'json', '--today', '2026-01-01', '--out', 'out/report.json'],
          dir,
          [0],
        ),
      // Its default rules over the same files; it exits 1 when it finds something, as it does here.
      markdownlint: () => timed([MARKDOWNLINT, 'postmortems/**/*.md'], dir, [0, 1]),
    };
    const times: Record<keyof typeof runs, number[]> = { md: [], html: [], json: [], markdownlint: [] };
    const names = Object.keys(runs) as (keyof typeof runs)[];
    names.forEach((n) => runs[n]()); // warm-up: the file cache, as a second run in CI would have it
    for (let i = 0; i < repeats; i++) for (const n of names) times[n].push(runs[n]());
    return {
      files,
      md: median(times.md),
      html: median(times.html),
      json: median(times.json),
      markdownlint: median(times.markdownlint),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
