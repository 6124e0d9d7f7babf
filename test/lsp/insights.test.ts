// `postmortem/insights` through the built server (issue 13, "In VS Code"): the report's numbers
// over the workspace's postmortems, hand-computed; the charts drawn as SVG by a thread that loads
// the charting code only when insights are first asked for; the client told when the numbers
// change, on disk or in an open document, and the numbers then the live ones.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import type { InsightsView } from '../../server/src/insights/render/viewTypes';
import { tempTree } from '../support/fixtures';
import { incidentText } from '../support/incidents';
import type { TestClient } from '../support/lspClient';
import { SERVER, startServer } from '../support/lspClient';

const FILES = {
  'docs/incidents/2025-01-10-checkout.md': incidentText({
    date: '2025-01-10',
    title: 'Checkout errors, EU',
    fields: { Severity: 'SEV2', Service: 'checkout' },
    mttd: 10,
    mttr: 30,
    actions: ['- [ ] Add a canary stage (owner: @dana, due 2025-02-01)', '- [x] Revert the push'],
  }),
  'docs/incidents/b.md': incidentText({ date: '2025-02-20', title: 'Search down', mttd: 20, mttr: 60 }),
  'docs/incidents/c.md': incidentText({ date: '2025-03-31', title: 'Login slow', mttd: 40 }),
  'docs/incidents/d.md': incidentText({
    date: '2025-04-01',
    title: 'DNS',
    mttd: 5,
    mttr: 15,
    fields: { Status: 'draft' },
  }),
  'docs/incidents/e.md': incidentText({ title: 'Undated', mttd: 7, mttr: 7 }),
  'docs/readme.md': '# Notes\n\nNot a postmortem.\n',
};

const texts = (cells: { text: string; note?: string }[]) =>
  cells.map((c) => (c.note ? `${c.text} (${c.note})` : c.text));

describe('the insights over the workspace', () => {
  const ws = tempTree(FILES);
  let client: TestClient;
  let notified = 0;
  const view = async (params: unknown = { by: 'quarter', today: '2025-07-01' }): Promise<InsightsView> => {
    for (;;) {
      const v = await client.connection.sendRequest<InsightsView>('postmortem/insights', params);
      if (v.reading === null && v.incidents.rows.length > 0) return v;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  before(async () => {
    client = await startServer({ pullConfiguration: true, rootPath: ws });
    client.connection.onNotification('postmortem/insightsChanged', () => notified++);
  });
  after(() => client.shutdown());

  it('keeps the charting code out of the server, its chart thread and the extension: dist/charts.mjs alone', () => {
    // vega's headless renderer, by the name of its function.
    const has = (bundle: string) => readFileSync(join(SERVER, '..', bundle), 'utf8').includes('renderHeadless');
    assert.ok(has('charts.mjs'));
    for (const bundle of ['server.js', 'chartWorker.js', 'client.js']) assert.ok(!has(bundle), bundle);
  });

  it('loads no charting code until insights are asked for', async () => {
    // The closed files' findings are published meanwhile: the scan ran without charts.
    const uri = pathToFileURL(join(ws, 'docs/incidents/d.md')).href;
    const live = client.nextDiagnostics(uri, 10_000, 1);
    client.open(uri, FILES['docs/incidents/d.md'], 1);
    await live;
    client.close(uri);
    assert.ok(!client.logs.some((l) => /charting code/.test(l.message)), JSON.stringify(client.logs));
    await view();
    assert.deepEqual(
      client.logs.filter((l) => /charting code/.test(l.message)).map((l) => l.message.replace(/\d+ ms/, 'N ms')),
      ['Insights: the charting code loaded in a worker thread in N ms.'],
    );
  });

  it('computes the periods by quarter: medians and 90th percentiles of the incidents that give each figure', async () => {
    const v = await view();
    assert.equal(v.summary, '5 postmortems, 2025-Q1 to 2025-Q2, by quarter. Action items as of 2025-07-01.');
    assert.deepEqual(
      v.periods.columns.map((c) => c.title),
      [
        'Quarter',
        'Incidents',
        'MTTD',
        'MTTA',
        'MTTM',
        'MTTR',
        'MTTDecl',
        'Duration',
        'Open actions',
        'Overdue',
        'Drafts',
      ],
    );
    assert.deepEqual(
      v.periods.rows.map((r) => texts(r)),
      [
        ['2025-Q1', '3', '20m / 36m (3)', '–', '–', '45m / 57m (2)', '–', '1h / 1h 16m (2)', '3', '1', '0'],
        ['2025-Q2', '1', '5m / 5m (1)', '–', '–', '15m / 15m (1)', '–', '20m / 20m (1)', '1', '0', '1'],
        ['undated', '1', '7m / 7m (1)', '–', '–', '7m / 7m (1)', '–', '14m / 14m (1)', '1', '0', '0'],
      ],
    );
    assert.equal(v.periods.rows[0][9].alert, true, 'overdue action items stand out');
    assert.equal(v.empty, undefined);
    assert.deepEqual(v.excluded, []);
  });

  it('lists the incidents newest first, the undated last, each with the file it opens', async () => {
    const v = await view();
    assert.deepEqual(
      v.incidents.rows.map((r) => [r.label, ...texts(r.cells).slice(0, 4), texts(r.cells)[7]]),
      [
        ['docs/incidents/d.md', '2025-04-01', 'DNS (draft)', '–', '–', '15m'],
        ['docs/incidents/c.md', '2025-03-31', 'Login slow', '–', '–', '–'],
        ['docs/incidents/b.md', '2025-02-20', 'Search down', '–', '–', '1h'],
        ['docs/incidents/2025-01-10-checkout.md', '2025-01-10', 'Checkout errors, EU', 'SEV2', 'checkout', '30m'],
        ['docs/incidents/e.md', 'undated', 'Undated', '–', '–', '7m'],
      ],
    );
    assert.deepEqual(
      v.incidents.rows.map((r) => r.uri),
      ['d', 'c', 'b', '2025-01-10-checkout', 'e'].map((n) => pathToFileURL(join(ws, 'docs/incidents', `${n}.md`)).href),
    );
    // Open 1, done 1, overdue 1 (due 2025-02-01, open on 2025-07-01).
    assert.deepEqual(texts(v.incidents.rows[3].cells).slice(10, 13), ['1', '1', '1']);
  });

  it('draws the four charts as SVG', async () => {
    const v = await view();
    assert.deepEqual(
      v.charts.map((c) => [c.id, c.title, c.svg?.startsWith('<svg') ?? c.problem]),
      [
        ['incidents', 'Incidents per quarter', true],
        ['mttd', 'Time to detect (MTTD) per quarter: median and p90', true],
        ['mttr', 'Time to repair (MTTR) per quarter: median and p90', true],
        ['actions', 'Action items still open, by the quarter of their incident', true],
      ],
    );
    // Bars for the incidents: one a dated period.
    assert.equal((v.charts[0].svg?.match(/role-mark marks/g) ?? []).length, 1);
    assert.match(v.charts[0].svg ?? '', /aria-roledescription="bar"/);
  });

  it('groups by month, and counts overdue against the day the client gives', async () => {
    const v = await view({ by: 'month', today: '2025-01-15' });
    assert.deepEqual(
      v.periods.rows.map((r) => [r[0].text, r[1].text, r[9].text]),
      [
        ['2025-01', '1', '0'],
        ['2025-02', '1', '0'],
        ['2025-03', '1', '0'],
        ['2025-04', '1', '0'],
        ['undated', '1', '0'],
      ],
    );
  });

  it('takes a period it does not know as quarters', async () => {
    const v = await view({ by: 'week', today: 'soon' });
    assert.equal(v.by, 'quarter');
    assert.match(v.today, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('tells the client when a file changes on disk, and counts it', async () => {
    notified = 0;
    const file = join(ws, 'docs/incidents/c.md');
    writeFileSync(file, incidentText({ date: '2025-03-31', title: 'Login slow', mttd: 40, mttr: 20 }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(file).href, type: FileChangeType.Changed }],
    });
    for (let i = 0; i < 200 && notified === 0; i++) await new Promise((r) => setTimeout(r, 25));
    assert.ok(notified > 0, 'postmortem/insightsChanged was sent');
    const v = await view();
    // MTTR over 30, 60 and 20 now: median 30, p90 54.
    assert.equal(v.periods.rows[0][5].text, '30m / 54m (3)');
  });

  it('counts an open document as the editor has it, and says so when it changes', async () => {
    const uri = pathToFileURL(join(ws, 'docs/incidents/d.md')).href;
    const opened = client.nextDiagnostics(uri, 10_000, 1);
    client.open(uri, FILES['docs/incidents/d.md'], 1);
    await opened;
    notified = 0;
    const edited = client.nextDiagnostics(uri, 10_000, 2);
    // The resolution moved from 09:20 to 09:50: MTTR 15m -> 45m, unsaved.
    const text = FILES['docs/incidents/d.md'];
    const line = text.split('\n').findIndex((l) => l.startsWith('09:20'));
    client.change(uri, 2, [{ range: { start: { line, character: 3 }, end: { line, character: 4 } }, text: '5' }]);
    await edited;
    for (let i = 0; i < 200 && notified === 0; i++) await new Promise((r) => setTimeout(r, 25));
    assert.ok(notified > 0, 'postmortem/insightsChanged was sent');
    const v = await view();
    assert.equal(v.periods.rows[1][5].text, '45m / 45m (1)');
    client.close(uri);
  });
});

describe('the insights with no workspace folder', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer({ pullConfiguration: true });
  });
  after(() => client.shutdown());

  it('say to open a folder', async () => {
    const v = await client.connection.sendRequest<InsightsView>('postmortem/insights', {
      by: 'year',
      today: '2025-01-01',
    });
    assert.equal(v.empty, 'Open a folder: the insights are computed over the postmortems in the workspace folders.');
    assert.deepEqual(v.incidents.rows, []);
  });
});
