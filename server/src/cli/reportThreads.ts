// Many postmortems are read by worker threads, one per core (up to four), each with a young
// generation large enough for an analysis's many short-lived objects (see nodeFlags.ts): a folder
// of a thousand postmortems is then read in about the time markdownlint takes to lint it.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadRequest, ReadResult } from './reportFiles';
import { readEntries } from './reportFiles';

/** Fewer files than this per thread are read faster than a thread starts. */
const FILES_PER_THREAD = 40;
const MAX_THREADS = 4;
/** As the server's --max-semi-space-size=64: a young generation of three semi-spaces. */
const YOUNG_GENERATION_MB = 192;

/** The bundled worker beside the CLI; unbundled (tests under tsx), the files are read in this thread. */
function workerScript(): string | undefined {
  const bundled = join(__dirname, 'reportWorker.js');
  return existsSync(bundled) ? bundled : undefined;
}

function runWorker(script: string, request: ReadRequest): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      workerData: request,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.once('message', (result: ReadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a report worker stopped with exit code ${code}`));
    });
  });
}

export async function readEntriesInThreads(request: ReadRequest): Promise<ReadResult> {
  const threads = Math.min(MAX_THREADS, availableParallelism(), Math.floor(request.files.length / FILES_PER_THREAD));
  const script = workerScript();
  if (threads < 2 || !script) return readEntries(request);
  // Contiguous shares, so the entries come back in the order the files were given.
  const size = Math.ceil(request.files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => request.files.slice(i * size, (i + 1) * size));
  const results = await Promise.all(shares.map((files) => runWorker(script, { ...request, files })));
  // A configuration shared by files of several threads is reported once.
  const warnings = [...new Set(results.flatMap((r) => r.warnings))];
  return { entries: results.flatMap((r) => r.entries), warnings, failed: results.some((r) => r.failed) };
}
