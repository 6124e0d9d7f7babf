// postmortem-lint as CI runs it: the built dist/cli.js in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { FileReport } from '../../server/src/cli/report';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import { MISSING_SHARED, SHARED, sharedFile } from '../support/shared';

interface Sarif {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const marked = postmortem({
  timeline: '## Timeline\n\nAll times UTC.\n\n10:00 deploy [start]\n\n10:20 alert [detected]\n\n11:05 fixed [resolved]\n',
  impact: '## Impact\n\nMTTD: 20m\n\nMTTR: 45m\n',
});

describe('exit codes', () => {
  it('0 when no finding is an error, even with warnings', () => {
    const dir = tempTree({ 'incidents/a.md': postmortem({ head: '# Checkout errors\n\n**Incident Leader: Dana**\n' }) });
    const r = run(['incidents'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1:1\s+warning\s+Start the title with the incident date.*title-date \(PM005\)/);
  });
  it('1 when a finding is at error severity', () => {
    const dir = tempTree({ '.postmortemrc.json': '{"rules": {"title-date": "error"}}', 'incidents/a.md': postmortem({ head: '# X\n\n**Incident Leader: Dana**\n' }) });
    assert.equal(run(['incidents/a.md'], dir).code, 1);
  });
  it('2 on an unknown option, a bad format, no operands, or nothing matched', () => {
    const dir = tempTree({ 'a.md': marked });
    assert.equal(run(['--bogus', 'a.md'], dir).code, 2);
    const badFormat = run(['--format', 'xml', 'a.md'], dir);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /Unknown format "xml"/);
    assert.equal(run([], dir).code, 2);
    assert.match(run(['nothing/*.md'], dir).stderr, /No markdown files match: nothing\/\*\.md/);
  });
  it('2 on a configuration error, reported at the bad key', () => {
    const dir = tempTree({ '.postmortemrc.json': '{\n  "rules": { "title-date": "loud" },\n  "colour": 1\n}\n', 'a.md': marked });
    const r = run(['a.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.postmortemrc\.json:2:28: "rules\.title-date": Invalid option/);
    assert.match(r.stderr, /\.postmortemrc\.json:3:3: Unknown setting "colour"/);
    assert.equal(run(['--config', 'missing.json', 'a.md'], dir).code, 2);
  });
  it('--help and --version exit 0', () => {
    const dir = tempTree({});
    assert.match(run(['--help'], dir).stdout, /Usage: postmortem-lint/);
    assert.match(run(['--version'], dir).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('--format json', () => {
  it('prints one object per file with findings, figures and timeline in the documented shape', () => {
    const dir = tempTree({ 'incidents/a.md': marked, 'README.md': '# Project\n\nTODO docs\n' });
    const r = run(['--format', 'json', 'incidents/a.md', 'README.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const reports = JSON.parse(r.stdout) as FileReport[];
    assert.equal(reports.length, 2);
    const [pm, readme] = reports;
    assert.deepEqual(Object.keys(pm).sort(), ['figures', 'file', 'findings', 'isPostmortem', 'timeline']);
    assert.equal(pm.file, 'incidents/a.md');
    assert.equal(pm.isPostmortem, true);
    assert.deepEqual(Object.keys(pm.figures), ['MTTD', 'MTTA', 'MTTM', 'MTTR', 'Duration']);
    assert.deepEqual(pm.figures.MTTD, { minutes: 20, stated: 20, from: '2024-03-05T10:00:00+00:00', to: '2024-03-05T10:20:00+00:00', source: 'markers' });
    assert.deepEqual(pm.figures.MTTR, { minutes: 45, stated: 45, from: '2024-03-05T10:20:00+00:00', to: '2024-03-05T11:05:00+00:00', source: 'markers' });
    assert.equal(pm.figures.Duration.minutes, 65);
    assert.deepEqual(pm.figures.MTTA, { minutes: null, stated: null, from: null, to: null, source: null });
    assert.equal(pm.timeline?.timezone, 'UTC');
    assert.deepEqual(pm.timeline?.entries[0], { line: 12, start: '2024-03-05T10:00:00+00:00', approximate: false, moments: ['start'] });
    assert.equal(readme.isPostmortem, false);
    assert.deepEqual(readme.findings, []);
  });
  it('findings carry code, name, severity, message and 0-based LSP ranges', () => {
    const dir = tempTree({ 'incidents/a.md': marked.replace('MTTR: 45m', 'MTTR: 2h') });
    const [report] = JSON.parse(run(['--format', 'json', 'incidents'], dir).stdout) as { findings: unknown[] }[];
    assert.deepEqual(report.findings, [
      {
        code: 'PM203',
        name: 'figure-mismatch',
        severity: 'warning',
        message: 'MTTR says 2h but the timeline says 45m (from 10:20 (detected) to 11:05 (resolved)).',
        range: { start: { line: 30, character: 6 }, end: { line: 30, character: 8 } },
        fixable: true,
      },
    ]);
  });
  it('the reference postmortem gives MTTD 172 and MTTR 95 minutes, inferred', { skip: sharedFile('design', 'example-2019-02-06.md') ? false : MISSING_SHARED }, () => {
    const r = run(['--format', 'json', join(SHARED, 'design', 'example-2019-02-06.md')], __dirname);
    const [report] = JSON.parse(r.stdout) as { figures: Record<string, unknown> }[];
    assert.deepEqual(report.figures.MTTD, { minutes: 172, stated: 172, from: '2019-02-06T17:18:00+00:00', to: '2019-02-06T20:10:00+00:00', source: 'inferred' });
    assert.deepEqual(report.figures.MTTR, { minutes: 95, stated: 95, from: '2019-02-06T20:10:00+00:00', to: '2019-02-06T21:45:00+00:00', source: 'inferred' });
  });
});

describe('--format sarif', () => {
  it('is SARIF 2.1.0 with a rule catalogue, results pointing into it and 1-based regions', () => {
    const dir = tempTree({ 'incidents/a.md': marked.replace('MTTR: 45m', 'MTTR: 2h').replace('**Incident Leader: Dana**', '') });
    const sarif = JSON.parse(run(['--format', 'sarif', 'incidents'], dir).stdout) as Sarif;
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'postmortem-lint');
    const ids = run0.tool.driver.rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(run0.results.map((r) => r.ruleId), ['PM006', 'PM203']);
    for (const result of run0.results) {
      assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'incidents/a.md');
    }
    assert.deepEqual(run0.results[1].locations[0].physicalLocation.region, { startLine: 31, startColumn: 7, endLine: 31, endColumn: 9 });
    assert.equal(run0.results[1].level, 'warning');
  });
});

describe('--fix', () => {
  it('applies safe fixes (stated figures, markers) and a second run changes nothing', () => {
    const text = postmortem({
      timeline: '## Timeline\n\nAll times UTC.\n\n10:00 deploy\n\n10:20 alert\n\n11:05 fixed\n',
      impact: '## Impact\n\nMTTD: 20 min\n',
    }).replace('\n## Impact', '\n## Impact');
    const dir = tempTree({ 'incidents/a.md': text.replace(/\n/g, '\r\n') });
    const first = run(['--fix', 'incidents/a.md'], dir);
    assert.equal(first.code, 0, first.stderr);
    const fixed = readFileSync(join(dir, 'incidents/a.md'), 'utf8');
    assert.match(fixed, /10:00 deploy \[start\]\r\n\r\n10:20 alert \[detected\]/);
    assert.ok(!fixed.replace(/\r\n/g, '').includes('\n'), 'line endings kept');
    const second = run(['--fix', '--format', 'json', 'incidents/a.md'], dir);
    assert.equal(readFileSync(join(dir, 'incidents/a.md'), 'utf8'), fixed);
    assert.equal(second.code, 0);
    assert.deepEqual(readdirSync(join(dir, 'incidents')), ['a.md'], 'no temp files left');
  });
  it('corrects a mismatched figure in the document style', () => {
    const dir = tempTree({ 'incidents/a.md': marked.replace('MTTR: 45m', 'MTTR: 2 hours') });
    run(['--fix', 'incidents'], dir);
    assert.match(readFileSync(join(dir, 'incidents/a.md'), 'utf8'), /MTTR: 45 minutes\n/);
  });
});
