// Many files are checked in worker threads, one per core (up to four): the CLI's own thread takes
// the first share and a worker each of the others, every worker with a young generation large
// enough for an analysis's many short-lived objects (see nodeFlags.ts). The lint and the report
// both run here (worker.ts does either), so a folder of postmortems takes well under
// markdownlint-cli2's time. Each share is contiguous and each worker posts one result per file
// as it goes, so results come back in the order the files were given, and a worker that dies
// loses only the file it was on.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const MAX_THREADS = 4;
/** As the server's --max-semi-space-size=64: a young generation of three semi-spaces. */
const YOUNG_GENERATION_MB = 192;
/** Set to a number of threads (1: none) to override the choice below, e.g. on a shared CI runner. */
export const THREADS_VARIABLE = 'POSTMORTEM_LINT_THREADS';

/** What a worker is given: its share of the files and whatever else the job needs (plain data). */
export interface ThreadJob {
  files: string[];
}

export interface Share<R> {
  files: string[];
  /** One per file, in order; fewer when the thread stopped early. */
  results: R[];
  /** Why the thread stopped before the end of its share. */
  stopped?: string;
}

export interface ThreadOptions<R> {
  /** Fewer files than this per thread are checked faster than a thread starts. */
  filesPerThread: number;
  /** The same work in this thread. */
  inProcess: (files: string[]) => R[];
  /** The worker's script; by default the bundled one beside the CLI. */
  script?: string;
  /** The number of threads; by default from $POSTMORTEM_LINT_THREADS, the cores and the files. */
  threads?: number;
}

/** The bundled worker beside the CLI; unbundled (tests under tsx), everything runs in this thread. */
function bundledWorker(): string | undefined {
  const bundled = join(__dirname, 'worker.js');
  return existsSync(bundled) ? bundled : undefined;
}

export function threadCount(files: number, filesPerThread: number): number {
  const asked = Number.parseInt(process.env[THREADS_VARIABLE] ?? '', 10);
  if (asked >= 1) return Math.min(asked, files);
  return Math.max(1, Math.min(MAX_THREADS, availableParallelism(), Math.floor(files / filesPerThread)));
}

function runWorker<R>(script: string, job: ThreadJob): Promise<Share<R>> {
  return new Promise((resolve) => {
    const share: Share<R> = { files: job.files, results: [] };
    let error: string | undefined;
    const worker = new Worker(script, {
      workerData: job,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.on('message', (result: R) => share.results.push(result));
    worker.once('error', (e) => (error = e instanceof Error ? e.message : String(e)));
    // Messages posted before the thread ended are all delivered before 'exit'.
    worker.once('exit', (code) => {
      if (share.results.length < job.files.length) share.stopped = error ?? `the thread stopped with exit code ${code}`;
      resolve(share);
    });
  });
}

/** The job over `files`, split into contiguous shares; the shares in order. */
export async function inThreads<J extends ThreadJob, R>(job: J, options: ThreadOptions<R>): Promise<Share<R>[]> {
  const { files } = job;
  const script = options.script ?? bundledWorker();
  const threads = options.threads ?? threadCount(files.length, options.filesPerThread);
  if (threads < 2 || !script) return [{ files, results: options.inProcess(files) }];
  const size = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size)).filter(
    (s) => s.length,
  );
  // The workers start first, so they load while this thread checks the first share.
  const others = shares.slice(1).map((share) => runWorker<R>(script, { ...job, files: share }));
  const first: Share<R> = { files: shares[0], results: options.inProcess(shares[0]) };
  return [first, ...(await Promise.all(others))];
}
