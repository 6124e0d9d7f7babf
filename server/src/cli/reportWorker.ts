// A worker thread of `postmortem-lint report`: reads its share of the files (reportFiles.ts) and
// posts the entries back. Bundled as dist/reportWorker.js; see reportThreads.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadRequest } from './reportFiles';
import { readEntries } from './reportFiles';

parentPort?.postMessage(readEntries(workerData as ReadRequest));
