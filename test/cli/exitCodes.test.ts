// Exit status is what CI reads: 0 clean (warnings allowed), 1 an error finding, 2 a usage or configuration mistake.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import { MARKED, run } from './cliProcess';

const NO_IMPACT = postmortem({ impact: '' });
const STRICT = '{"rules": {"missing-section": "error"}}';

describe('exit codes', () => {
  it('0 when no finding is an error, even with warnings, printed as file:line:col', () => {
    const dir = tempTree({
      'incidents/a.md': postmortem({ head: '# Checkout errors\n\n**Incident Leader: Dana**\n' }),
    });
    const r = run(['incidents'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^incidents\/a\.md:1:1 {2}warning {2}Start the title with the incident date.* {2}title-date\(PM005\)$/m,
    );
    assert.match(r.stdout, /^1 postmortem checked: 0 errors, /m);
  });

  it('1 when a finding is at error severity by configuration', () => {
    const dir = tempTree({ '.postmortemrc.json': STRICT, 'incidents/a.md': NO_IMPACT });
    const r = run(['incidents/a.md'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stdout,
      /^incidents\/a\.md:1:1 {2}error {2}Add a "## Impact" section: this postmortem has none\. {2}missing-section\(PM001\)$/m,
    );
  });

  it('--config replaces the nearest .postmortemrc.json', () => {
    const dir = tempTree({
      '.postmortemrc.json': STRICT,
      'relaxed.json': '{"rules": {"PM001": "warning"}}',
      'incidents/a.md': NO_IMPACT,
    });
    assert.equal(run(['--config', 'relaxed.json', 'incidents'], dir).code, 0);
  });

  it('finds the nearest .postmortemrc.json up to the repository root, from any working directory', () => {
    const dir = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.postmortemrc.json': STRICT,
      'docs/incidents/a.md': NO_IMPACT,
    });
    assert.equal(run(['a.md'], join(dir, 'docs/incidents')).code, 1);
  });

  it('a markdown file that is not a postmortem never fails the run, even named explicitly', () => {
    const dir = tempTree({
      '.postmortemrc.json': '{"rules": {"placeholder": "error", "missing-section": "error"}}',
      'README.md': '# Project\n\nTODO: write docs\n',
    });
    const r = run(['README.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /0 postmortems checked \(1 other markdown file skipped\)/);
  });

  it('2 on an unknown option, a bad format, no operands, or nothing matched', () => {
    const dir = tempTree({ 'a.md': MARKED });
    const unknown = run(['--bogus', 'a.md'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown option '--bogus'/);
    const badFormat = run(['--format', 'xml', 'a.md'], dir);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /Unknown format "xml": use text, json, sarif/);
    assert.equal(run([], dir).code, 2);
    const nothing = run(['nothing/*.md'], dir);
    assert.equal(nothing.code, 2);
    assert.match(nothing.stderr, /No markdown files match: nothing\/\*\.md/);
    assert.equal(nothing.stdout, '', 'nothing to lint is a usage error');
    assert.equal(run(['missing.md'], dir).code, 2);
  });

  it('2 when --config names a missing file, with the reason on stderr', () => {
    const dir = tempTree({ 'a.md': MARKED });
    const r = run(['--config', 'missing.json', 'a.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Configuration file not found: missing\.json/);
  });

  it('2 when --config names an invalid file, located at the mistake', () => {
    const dir = tempTree({ 'bad.json': '{\n  "rules": {\n', 'a.md': MARKED });
    const r = run(['--config', 'bad.json', 'a.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'bad.json:3:1: Invalid JSON: a closing } is expected.\n');
  });

  it('2 on a discovered configuration error, reported once at each bad key', () => {
    const dir = tempTree({
      '.postmortemrc.json': '{\n  "rules": { "title-date": "loud" },\n  "colour": 1\n}\n',
      'incidents/a.md': MARKED,
      'incidents/b.md': MARKED,
    });
    const r = run(['incidents'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^\.postmortemrc\.json:2:28: "rules\.title-date": "loud" is not one of "error", /m);
    assert.match(r.stderr, /^\.postmortemrc\.json:3:3: Unknown setting "colour"/m);
    assert.equal(r.stderr.match(/colour/g)?.length, 1, 'each problem once, however many files share the config');
  });

  it('--help and --version exit 0', () => {
    const dir = tempTree({});
    const help = run(['--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: postmortem-lint/);
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    assert.equal(run(['--version'], dir).stdout, `${version}\n`);
  });

  it('--quiet reports errors only, and the exit status still follows them', () => {
    const dir = tempTree({
      '.postmortemrc.json': STRICT,
      'incidents/a.md': NO_IMPACT.replace('**Incident Leader: Dana**', ''),
    });
    const r = run(['--quiet', '--format', 'json', 'incidents'], dir);
    assert.equal(r.code, 1);
    const [report] = JSON.parse(r.stdout) as { findings: { severity: string; name: string; message: string }[] }[];
    // The leader is missing too, a warning: --quiet leaves it out.
    assert.deepEqual(
      report.findings.map((f) => [f.severity, f.name, f.message]),
      [['error', 'missing-section', 'Add a "## Impact" section: this postmortem has none.']],
    );
  });
});
