// A worker thread of postmortem-lint (threads.ts): checks its share of the files for the lint
// (lint.ts) or the report (reportFiles.ts), posting one result per file as it goes. Bundled as
// dist/worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import type { LintJob } from './lint';
import { lintFile, sharedFixTargets } from './lint';
import type { ReadJob } from './reportFiles';
import { readFileEntry } from './reportFiles';

const job = workerData as LintJob | ReadJob;
if (job.kind === 'lint') {
  const targets = sharedFixTargets(job.settings);
  for (const file of job.files) parentPort?.postMessage(lintFile(file, job.settings, targets));
} else {
  for (const file of job.files) parentPort?.postMessage(readFileEntry(file, job));
}
