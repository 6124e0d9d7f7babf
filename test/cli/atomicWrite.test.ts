// The atomic writer under failure: whichever call fails, the original stays and no temp file remains.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { AtomicFs } from '../../server/src/cli/atomicWrite';
import { writeFileAtomic } from '../../server/src/cli/atomicWrite';
import { tempTree } from '../support/fixtures';

const realFs: AtomicFs = {
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fchmodSync: fs.fchmodSync,
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
};

const STEPS = ['openSync', 'fchmodSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync'] as const;

describe('writeFileAtomic', () => {
  it('replaces the file, keeping its permissions, and leaves nothing else', () => {
    const dir = tempTree({ 'a.md': 'old' });
    const file = join(dir, 'a.md');
    fs.chmodSync(file, 0o640);
    writeFileAtomic(file, '\uFEFFnew\r\n');
    assert.deepEqual(fs.readFileSync(file), Buffer.from('\uFEFFnew\r\n', 'utf8'));
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('writes through a symlink to its target, keeping the link', () => {
    const dir = tempTree({ 'real/a.md': 'old' });
    fs.symlinkSync(join(dir, 'real/a.md'), join(dir, 'link.md'));
    writeFileAtomic(join(dir, 'link.md'), 'new');
    assert.ok(fs.lstatSync(join(dir, 'link.md')).isSymbolicLink());
    assert.equal(fs.readFileSync(join(dir, 'real/a.md'), 'utf8'), 'new');
    assert.deepEqual(fs.readdirSync(join(dir, 'real')), ['a.md']);
  });

  it('keeps writing after a short write', () => {
    const dir = tempTree({ 'a.md': 'old' });
    const short: AtomicFs = {
      ...realFs,
      writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, Math.min(length, 3)),
    };
    writeFileAtomic(join(dir, 'a.md'), 'a longer text, written three bytes at a time', short);
    assert.equal(fs.readFileSync(join(dir, 'a.md'), 'utf8'), 'a longer text, written three bytes at a time');
  });

  for (const step of STEPS) {
    it(`leaves the original untouched and no temp file when ${step} fails`, () => {
      const dir = tempTree({ 'a.md': 'original bytes' });
      const failing: AtomicFs = {
        ...realFs,
        [step]: () => {
          throw new Error(`${step} failed: disk full`);
        },
      };
      assert.throws(() => writeFileAtomic(join(dir, 'a.md'), 'half-written', failing), new RegExp(`${step} failed`));
      assert.equal(fs.readFileSync(join(dir, 'a.md'), 'utf8'), 'original bytes');
      assert.deepEqual(fs.readdirSync(dir), ['a.md']);
    });
  }
});
