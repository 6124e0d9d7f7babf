// The atomic writer's temp files: hidden and recognisable, and swept only when their writer is gone.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { isTempName, removeStaleTemps, tempPathFor } from '../../server/src/cli/tempFiles';
import { tempTree } from '../support/fixtures';

const temp = (file: string, pid: number) => `.${file}.postmortem-lint-${pid}-0123abcd.tmp`;

describe('temp files', () => {
  it('are hidden, beside the target, and named after it, the tool and the process', () => {
    const path = tempPathFor('/docs/incidents/a.md');
    assert.equal(dirname(path), '/docs/incidents');
    assert.match(basename(path), new RegExp(`^\\.a\\.md\\.postmortem-lint-${process.pid}-[0-9a-f]{8}\\.tmp$`));
    assert.ok(isTempName(basename(path)));
    assert.notEqual(tempPathFor('/a.md'), tempPathFor('/a.md'), 'two writers never share one');
  });

  it('are swept when their writer is gone, too old, or a dead namesake of this process', () => {
    const dir = tempTree({});
    const keep = [
      'a.md',
      temp('a.md', 1001), // its writer is running
      '.a.md.swp',
      'a.md.tmp',
      '.a.md.1001.0123abcd.tmp',
      `${temp('x.md', 1002)}.bak`,
    ];
    const stale = [temp('a.md', 1002), temp('b.md', 1003), temp('a.md', process.pid), temp('c.md', 1004)];
    for (const name of [...keep, ...stale]) writeFileSync(join(dir, name), '');
    mkdirSync(join(dir, temp('d.md', 1002)));
    const hourAndMore = (Date.now() - 61 * 60 * 1000) / 1000;
    utimesSync(join(dir, temp('c.md', 1004)), hourAndMore, hourAndMore);

    const running = new Set([1001, 1004, process.pid]);
    const removed = removeStaleTemps(dir, { isRunning: (pid) => running.has(pid) });
    assert.deepEqual(removed.map((p) => basename(p)).sort(), [...stale].sort());
    assert.deepEqual(
      readdirSync(dir).sort(),
      [...keep, temp('d.md', 1002)].sort(),
      'other files and folders are left alone',
    );
  });

  it('tells a running writer from a gone one by its pid', () => {
    const dir = tempTree({});
    writeFileSync(join(dir, temp('a.md', process.ppid)), '');
    assert.deepEqual(removeStaleTemps(dir), [], 'the test runner’s parent is running');
    assert.deepEqual(removeStaleTemps(join(dir, 'missing')), [], 'a missing folder is nothing to sweep');
  });
});
