// `--sarif FILE`: the SARIF log written beside whatever the format prints, as the GitHub Action
// uses it (annotations on stdout, SARIF for code scanning), in one run.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempTree } from '../support/fixtures';
import { MARKED, run } from './cliProcess';

describe('--sarif FILE', () => {
  const tree = {
    '.postmortemrc.json': '{"rules": {"figure-mismatch": "error"}}',
    'incidents/a.md': MARKED.replace('MTTR: 45m', 'MTTR: 2h'),
  };

  it('writes what --format sarif prints, creating its folder, while stdout keeps the chosen format and the exit status', () => {
    const dir = tempTree(tree);
    const r = run(['--format', 'github', '--sarif', 'out/scan/postmortems.sarif', 'incidents'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^::error file=incidents\/a\.md,line=31,col=7,title=figure-mismatch \(PM203\)::/m);
    const written = readFileSync(join(dir, 'out', 'scan', 'postmortems.sarif'), 'utf8');
    assert.equal(written, run(['--format', 'sarif', 'incidents'], dir).stdout);
    assert.equal((JSON.parse(written) as { runs: { results: unknown[] }[] }).runs[0].results.length, 1);
  });

  it('is written with no results too, so code scanning can close the alerts that were fixed', () => {
    const dir = tempTree({ 'incidents/a.md': MARKED });
    const r = run(['--sarif', 'pm.sarif', 'incidents'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1 postmortem checked: 0 errors/);
    assert.deepEqual(
      (JSON.parse(readFileSync(join(dir, 'pm.sarif'), 'utf8')) as { runs: { results: [] }[] }).runs[0].results,
      [],
    );
  });

  it('a file that cannot be written (its folder is a file) is exit 2 with the reason, the findings still printed', () => {
    const dir = tempTree(tree);
    const r = run(['--sarif', 'incidents/a.md/pm.sarif', 'incidents'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot write incidents\/a\.md\/pm\.sarif: /);
    assert.match(r.stdout, /1 postmortem checked: 1 error/, 'the findings are still printed');
    assert.deepEqual(readdirSync(join(dir, 'incidents')), ['a.md'], 'nothing half-written beside it');
    assert.equal(readFileSync(join(dir, 'incidents', 'a.md'), 'utf8'), tree['incidents/a.md']);
  });

  it('needs a file name', () => {
    const r = run(['--sarif=', 'incidents'], tempTree(tree));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--sarif needs a file name/);
  });
});
