// postmortem-lint over a folder of about 400 real postmortems (../shared/corpus repeated) beside
// markdownlint-cli2 over the same folder, each as CI runs it (a node process from start to output),
// taking turns in the same run; ours also with one thread, to show what the threads give.
// Run alone: node --import tsx bench/lintFolder.ts (after npm run build).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const CLI = join(ROOT, 'dist', 'cli.js');
const MARKDOWNLINT = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const TARGET_FILES = 400;

export interface LintFolderTimes {
  files: number;
  threads: number;
  oneThread: number;
  markdownlint: number;
}

function postmortems(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? postmortems(join(dir, e.name))
      : e.name.endsWith('.md') && e.name !== 'SOURCES.md'
        ? [join(dir, e.name)]
        : [],
  );
}

function timed(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const ms = performance.now() - start;
  // Both find things in real postmortems (exit 1); anything else is a broken run, not a time.
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return ms;
}

const median = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];

/** Undefined when ../shared/corpus is absent. */
export function measureLintFolder(repeats: number): LintFolderTimes | undefined {
  if (!existsSync(CORPUS)) return undefined;
  const sources = postmortems(CORPUS);
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-bench-lint-'));
  try {
    const copies = Math.max(1, Math.round(TARGET_FILES / sources.length));
    for (let copy = 0; copy < copies; copy++)
      for (const source of sources) {
        const to = join(dir, 'postmortems', `copy-${copy}`, relative(CORPUS, source));
        mkdirSync(join(to, '..'), { recursive: true });
        copyFileSync(source, to);
      }
    const runs = {
      threads: () => timed([CLI, 'postmortems'], dir),
      oneThread: () => timed([CLI, 'postmortems'], dir, { POSTMORTEM_LINT_THREADS: '1' }),
      markdownlint: () => timed([MARKDOWNLINT, 'postmortems/**/*.md'], dir),
    };
    const names = Object.keys(runs) as (keyof typeof runs)[];
    const times: Record<keyof typeof runs, number[]> = { threads: [], oneThread: [], markdownlint: [] };
    names.forEach((n) => runs[n]()); // warm-up: the file cache, as a second run in CI would have it
    for (let i = 0; i < repeats; i++) for (const n of names) times[n].push(runs[n]());
    return {
      files: copies * sources.length,
      threads: median(times.threads),
      oneThread: median(times.oneThread),
      markdownlint: median(times.markdownlint),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const r = measureLintFolder(Number(process.argv[2] ?? 3));
  if (!r) console.log('../shared/corpus is absent: skipped');
  else
    console.log(
      `${r.files} files: postmortem-lint ${r.threads.toFixed(0)} ms, one thread ${r.oneThread.toFixed(0)} ms, markdownlint-cli2 ${r.markdownlint.toFixed(0)} ms: ${(r.threads / r.markdownlint).toFixed(2)}x (one thread ${(r.oneThread / r.markdownlint).toFixed(2)}x)`,
    );
}
