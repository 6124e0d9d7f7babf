// The insights as the editor's view draws them (insights/render/view.ts): the HTML report's
// tables as cells of text, newest incident first, each row with the file it opens; where a figure
// comes from, drafts and overdue items marked; what to do when there is nothing to show.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InsightsInput } from '../../server/src/insights/insights';
import { buildInsights } from '../../server/src/insights/insights';
import { insightsView, NO_POSTMORTEMS } from '../../server/src/insights/render/view';
import type { ViewCell } from '../../server/src/insights/render/viewTypes';
import { lint, postmortem } from '../support/core';
import type { IncidentSpec } from '../support/incidents';
import { incidentText } from '../support/incidents';

function input(file: string, spec: IncidentSpec | string): InsightsInput {
  const text = typeof spec === 'string' ? spec : incidentText(spec);
  return { file: `/ws/${file}`, analysis: lint(text, {}, { path: `/ws/${file}` }) };
}

const context = { label: (file: string) => file.replace('/ws/', ''), uri: (file: string) => `file://${file}` };
const texts = (cells: ViewCell[]) => cells.map((c) => (c.note ? `${c.text} [${c.note}]` : c.text));

/** MTTD and MTTR stated in the Impact section, with no key moments marked: the timeline cannot give them. */
const STATED = postmortem({
  head: '# 2025-05-02 Queue backlog\n\n**Incident Leader: Dana**\n',
  timeline: '## Timeline\n\nAll times UTC.\n\n09:00 backlog grows\n\n09:30 workers added\n',
  impact: '## Impact\n\nMTTD: 12m\n\nMTTR: 1h 5m\n',
});

const INSIGHTS = buildInsights(
  [
    input('pm/a.md', {
      date: '2025-01-10',
      fields: { Severity: 'SEV2', Service: 'checkout' },
      mttd: 10,
      mttr: 30,
      actions: ['- [ ] Add a canary stage (owner: @dana, due 2025-02-01)', '- [x] Revert the push'],
    }),
    input('pm/b.md', { date: '2025-02-20', mttd: 20, mttr: 90, fields: { Status: 'draft' } }),
    input('pm/stated.md', STATED),
    input('pm/undated.md', { mttd: 7, mttr: 3 }),
    { file: '/ws/pm/locked.md', unreadable: 'permission denied' },
  ],
  { by: 'quarter', today: '2025-07-01' },
);

describe('the insights view', () => {
  const view = insightsView(INSIGHTS, [], context);

  it('says what it covers, in the report’s words', () => {
    assert.equal(
      view.summary,
      '4 postmortems, 2025-Q1 to 2025-Q2, by quarter, 1 file left out. Action items as of 2025-07-01.',
    );
    assert.equal(view.by, 'quarter');
    assert.equal(view.reading, null);
    assert.equal(view.empty, undefined);
  });

  it('writes each period as the report does: median / p90 (incidents), an overdue count marked', () => {
    assert.deepEqual(view.periods.rows.map(texts), [
      ['2025-Q1', '2', '15m / 19m (2)', '–', '–', '1h / 1h 24m (2)', '–', '1h 15m / 1h 43m (2)', '2', '1', '1'],
      ['2025-Q2', '1', '12m / 12m (1)', '–', '–', '1h 5m / 1h 5m (1)', '–', '–', '1', '0', '0'],
      ['undated', '1', '7m / 7m (1)', '–', '–', '3m / 3m (1)', '–', '10m / 10m (1)', '1', '0', '0'],
    ]);
    assert.equal(view.periods.rows[0][9].alert, true);
    assert.equal(view.periods.rows[1][9].alert, undefined, 'no overdue item, nothing marked');
    assert.deepEqual(
      view.periods.columns.map((c) => [c.title, c.text]),
      [
        ['Quarter', true],
        ['Incidents', false],
        ['MTTD', false],
        ['MTTA', false],
        ['MTTM', false],
        ['MTTR', false],
        ['MTTDecl', false],
        ['Duration', false],
        ['Open actions', false],
        ['Overdue', false],
        ['Drafts', false],
      ],
    );
    assert.equal(
      view.periods.columns[2].description,
      'time to detect: median / 90th percentile (incidents that give it)',
    );
  });

  it('lists incidents newest first, the undated last, with their figures’ sources and drafts marked', () => {
    assert.deepEqual(
      view.incidents.rows.map((r) => [r.label, r.uri, ...texts(r.cells)]),
      [
        [
          'pm/stated.md',
          'file:///ws/pm/stated.md',
          ...['2025-05-02', 'Queue backlog', '–', '–', '12m [stated]', '–', '–', '1h 5m [stated]', '–', '–'],
          // Open 1, done 0, overdue 0; no error; two warnings (PM204: MTTD and MTTR cannot be checked).
          ...['1', '0', '0', '0', '2'],
        ],
        [
          'pm/b.md',
          'file:///ws/pm/b.md',
          ...['2025-02-20', 'Checkout errors [draft]', '–', '–', '20m', '–', '–', '1h 30m', '–', '1h 50m'],
          // Two warnings (PM201: MTTD and MTTR not stated), as for the others below.
          ...['1', '0', '0', '0', '2'],
        ],
        [
          'pm/a.md',
          'file:///ws/pm/a.md',
          ...['2025-01-10', 'Checkout errors', 'SEV2', 'checkout', '10m', '–', '–', '30m', '–', '40m'],
          ...['1', '1', '1', '0', '2'],
        ],
        [
          'pm/undated.md',
          'file:///ws/pm/undated.md',
          ...['undated', 'Checkout errors', '–', '–', '7m', '–', '–', '3m', '–', '10m'],
          // And the title's missing date (PM005).
          ...['1', '0', '0', '0', '3'],
        ],
      ],
    );
    assert.equal(view.incidents.rows[2].cells[12].alert, true);
  });

  it('names the files left out by the workspace’s name for them', () => {
    assert.deepEqual(view.excluded, [{ label: 'pm/locked.md', reason: 'cannot be read: permission denied' }]);
  });

  it('carries the charts as given, and says what to do when there is no postmortem', () => {
    const charts = [{ id: 'incidents', title: 'Incidents per quarter', svg: '<svg/>' }];
    assert.deepEqual(insightsView(INSIGHTS, charts, context).charts, charts);
    const none = buildInsights([], { by: 'year', today: '2025-07-01' });
    assert.equal(insightsView(none, [], context).empty, NO_POSTMORTEMS);
    // While the workspace is still being read, nothing found yet is no reason to say there is nothing.
    assert.equal(insightsView(none, [], context, { done: 3, total: 40 }).empty, undefined);
  });
});
