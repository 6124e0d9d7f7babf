// `postmortem-lint report` through the built CLI: each format carries the same numbers, links are
// relative to where the report is written, --out is whole or nothing, bad options are usage errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Insights } from '../../server/src/insights/insights';
import { localToday } from '../../server/src/localToday';
import { tempTree } from '../support/fixtures';
import { incidentText } from '../support/incidents';
import { CLI, run } from './cliProcess';

const FILES = {
  'docs/incidents/2025-01-10-checkout.md': incidentText({
    date: '2025-01-10',
    title: 'Checkout errors, EU | web',
    fields: { Severity: 'SEV2', Service: 'checkout' },
    mttd: 10,
    mttr: 30,
    actions: ['- [ ] Add a canary stage (owner: @dana, due 2025-02-01)', '- [x] Revert the push'],
  }),
  'docs/incidents/b.md': incidentText({ date: '2025-02-20', mttd: 20, mttr: 60 }),
  'docs/incidents/c.md': incidentText({ date: '2025-03-31', mttd: 40 }),
  'docs/incidents/d.md': incidentText({ date: '2025-04-01', mttd: 5, mttr: 15, fields: { Status: 'draft' } }),
  'docs/readme.md': '# Notes\n\nNot a postmortem.\n',
};

function report(args: string[], dir = tempTree(FILES)) {
  return { dir, ...run(['report', ...args], dir) };
}

describe('postmortem-lint report', () => {
  it('--format json: the documented shape, with the hand-computed numbers', () => {
    const r = report(['docs', '--format', 'json', '--today', '2025-07-01']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as Insights;
    assert.deepEqual(Object.keys(json), ['incidents', 'periods', 'excluded']);
    const [a] = json.incidents;
    assert.deepEqual(Object.keys(a), [
      'file',
      'date',
      'title',
      'severity',
      'service',
      'figures',
      'actions',
      'period',
      'draft',
      'findings',
    ]);
    assert.equal(a.file, 'docs/incidents/2025-01-10-checkout.md');
    assert.equal(a.title, 'Checkout errors, EU | web');
    assert.deepEqual(a.figures.MTTR, { minutes: 30, source: 'markers' });
    assert.deepEqual(a.actions, { open: 1, done: 1, overdue: 1 });
    assert.deepEqual(
      json.periods.map((p) => [p.period, p.incidents, p.figures.MTTD, p.figures.MTTR]),
      [
        ['2025-Q1', 3, { median: 20, p90: 36, count: 3 }, { median: 45, p90: 57, count: 2 }],
        ['2025-Q2', 1, { median: 5, p90: 5, count: 1 }, { median: 15, p90: 15, count: 1 }],
      ],
    );
    assert.equal(json.periods[1].drafts, 1);
    assert.deepEqual(json.excluded, [{ file: 'docs/readme.md', reason: 'not a postmortem' }]);
  });

  it('--format md: the tables, Mermaid xychart blocks with the same numbers, links relative to --out', () => {
    const r = report(['docs', '--today', '2025-07-01', '--out', 'docs/reports/q1.md']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const md = readFileSync(join(r.dir, 'docs/reports/q1.md'), 'utf8');
    assert.match(
      md,
      /^# Postmortem report\n\n4 postmortems, 2025-Q1 to 2025-Q2, by quarter, 1 file left out\. Action items as of 2025-07-01\./,
    );
    assert.ok(
      md.includes('| 2025-Q1 | 3 | 20m / 36m (3) | – | – | 45m / 57m (2) | – | 1h / 1h 16m (2) | 3 | 1 | 0 |'),
      md,
    );
    assert.ok(md.includes('[Checkout errors, EU \\| web](../incidents/2025-01-10-checkout.md)'), md);
    assert.ok(md.includes('[Checkout errors](../incidents/d.md) (draft)'), md);
    const charts = [...md.matchAll(/```mermaid\nxychart-beta\n([\s\S]*?)```/g)].map((m) => m[1]);
    assert.equal(charts.length, 4);
    assert.match(charts[0], /x-axis \["2025-Q1", "2025-Q2"\]\n {2}y-axis "Incidents" 0 --> \d+\n {2}bar \[3, 1\]/);
    assert.match(
      charts[1],
      /title "MTTD per quarter[^\n]*\n {2}x-axis \["2025-Q1", "2025-Q2"\][^]*line \[20, 5\]\n {2}line \[36, 5\]/,
    );
    assert.match(charts[3], /bar \[3, 1\]\n {2}bar \[1, 0\]/);
    assert.ok(md.includes('## Left out\n\n- `docs/readme.md`: not a postmortem'));
  });

  it('md on stdout links from the working directory', () => {
    const r = report(['docs/incidents/b.md', '--today', '2025-07-01']);
    assert.ok(r.stdout.includes('[Checkout errors](docs/incidents/b.md)'), r.stdout);
  });

  it('--format csv: one table of the same rows, quoted where needed', () => {
    const r = report(['docs', '--format', 'csv', '--today', '2025-07-01', '--by', 'month']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\r\n');
    assert.equal(lines.at(-1), '');
    const header = lines[0].split(',');
    assert.equal(header[0], 'row');
    const rows = lines.slice(1, -1);
    const kinds = rows.map((l) => l.split(',')[0]);
    // Four incidents, four months (January to April), one file left out.
    assert.deepEqual(kinds, [...Array(4).fill('incident'), ...Array(4).fill('period'), 'excluded']);
    assert.ok(rows[0].includes(',"Checkout errors, EU | web",SEV2,checkout,false,10,markers,'), rows[0]);
    const march = rows.find((l) => l.startsWith('period,2025-03,'));
    const at = (row: string, column: string) => row.split(',')[header.indexOf(column)];
    assert.ok(march);
    assert.equal(at(march, 'incidents'), '1');
    assert.equal(at(march, 'MTTD median'), '40');
    assert.equal(at(march, 'MTTR count'), '0');
    assert.equal(at(march, 'MTTR median'), '');
  });

  it('--out replaces a report whole and leaves no temp file; an unwritable one is exit 2 and the old one stays', () => {
    const dir = tempTree(FILES);
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'r.json'), 'old');
    assert.equal(report(['docs', '--format', 'json', '--out', 'out/r.json'], dir).code, 0);
    assert.doesNotThrow(() => JSON.parse(readFileSync(join(dir, 'out', 'r.json'), 'utf8')));
    assert.deepEqual(readdirSync(join(dir, 'out')), ['r.json']);
    mkdirSync(join(dir, 'out', 'taken.json'));
    const r = report(['docs', '--format', 'json', '--out', 'out/taken.json'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot write out\/taken\.json/);
    assert.deepEqual(readdirSync(join(dir, 'out')).sort(), ['r.json', 'taken.json']);
  });

  it('without --today, overdue is measured against the local day', () => {
    const today = localToday();
    const yesterday = localToday(new Date(Date.now() - 36 * 3600 * 1000));
    const tomorrow = localToday(new Date(Date.now() + 36 * 3600 * 1000));
    const dir = tempTree({
      'docs/incidents/x.md': incidentText({
        date: '2025-01-10',
        actions: [`- [ ] Late one, due ${yesterday}`, `- [ ] Due today, due ${today}`, `- [ ] Next, due ${tomorrow}`],
      }),
    });
    const json = JSON.parse(report(['docs', '--format', 'json'], dir).stdout) as Insights;
    assert.deepEqual(json.incidents[0].actions, { open: 3, done: 0, overdue: 1 });
  });

  it('usage errors: format, period, dates, range, no files', () => {
    const cases: [string[], RegExp][] = [
      [['docs', '--format', 'pdf'], /Unknown report format "pdf": use md, html, json, csv/],
      [['docs', '--by', 'week'], /--by must be one of month, quarter, year, not "week"/],
      [['docs', '--since', '2025-13-01'], /--since must be a date written YYYY-MM-DD/],
      [['docs', '--today', 'yesterday'], /--today must be a date written YYYY-MM-DD/],
      [['docs', '--since', '2025-05-01', '--until', '2025-04-01'], /--since 2025-05-01 is after --until 2025-04-01/],
      [[], /No files given/],
      [['nowhere'], /No markdown files match: nowhere/],
    ];
    for (const [args, message] of cases) {
      const r = report(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.match(r.stderr, /Run "postmortem-lint report --help" for usage/);
    }
    const help = report(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: postmortem-lint report \[options\]/);
  });

  it('the charting code is a bundle of its own, loaded only by --format html', () => {
    // vega's headless renderer, by the name of its function: in the charts bundle only.
    const has = (bundle: string) => readFileSync(join(CLI, '..', bundle), 'utf8').includes('renderHeadless');
    assert.ok(has('charts.mjs'));
    assert.ok(!has('cli.js'), 'not in the CLI bundle');
    assert.ok(!has('server.js'), 'nor in the server bundle');
    // A CLI installed without its charts still writes every other format, and an html report that says so.
    const dir = tempTree(FILES);
    mkdirSync(join(dir, 'bin'));
    copyFileSync(CLI, join(dir, 'bin', 'cli.js'));
    const alone = (args: string[]) =>
      spawnSync(process.execPath, [join(dir, 'bin', 'cli.js'), 'report', 'docs', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    const md = alone([]);
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /```mermaid/);
    const html = alone(['--format', 'html']);
    assert.equal(html.status, 2);
    assert.match(html.stderr, /no charts drawn: the charting code is missing/);
    assert.match(html.stdout, /Incidents per quarter: could not be drawn/);
    assert.match(html.stdout, /<table id="incidents">/);
  });
});
