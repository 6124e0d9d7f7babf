// `--fix` through the built CLI: safe fixes in the document's own style, idempotent, bytes preserved.
import assert from 'node:assert/strict';
import { chmodSync, chownSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { FileReport } from '../../server/src/cli/report';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import { MARKED, run } from './cliProcess';

describe('--fix', () => {
  it('corrects a stated figure to the timeline’s, and a second run changes nothing', () => {
    const dir = tempTree({ 'incidents/a.md': MARKED.replace('MTTR: 45m', 'MTTR: 2h') });
    const file = join(dir, 'incidents/a.md');
    const first = run(['--fix', '--format', 'json', 'incidents'], dir);
    assert.equal(first.code, 0, first.stderr);
    const fixed = readFileSync(file);
    assert.equal(fixed.toString('utf8'), MARKED);
    const [report] = JSON.parse(first.stdout) as FileReport[];
    assert.deepEqual(
      report.findings.filter((f) => f.name === 'figure-mismatch'),
      [],
      'the report describes the fixed text',
    );
    assert.equal(report.figures.MTTR.stated, 45);

    const second = run(['--fix', 'incidents'], dir);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(readFileSync(file), fixed, 'a second run leaves the bytes alone');
    assert.deepEqual(readdirSync(join(dir, 'incidents')), ['a.md'], 'no temp files left');
  });

  it('writes the value in the document’s style', () => {
    const dir = tempTree({
      'incidents/a.md': MARKED.replace('MTTD: 20m', 'MTTD: 20 minutes').replace('MTTR: 45m', 'MTTR: 2 hours'),
    });
    assert.equal(run(['--fix', 'incidents'], dir).code, 0);
    assert.match(readFileSync(join(dir, 'incidents/a.md'), 'utf8'), /\nMTTR: 45 minutes\n/);
  });

  it('adds inferred markers, keeping the BOM and CRLF line endings', () => {
    const text = postmortem({
      timeline: '## Timeline\n\nAll times UTC.\n\n10:00 deploy\n\n10:20 alert\n\n11:05 fixed\n',
      impact: '## Impact\n\nMTTD: 20 min\n\nMTTR: 45 min\n',
    });
    const dir = tempTree({ 'incidents/a.md': '\uFEFF' + text.replace(/\n/g, '\r\n') });
    const file = join(dir, 'incidents/a.md');
    const first = run(['--fix', 'incidents/a.md'], dir);
    assert.equal(first.code, 0, first.stderr);
    const fixed = readFileSync(file);
    const fixedText = fixed.toString('utf8');
    assert.deepEqual([...fixed.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    assert.match(
      fixedText,
      /10:00 deploy \[start\]\r\n\r\n10:20 alert \[detected\]\r\n\r\n11:05 fixed \[resolved\]\r\n/,
    );
    assert.ok(!/[^\r]\n/.test(fixedText), 'every line still ends in CRLF');
    run(['--fix', 'incidents/a.md'], dir);
    assert.deepEqual(readFileSync(file), fixed);
  });

  it('leaves files that are not postmortems alone', () => {
    const readme = '# Project\n\nMTTR: 2h\n\nTODO\n';
    const dir = tempTree({ 'README.md': readme });
    assert.equal(run(['--fix', 'README.md'], dir).code, 0);
    assert.equal(readFileSync(join(dir, 'README.md'), 'utf8'), readme);
  });

  // Root ignores permissions, so as root the CLI runs as `nobody`, for whom they hold.
  const asNobody: { uid?: number; gid?: number } = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const nobodyCanRun = !('uid' in asNobody) || run(['--version'], tmpdir(), asNobody).code === 0;
  const skip = nobodyCanRun
    ? false
    : 'running as root, and user nobody cannot read dist/cli.js: skipped (see atomicWrite.test.ts)';
  it(
    'when the file cannot be replaced, the original is untouched, no temp file is left, and the run exits 2',
    { skip },
    () => {
      const broken = MARKED.replace('MTTR: 45m', 'MTTR: 2h');
      const dir = tempTree({ 'incidents/a.md': broken });
      const folder = join(dir, 'incidents');
      // A real failure: the folder is read-only, so the temp file cannot be created. The file is
      // the runner's own (nobody's, as root), or --fix would refuse it before trying to write.
      chmodSync(dir, 0o755);
      chmodSync(join(folder, 'a.md'), 0o644);
      if (asNobody.uid !== undefined) chownSync(join(folder, 'a.md'), asNobody.uid, asNobody.gid ?? asNobody.uid);
      chmodSync(folder, 0o555);
      try {
        const r = run(['--fix', '--format', 'json', 'incidents'], dir, asNobody);
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, /incidents\/a\.md: could not write the fixes, the file is unchanged: .*EACCES/);
        assert.equal(readFileSync(join(folder, 'a.md'), 'utf8'), broken);
        assert.deepEqual(readdirSync(folder), ['a.md']);
        const [report] = JSON.parse(r.stdout) as FileReport[];
        assert.deepEqual(
          report.findings.filter((f) => f.name === 'figure-mismatch').map((f) => f.message),
          ['MTTR says 2h but the timeline says 45m (from 10:20 (detected) to 11:05 (resolved)).'],
          'the report describes the file as it stays',
        );
      } finally {
        chmodSync(folder, 0o755);
      }
    },
  );
});
