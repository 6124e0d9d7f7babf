// Many files are checked in worker threads (cli/threads.ts): what a user sees must be exactly what
// one thread gives, in the same order, with the same exit code, and --fix still whole or nothing.
// $POSTMORTEM_LINT_THREADS forces the threads on a handful of files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import type { CliResult } from './cliProcess';
import { MARKED, run } from './cliProcess';

const inThreads = (threads: number, args: string[], cwd: string): CliResult =>
  run(args, cwd, { env: { ...process.env, NO_COLOR: '1', POSTMORTEM_LINT_THREADS: String(threads) } });

/** Nine files over two folders: warnings, fixable figures, and an error by configuration. */
function folder(extra: Record<string, string> = {}): string {
  const files: Record<string, string> = {
    ...extra,
    'b/.postmortemrc.json': '{"rules": {"missing-section": "error"}}',
  };
  for (let i = 1; i <= 6; i++)
    files[`a/${i}.md`] = i % 2 ? MARKED.replace('MTTR: 45m', `MTTR: ${i}h`) : postmortem({ head: `# Outage ${i}\n` });
  for (let i = 1; i <= 3; i++) files[`b/${i}.md`] = postmortem({ impact: i === 2 ? '' : undefined });
  return tempTree(files);
}

describe('worker threads', () => {
  it('print the same findings, warnings and exit code as one thread, in the same order, in every format', () => {
    const dir = folder();
    for (const format of ['text', 'json', 'github']) {
      const one = inThreads(1, ['--format', format, 'a', 'b'], dir);
      assert.equal(one.code, 1, one.stderr);
      for (const threads of [2, 3, 4]) {
        const many = inThreads(threads, ['--format', format, 'a', 'b'], dir);
        assert.deepEqual(many, one, `${format} with ${threads} threads`);
      }
    }
    const text = inThreads(3, ['a', 'b'], dir).stdout;
    const order = [...text.matchAll(/^([ab]\/\d)\.md:/gm)].map((m) => m[1]);
    assert.deepEqual([...new Set(order)], ['a/1', 'a/2', 'a/3', 'a/4', 'a/5', 'a/6', 'b/1', 'b/2', 'b/3']);
  });

  it('exit 2 for a configuration error, said once though files of several threads share it', () => {
    const broken = folder({ 'a/.postmortemrc.json': '{"rules": {"no-such-rule": "warning"}}' });
    const one = inThreads(1, ['a', 'b'], broken);
    assert.equal(one.code, 2, one.stderr);
    assert.equal(one.stderr.match(/no-such-rule/g)?.length, 1, one.stderr);
    for (const threads of [2, 4]) assert.deepEqual(inThreads(threads, ['a', 'b'], broken), one);
  });

  it('--fix writes every fix whole, the same as one thread, and leaves no temp file', () => {
    const one = folder();
    const many = folder();
    const first = inThreads(1, ['--fix', 'a', 'b'], one);
    const second = inThreads(3, ['--fix', 'a', 'b'], many);
    assert.deepEqual(second, first);
    for (const name of readdirSync(join(one, 'a')))
      assert.equal(readFileSync(join(many, 'a', name), 'utf8'), readFileSync(join(one, 'a', name), 'utf8'), name);
    assert.equal(readFileSync(join(many, 'a', '3.md'), 'utf8'), MARKED, 'fixed in a worker');
    assert.deepEqual(
      readdirSync(join(many, 'a')).filter((n) => n.endsWith('.tmp')),
      [],
    );
  });
});
