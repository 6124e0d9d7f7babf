// SIGKILL in the middle of `--fix`: each file is byte for byte the original or the fixed text, nothing
// else is left but at worst one hidden temp file of the CLI's own naming, and the next --fix sweeps it.
// The kills land at different moments, but every assertion holds wherever one lands: no flakiness.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as tick, setTimeout as sleep } from 'node:timers/promises';
import type { TestContext } from 'node:test';
import { describe, it } from 'node:test';
import { isTempName } from '../../server/src/cli/tempFiles';
import { tempTree } from '../support/fixtures';
import { CLI, MARKED, run } from './cliProcess';

const COUNT = 200;
const NAMES = Array.from({ length: COUNT }, (_, i) => `pm-${String(i).padStart(3, '0')}.md`);
// Every file different, so one file's text landing in another cannot pass as fixed.
const ORIGINAL = NAMES.map((_, i) =>
  MARKED.replace('Checkout errors', `Checkout errors #${i}`).replace('MTTR: 45m', 'MTTR: 2h'),
);
const tree = () => tempTree(Object.fromEntries(NAMES.map((name, i) => [`incidents/${name}`, ORIGINAL[i]])));
const read = (dir: string, name: string) => readFileSync(join(dir, 'incidents', name), 'utf8');

// The fixed texts come from a run left to finish: the test checks wholeness, not what the fix is.
const reference = tree();
const started = Date.now();
const completed = run(['--fix', 'incidents'], reference);
const FULL_RUN_MS = Date.now() - started;
const FIXED = NAMES.map((name) => read(reference, name));

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
}

type Moment = (dir: string) => boolean | Promise<boolean>;

/** Starts `--fix`, waits for `moment` (or the run's end) and kills the CLI with SIGKILL. */
async function killedRun(moment: Moment): Promise<string> {
  const dir = tree();
  const child = spawn(process.execPath, [CLI, '--fix', 'incidents'], { cwd: dir, stdio: 'ignore' });
  const exit = exited(child);
  let done = false;
  void exit.then(() => (done = true));
  while (!done && !(await moment(dir))) await tick();
  child.kill('SIGKILL');
  await exit;
  return dir;
}

function assertWhole(t: TestContext, dir: string): void {
  const entries = readdirSync(join(dir, 'incidents'));
  const others = entries.filter((name) => !NAMES.includes(name));
  assert.deepEqual(
    others.filter((name) => !isTempName(name)),
    [],
    'nothing but the files and the CLI’s own hidden temp files',
  );
  assert.equal(entries.length - others.length, COUNT, 'no file is missing');
  let fixed = 0;
  NAMES.forEach((name, i) => {
    const text = read(dir, name);
    if (text === FIXED[i]) fixed++;
    else assert.equal(text, ORIGINAL[i], `${name} is neither the original nor the fixed text`);
  });
  t.diagnostic(`killed with ${fixed} of ${COUNT} files fixed and ${others.length} temp file(s) left`);
}

function assertNextFixFinishes(dir: string): void {
  const r = run(['--fix', 'incidents'], dir);
  assert.equal(r.code, 0, r.stderr);
  NAMES.forEach((name, i) => assert.equal(read(dir, name), FIXED[i], `${name} after the next --fix`));
  assert.deepEqual(
    readdirSync(join(dir, 'incidents')).sort(),
    NAMES,
    'the next --fix sweeps the killed run’s temp files',
  );
}

// Polled every millisecond, not every tick, to leave the CLI the CPU; the temp file, alive for
// only a write and an fsync, is looked for as often as possible.
const fixedOnDisk = (index: number) => async (dir: string) => (
  await sleep(1),
  read(dir, NAMES[index]) !== ORIGINAL[index]
);
const MOMENTS: [string, Moment][] = [
  ['once the first file is fixed', fixedOnDisk(0)],
  ['once a temp file exists', (dir) => readdirSync(join(dir, 'incidents')).some(isTempName)],
  ['once half the files are fixed', fixedOnDisk(COUNT / 2 - 1)],
  ...[0.3, 0.7].map((share): [string, Moment] => [
    `after ${Math.round(share * 100)}% of a full run’s time`,
    () => sleep(share * FULL_RUN_MS).then(() => true),
  ]),
];

describe('--fix killed with SIGKILL', () => {
  it('a run left to finish fixes every file (the reference)', () => {
    assert.equal(completed.code, 0, completed.stderr);
    NAMES.forEach((name, i) => assert.notEqual(FIXED[i], ORIGINAL[i], `${name} needs a fix`));
  });

  for (const [when, moment] of MOMENTS) {
    it(`leaves every file whole when killed ${when}, and the next --fix finishes the job`, async (t) => {
      const dir = await killedRun(moment);
      assertWhole(t, dir);
      assertNextFixFinishes(dir);
    });
  }

  it('sweeps only temp files whose writer is gone, and only when fixing', () => {
    const dir = tempTree({ 'incidents/a.md': MARKED });
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const orphan = `.a.md.postmortem-lint-${gone}-0123abcd.tmp`;
    const live = `.a.md.postmortem-lint-${process.pid}-0123abcd.tmp`;
    for (const name of [orphan, live]) writeFileSync(join(dir, 'incidents', name), 'half a postm');
    assert.equal(run(['incidents'], dir).code, 0);
    assert.equal(readdirSync(join(dir, 'incidents')).length, 3, 'linting alone writes nothing, and removes nothing');
    assert.equal(run(['--fix', 'incidents'], dir).code, 0);
    assert.deepEqual(
      readdirSync(join(dir, 'incidents')).sort(),
      [live, 'a.md'].sort(),
      'swept though a.md needed no fix; a running writer’s kept',
    );
  });
});
