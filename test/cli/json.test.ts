// `--format json`: the documented shape, exactly: keys, types, 0-based ranges, figures and timeline.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { FileReport } from '../../server/src/cli/report';
import { tempTree } from '../support/fixtures';
import { MISSING_SHARED, SHARED, sharedFile } from '../support/shared';
import { MARKED, run, runJson } from './cliProcess';

const FIGURE_KEYS = ['MTTD', 'MTTA', 'MTTM', 'MTTR', 'MTTDecl', 'Duration'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const SEVERITIES = ['error', 'warning', 'information', 'hint'];

function isPosition(p: unknown): boolean {
  const { line, character } = p as Record<string, unknown>;
  return Number.isInteger(line) && Number.isInteger(character) && Object.keys(p as object).length === 2;
}

/** Every object in the report has exactly the documented keys and types. */
function assertShape(report: FileReport): void {
  assert.deepEqual(Object.keys(report), [
    'file',
    'isPostmortem',
    'findings',
    'figures',
    'moments',
    'timeline',
    'actions',
  ]);
  assert.equal(typeof report.file, 'string');
  assert.equal(typeof report.isPostmortem, 'boolean');
  for (const f of report.findings) {
    assert.deepEqual(Object.keys(f), ['code', 'name', 'severity', 'message', 'range', 'fixable']);
    assert.match(f.code, /^PM\d{3}$/);
    assert.match(f.name, /^[a-z-]+$/);
    assert.ok(SEVERITIES.includes(f.severity));
    assert.equal(typeof f.message, 'string');
    assert.deepEqual(Object.keys(f.range), ['start', 'end']);
    assert.ok(isPosition(f.range.start) && isPosition(f.range.end));
    assert.equal(typeof f.fixable, 'boolean');
  }
  assert.deepEqual(Object.keys(report.figures), FIGURE_KEYS);
  for (const f of Object.values(report.figures)) {
    assert.deepEqual(Object.keys(f), ['minutes', 'stated', 'from', 'to', 'source']);
    assert.ok(f.minutes === null || typeof f.minutes === 'number');
    assert.ok(f.stated === null || typeof f.stated === 'number');
    for (const t of [f.from, f.to]) assert.ok(t === null || ISO.test(t), String(t));
    assert.ok([null, 'markers', 'inferred'].includes(f.source));
  }
  if (report.timeline === null) return;
  assert.deepEqual(Object.keys(report.timeline), ['timezone', 'entries']);
  assert.ok(report.timeline.timezone === null || typeof report.timeline.timezone === 'string');
  for (const e of report.timeline.entries) {
    assert.deepEqual(Object.keys(e), ['line', 'start', 'approximate', 'moments']);
    assert.ok(Number.isInteger(e.line));
    assert.ok(e.start === null || ISO.test(e.start));
    assert.equal(typeof e.approximate, 'boolean');
    assert.ok(e.moments.every((m) => typeof m === 'string'));
  }
}

describe('--format json', () => {
  it('one object per file, in the documented shape, with figures from the markers', () => {
    const dir = tempTree({ 'incidents/a.md': MARKED, 'README.md': '# Project\n\nTODO docs\n' });
    const reports = runJson<FileReport[]>(['incidents/a.md', 'README.md'], dir);
    assert.equal(reports.length, 2);
    reports.forEach(assertShape);
    const [pm, readme] = reports;
    assert.equal(pm.file, 'incidents/a.md');
    assert.equal(pm.isPostmortem, true);
    assert.deepEqual(pm.figures.MTTD, {
      minutes: 20,
      stated: 20,
      from: '2024-03-05T10:00:00+00:00',
      to: '2024-03-05T10:20:00+00:00',
      source: 'markers',
    });
    assert.deepEqual(pm.figures.MTTR, {
      minutes: 45,
      stated: 45,
      from: '2024-03-05T10:20:00+00:00',
      to: '2024-03-05T11:05:00+00:00',
      source: 'markers',
    });
    assert.deepEqual(pm.figures.Duration, {
      minutes: 65,
      stated: null,
      from: '2024-03-05T10:00:00+00:00',
      to: '2024-03-05T11:05:00+00:00',
      source: 'markers',
    });
    assert.deepEqual(pm.figures.MTTA, { minutes: null, stated: null, from: null, to: null, source: null });
    assert.deepEqual(pm.timeline, {
      timezone: 'UTC',
      entries: [
        { line: 12, start: '2024-03-05T10:00:00+00:00', approximate: false, moments: ['start'] },
        { line: 14, start: '2024-03-05T10:20:00+00:00', approximate: false, moments: ['detected'] },
        { line: 16, start: '2024-03-05T11:05:00+00:00', approximate: false, moments: ['resolved'] },
      ],
    });
    assert.deepEqual(readme, {
      file: 'README.md',
      isPostmortem: false,
      findings: [],
      figures: readme.figures,
      moments: readme.moments,
      timeline: null,
      actions: [],
    });
    assert.ok(Object.values(readme.figures).every((f) => f.minutes === null && f.source === null));
    assert.ok(Object.values(readme.moments).every((m) => m === null));
    assert.equal(pm.moments.start?.source, 'markers');
    assert.equal(pm.moments.start?.line, 12);
  });

  it('findings carry code, name, severity, message and 0-based LSP ranges', () => {
    const dir = tempTree({ 'incidents/a.md': MARKED.replace('MTTR: 45m', 'MTTR: 2h') });
    const [report] = runJson<FileReport[]>(['incidents'], dir);
    assert.deepEqual(
      report.findings.filter((f) => f.code === 'PM203'),
      [
        {
          code: 'PM203',
          name: 'figure-mismatch',
          severity: 'warning',
          message: 'MTTR says 2h but the timeline says 45m (from 10:20 (detected) to 11:05 (resolved)).',
          range: { start: { line: 30, character: 6 }, end: { line: 30, character: 8 } },
          fixable: true,
        },
      ],
    );
  });

  it('counts characters as LSP does: after a BOM and CRLF, columns are unshifted', () => {
    const text = '\uFEFF' + MARKED.replace('MTTR: 45m', 'MTTR: 2h').replace(/\n/g, '\r\n');
    const dir = tempTree({ 'incidents/a.md': text });
    const [report] = runJson<FileReport[]>(['incidents'], dir);
    assert.deepEqual(report.findings.find((f) => f.code === 'PM203')?.range, {
      start: { line: 30, character: 6 },
      end: { line: 30, character: 8 },
    });
    assert.equal(report.timeline?.entries[0].line, 12);
  });

  it('timestamps carry the declared zone’s offset', () => {
    const text = MARKED.replace('All times UTC.', 'All times Europe/Berlin.');
    const dir = tempTree({ 'incidents/a.md': text });
    const [report] = runJson<FileReport[]>(['incidents'], dir);
    assert.equal(report.timeline?.timezone, 'Europe/Berlin');
    assert.equal(report.figures.MTTD.from, '2024-03-05T10:00:00+01:00');
    assert.equal(report.figures.MTTR.to, '2024-03-05T11:05:00+01:00');
  });

  it('a time with no known day has no timestamp, but durations still hold', () => {
    const dir = tempTree({ 'incidents/a.md': MARKED.replace('# 2024-03-05 Checkout errors', '# Checkout errors') });
    const [report] = runJson<FileReport[]>(['incidents'], dir);
    assert.equal(report.figures.MTTR.minutes, 45);
    assert.equal(report.figures.MTTR.from, null);
    assert.equal(report.timeline?.entries[0].start, null);
  });

  it('folders and globs give paths relative to the working directory, skipping node_modules', () => {
    const dir = tempTree({
      'docs/incidents/b.md': MARKED,
      'docs/incidents/a.md': MARKED,
      'docs/node_modules/x/incidents/c.md': MARKED,
      'docs/notes.txt': 'not markdown',
    });
    assert.deepEqual(
      runJson<FileReport[]>(['docs'], dir).map((r) => r.file),
      ['docs/incidents/a.md', 'docs/incidents/b.md'],
    );
    assert.deepEqual(
      runJson<FileReport[]>(['docs/**/*'], dir).map((r) => r.file),
      ['docs/incidents/a.md', 'docs/incidents/b.md'],
    );
    assert.deepEqual(
      runJson<FileReport[]>(['docs/incidents/b.md', 'docs'], dir).map((r) => r.file),
      ['docs/incidents/b.md', 'docs/incidents/a.md'],
    );
  });

  const reference = sharedFile('design', 'example-2019-02-06.md');
  it(
    'the reference postmortem gives MTTD 172 and MTTR 95 minutes, inferred',
    { skip: reference === undefined ? MISSING_SHARED : false },
    () => {
      const r = run(['--format', 'json', join(SHARED, 'design', 'example-2019-02-06.md')], __dirname);
      assert.equal(r.code, 0, r.stderr);
      const [report] = JSON.parse(r.stdout) as FileReport[];
      assertShape(report);
      assert.equal(report.isPostmortem, true);
      assert.deepEqual(report.figures.MTTD, {
        minutes: 172,
        stated: 172,
        from: '2019-02-06T17:18:00+00:00',
        to: '2019-02-06T20:10:00+00:00',
        source: 'inferred',
      });
      assert.deepEqual(report.figures.MTTR, {
        minutes: 95,
        stated: 95,
        from: '2019-02-06T20:10:00+00:00',
        to: '2019-02-06T21:45:00+00:00',
        source: 'inferred',
      });
      // Its Description is the template's placeholder, found as the template is beside it.
      assert.deepEqual(
        report.findings.filter((f) => f.name === 'placeholder').map((f) => [f.range, f.message]),
        [
          [
            { start: { line: 6, character: 0 }, end: { line: 6, character: 45 } },
            'Replace the template text "Something went wrong and caused this problem." with what happened in this incident.',
          ],
        ],
      );
    },
  );
});
