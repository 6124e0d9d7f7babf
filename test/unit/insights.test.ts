// The report's numbers, against values computed by hand on postmortems written for the test:
// medians and 90th percentiles (linear interpolation between closest ranks), period boundaries,
// undated and excluded files, --since/--until, overdue action items against a given day.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InsightsInput, InsightsOptions } from '../../server/src/insights/insights';
import { buildInsights } from '../../server/src/insights/insights';
import { periodOf, periodsBetween } from '../../server/src/insights/periods';
import { quantile } from '../../server/src/insights/statistics';
import { lint } from '../support/core';
import type { IncidentSpec } from '../support/incidents';
import { incidentText } from '../support/incidents';

function input(file: string, spec: IncidentSpec | string): InsightsInput {
  const text = typeof spec === 'string' ? spec : incidentText(spec);
  return { file, analysis: lint(text, {}, { path: `/work/${file}` }) };
}

const TODAY = '2025-07-01';
const options = (more: Partial<InsightsOptions> = {}): InsightsOptions => ({ by: 'quarter', today: TODAY, ...more });

// MTTD and MTTR chosen for hand computation. Q1 2025: MTTD 10, 20, 40; MTTR 30, 60 (C has none).
const FILES: InsightsInput[] = [
  input('pm/a.md', {
    date: '2025-01-10',
    fields: { Severity: 'SEV2', Service: 'checkout' },
    mttd: 10,
    mttr: 30,
    actions: [
      '- [ ] Add a canary stage (owner: @dana, due 2025-02-01)',
      '- [x] Revert the push',
      '- [ ] Page sooner, due 2025-12-01',
    ],
  }),
  input('pm/b.md', { date: '2025-02-20', mttd: 20, mttr: 60 }),
  input('pm/c.md', {
    date: '2025-03-31',
    mttd: 40,
    actions: ['- [ ] Fix the probe, due 2025-06-30', "- Retire the proxy (won't do)"],
  }),
  input('pm/d.md', { date: '2025-04-01', mttd: 5, mttr: 15, fields: { Status: 'Draft' } }),
  input('pm/g.md', { date: '2024-12-31', mttd: 30, mttr: 90 }),
  input('pm/undated.md', { mttd: 7, mttr: 3 }),
  input('README.md', '# Project\n\nNothing to see.\n'),
  { file: 'pm/locked.md', unreadable: 'EACCES: permission denied' },
];

describe('quantiles', () => {
  it('interpolates linearly between the closest ranks (R type 7, PERCENTILE.INC)', () => {
    assert.equal(quantile([10, 20, 40], 0.5), 20);
    assert.equal(quantile([40, 10, 20], 0.9), 36); // rank 1.8: 20 + 0.8 * (40 - 20)
    assert.equal(quantile([30, 60], 0.5), 45);
    assert.equal(quantile([30, 60], 0.9), 57);
    assert.equal(quantile([7], 0.9), 7);
    assert.equal(quantile([], 0.5), null);
    assert.equal(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9), 9.1);
  });
});

describe('periods', () => {
  it('quarters, months and years, with their boundaries', () => {
    assert.equal(periodOf('2025-03-31', 'quarter'), '2025-Q1');
    assert.equal(periodOf('2025-04-01', 'quarter'), '2025-Q2');
    assert.equal(periodOf('2024-12-31', 'quarter'), '2024-Q4');
    assert.equal(periodOf('2025-03-31', 'month'), '2025-03');
    assert.equal(periodOf('2025-03-31', 'year'), '2025');
    assert.deepEqual(periodsBetween('2024-Q4', '2025-Q2', 'quarter'), ['2024-Q4', '2025-Q1', '2025-Q2']);
    assert.deepEqual(periodsBetween('2024-11', '2025-02', 'month'), ['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});

describe('the report’s numbers', () => {
  const insights = buildInsights(FILES, options());
  const period = (p: string) => {
    const row = insights.periods.find((x) => x.period === p);
    assert.ok(row, `period ${p}`);
    return row;
  };

  it('every quarter from the first incident to the last, then the undated ones', () => {
    assert.deepEqual(
      insights.periods.map((p) => [p.period, p.incidents]),
      [
        ['2024-Q4', 1],
        ['2025-Q1', 3],
        ['2025-Q2', 1],
        ['undated', 1],
      ],
    );
  });

  it('medians and 90th percentiles, each with how many incidents it comes from; a missing figure is not a zero', () => {
    const q1 = period('2025-Q1');
    assert.deepEqual(q1.figures.MTTD, { median: 20, p90: 36, count: 3 });
    assert.deepEqual(q1.figures.MTTR, { median: 45, p90: 57, count: 2 });
    // Duration = MTTD + MTTR where both are known: 40 and 80.
    assert.deepEqual(q1.figures.Duration, { median: 60, p90: 76, count: 2 });
    assert.deepEqual(q1.figures.MTTA, { median: null, p90: null, count: 0 });
    assert.deepEqual(period('2024-Q4').figures.MTTR, { median: 90, p90: 90, count: 1 });
    assert.deepEqual(period('undated').figures.MTTD, { median: 7, p90: 7, count: 1 });
  });

  it('action items open, done and overdue against the day given; cancelled ones are neither', () => {
    const a = insights.incidents.find((i) => i.file === 'pm/a.md');
    assert.deepEqual(a?.actions, { open: 2, done: 1, overdue: 1 });
    const c = insights.incidents.find((i) => i.file === 'pm/c.md');
    assert.deepEqual(c?.actions, { open: 1, done: 0, overdue: 1 });
    assert.deepEqual(period('2025-Q1').actions, { open: 4, overdue: 2 });
    const later = buildInsights(FILES, options({ today: '2026-01-01' }));
    assert.deepEqual(later.periods.find((p) => p.period === '2025-Q1')?.actions, { open: 4, overdue: 3 });
    // Due today is not overdue yet.
    const onTheDay = buildInsights(FILES, options({ today: '2025-06-30' }));
    assert.equal(onTheDay.incidents.find((i) => i.file === 'pm/c.md')?.actions.overdue, 0);
  });

  it('per incident: date, title, severity, service, figures with their source, findings, draft', () => {
    const a = insights.incidents.find((i) => i.file === 'pm/a.md');
    assert.ok(a);
    assert.equal(a.date, '2025-01-10');
    assert.equal(a.title, 'Checkout errors');
    assert.equal(a.severity, 'SEV2');
    assert.equal(a.service, 'checkout');
    assert.deepEqual(a.figures.MTTD, { minutes: 10, source: 'markers' });
    assert.deepEqual(a.figures.MTTA, { minutes: null, source: null });
    const analysis = (FILES[0] as { analysis: ReturnType<typeof lint> }).analysis;
    assert.deepEqual(a.findings, {
      error: analysis.findings.filter((f) => f.severity === 'error').length,
      warning: analysis.findings.filter((f) => f.severity === 'warning').length,
    });
    assert.ok(a.findings.warning > 0, 'the test postmortems state no figures: figure-missing warns');
    assert.equal(a.draft, false);
    assert.equal(insights.incidents.find((i) => i.file === 'pm/d.md')?.draft, true);
    assert.equal(period('2025-Q2').drafts, 1);
  });

  it('incidents in date order, the undated last', () => {
    assert.deepEqual(
      insights.incidents.map((i) => [i.file, i.period]),
      [
        ['pm/g.md', '2024-Q4'],
        ['pm/a.md', '2025-Q1'],
        ['pm/b.md', '2025-Q1'],
        ['pm/c.md', '2025-Q1'],
        ['pm/d.md', '2025-Q2'],
        ['pm/undated.md', 'undated'],
      ],
    );
  });

  it('files that are not postmortems, or cannot be read, are left out with the reason', () => {
    assert.deepEqual(insights.excluded, [
      { file: 'README.md', reason: 'not a postmortem' },
      { file: 'pm/locked.md', reason: 'cannot be read: EACCES: permission denied' },
    ]);
  });

  it('a text too large to analyse is left out, saying why', () => {
    const big = buildInsights([input('pm/huge.md', 'x'.repeat(2 * 1024 * 1024 + 1))], options());
    assert.equal(big.incidents.length, 0);
    assert.match(big.excluded[0].reason, /^not analysed: /);
  });

  it('--since and --until keep the days between them, both included; the periods follow them', () => {
    const q1 = buildInsights(FILES, options({ since: '2025-01-01', until: '2025-03-31' }));
    assert.deepEqual(
      q1.incidents.map((i) => i.file),
      ['pm/a.md', 'pm/b.md', 'pm/c.md', 'pm/undated.md'],
    );
    assert.deepEqual(
      q1.periods.map((p) => p.period),
      ['2025-Q1', 'undated'],
    );
    const wide = buildInsights(FILES, options({ since: '2024-07-01', until: '2025-12-31' }));
    assert.deepEqual(
      wide.periods.map((p) => [p.period, p.incidents]),
      [
        ['2024-Q3', 0],
        ['2024-Q4', 1],
        ['2025-Q1', 3],
        ['2025-Q2', 1],
        ['2025-Q3', 0],
        ['2025-Q4', 0],
        ['undated', 1],
      ],
    );
  });

  it('by month and by year', () => {
    const months = buildInsights(FILES, options({ by: 'month', since: '2025-01-01', until: '2025-04-30' }));
    assert.deepEqual(
      months.periods.map((p) => [p.period, p.incidents, p.figures.MTTD.median]),
      [
        ['2025-01', 1, 10],
        ['2025-02', 1, 20],
        ['2025-03', 1, 40],
        ['2025-04', 1, 5],
        ['undated', 1, 7],
      ],
    );
    const years = buildInsights(FILES, options({ by: 'year' }));
    assert.deepEqual(
      years.periods.map((p) => [p.period, p.incidents, p.figures.MTTD.median, p.figures.MTTD.p90]),
      [
        // 2025: MTTD 10, 20, 40, 5 -> sorted 5, 10, 20, 40: median 15, p90 at rank 2.7 = 20 + 0.7 * 20 = 34.
        ['2024', 1, 30, 30],
        ['2025', 4, 15, 34],
        ['undated', 1, 7, 7],
      ],
    );
  });

  it('no date in the title: the front matter, the file name, then the timeline’s first day', () => {
    const dated = (file: string, text: string) => buildInsights([input(file, text)], options()).incidents[0].date;
    const undatedText = incidentText({ mttd: 5, mttr: 5 });
    assert.equal(dated('pm/x.md', undatedText), null);
    assert.equal(dated('pm/2024-05-06-outage.md', undatedText), '2024-05-06');
    assert.equal(dated('pm/x.md', `---\ndate: 2024-07-08\n---\n${undatedText}`), '2024-07-08');
    assert.equal(
      dated('pm/x.md', undatedText.replace('All times UTC.', 'All times UTC.\n\n### 2024-09-10')),
      '2024-09-10',
    );
  });

  it('severity and service from front matter before the header; services listed are joined', () => {
    const text = `---\nseverity: 1\nservices: [api, billing]\n---\n${incidentText({ date: '2025-01-02', fields: { Severity: 'SEV3' } })}`;
    const [incident] = buildInsights([input('pm/x.md', text)], options()).incidents;
    assert.equal(incident.severity, '1');
    assert.equal(incident.service, 'api, billing');
  });

  it('a figure the timeline cannot give counts when the Impact section states it exactly', () => {
    const text = incidentText({ date: '2025-01-02' }).replace(
      'A fifth of checkouts failed.',
      'MTTD: 12m\n\nMTTR: < 5m',
    );
    const [incident] = buildInsights([input('pm/x.md', text)], options()).incidents;
    assert.deepEqual(incident.figures.MTTD, { minutes: 12, source: 'stated' });
    // A bound is not a value.
    assert.deepEqual(incident.figures.MTTR, { minutes: null, source: null });
  });
});
