// The CLI's thread pool (cli/threads.ts): contiguous shares back in order, and a worker that dies
// keeps what it posted and says where it stopped. A plain script stands in for dist/worker.js.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lintFiles } from '../../server/src/cli/lint';
import { inThreads } from '../../server/src/cli/threads';
import { tempTree } from '../support/fixtures';

/** Posts each file's name in capitals; exits 3 at a file named "die". */
function echoWorker(): string {
  const script = join(tempTree({}), 'worker.js');
  writeFileSync(
    script,
    `const { parentPort, workerData } = require('node:worker_threads');
for (const file of workerData.files) {
  if (file === 'die') process.exit(3);
  parentPort.postMessage(file.toUpperCase());
}
`,
  );
  return script;
}

const files = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const inProcess = (share: string[]) => share.map((f) => `${f.toUpperCase()} here`);

describe('inThreads', () => {
  it('gives the first share to this thread and the rest to workers, in the order given', async () => {
    const shares = await inThreads({ files }, { filesPerThread: 1, inProcess, script: echoWorker(), threads: 3 });
    assert.deepEqual(
      shares.map((s) => s.files),
      [['a', 'b', 'c'], ['d', 'e', 'f'], ['g']],
    );
    assert.deepEqual(
      shares.flatMap((s) => s.results),
      ['A here', 'B here', 'C here', 'D', 'E', 'F', 'G'],
    );
    assert.ok(shares.every((s) => s.stopped === undefined));
  });

  it('one thread: everything here', async () => {
    const shares = await inThreads({ files }, { filesPerThread: 1, inProcess, script: echoWorker(), threads: 1 });
    assert.deepEqual(shares, [{ files, results: files.map((f) => `${f.toUpperCase()} here`) }]);
  });

  it('a worker that dies keeps the results it posted and says why it stopped', async () => {
    const shares = await inThreads(
      { files: ['a', 'b', 'c', 'd', 'die', 'f'] },
      { filesPerThread: 1, inProcess, script: echoWorker(), threads: 2 },
    );
    assert.deepEqual(shares[1].results, ['D']);
    assert.equal(shares[1].stopped, 'the thread stopped with exit code 3');
    assert.equal(shares[1].files[shares[1].results.length], 'die');
  });
});

describe('lintFiles with a worker that dies', () => {
  it('says which file was not checked, fails the run, and checks the rest of its share here', async () => {
    const dir = tempTree({
      'a.md': '# A\n',
      'b.md': '# B\n',
      'c.md': '# C\n',
      'd.md': '# D\n',
      'e.md': '# E\n',
      'f.md': '# F\n',
    });
    // Stands in for dist/worker.js: reports its first file, then dies on the next.
    const script = join(dir, 'dying.js');
    writeFileSync(
      script,
      `const { parentPort, workerData } = require('node:worker_threads');
const file = workerData.files[0];
parentPort.postMessage({ configKey: '', configLines: [], lines: [file + ': from the worker'], failed: false,
  report: { file, isPostmortem: false, findings: [], figures: {}, timeline: null, actions: [] } });
process.exit(9);
`,
    );
    const lines: string[] = [];
    const run = await lintFiles(['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md'], {
      cwd: dir,
      fix: false,
      quiet: false,
      warn: (line) => lines.push(line),
      threads: { script, count: 2 },
    });
    assert.deepEqual(
      run.reports.map((r) => r.file),
      ['a.md', 'b.md', 'c.md', 'd.md', 'f.md'],
    );
    assert.deepEqual(lines, [
      'd.md: from the worker',
      'e.md: not checked: the worker thread checking it stopped: the thread stopped with exit code 9',
    ]);
    assert.equal(run.failed, true);
  });
});
