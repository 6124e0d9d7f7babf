// --fix writes atomically: on any failure the original file is untouched and no temp file is left.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/analysis/fixAll';
import { writeFileAtomic } from '../../server/src/cli/atomicWrite';
import type { AtomicFs } from '../../server/src/cli/atomicWrite';
import { tempTree } from '../support/fixtures';

const realFs: AtomicFs = {
  openSync: fs.openSync,
  writeSync: (fd, text) => fs.writeSync(fd, text),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
};

describe('writeFileAtomic', () => {
  it('replaces the file and leaves nothing else', () => {
    const dir = tempTree({ 'a.md': 'old' });
    writeFileAtomic(join(dir, 'a.md'), 'new');
    assert.equal(fs.readFileSync(join(dir, 'a.md'), 'utf8'), 'new');
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });
  for (const step of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
    it(`leaves the original untouched when ${step} fails`, () => {
      const dir = tempTree({ 'a.md': 'original bytes' });
      const failing: AtomicFs = {
        ...realFs,
        [step]: () => {
          throw new Error(`${step} failed: disk full`);
        },
      };
      assert.throws(() => writeFileAtomic(join(dir, 'a.md'), 'half-written', failing), /disk full/);
      assert.equal(fs.readFileSync(join(dir, 'a.md'), 'utf8'), 'original bytes');
      assert.deepEqual(fs.readdirSync(dir), ['a.md']);
    });
  }
});

describe('applyEdits', () => {
  it('applies right to left and skips an edit overlapping one already applied', () => {
    const edits = [
      { span: { start: 0, end: 3 }, newText: 'AAA' },
      { span: { start: 2, end: 5 }, newText: 'X' },
      { span: { start: 6, end: 6 }, newText: '!' },
    ];
    assert.equal(applyEdits('abcdefg', edits), 'abXf!g');
  });
});
