// The HTML report as a reader sees it: written by the built CLI, opened in headless Chromium, its
// four charts drawn as SVG marks (bars per period, a median and a p90 line with a point per
// value), its tables and links there. UPDATE_SCREENSHOTS=1 refreshes docs/images/report.png.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { tempTree } from '../support/fixtures';
import type { IncidentSpec } from '../support/incidents';
import { incidentText } from '../support/incidents';
import { run } from './cliProcess';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A year of incidents, figures varying, some action items overdue: what a review meeting looks at. */
function year(): Record<string, string> {
  const files: Record<string, string> = {};
  const services = ['checkout', 'search', 'payments', 'login'];
  for (let i = 0; i < 14; i++) {
    const month = 1 + ((i * 5) % 12);
    const date = `2025-${String(month).padStart(2, '0')}-${String(3 + ((i * 7) % 25)).padStart(2, '0')}`;
    const spec: IncidentSpec = {
      date,
      title: `Incident ${i + 1}`,
      fields: { Severity: `SEV${1 + (i % 3)}`, Service: services[i % 4] },
      mttd: 5 + ((i * 37) % 90),
      mttr: i % 5 === 4 ? undefined : 20 + ((i * 53) % 200),
      actions: [
        `- [ ] Add an alert for case ${i} (owner: @sre, due 2025-${String(Math.min(12, month + 1)).padStart(2, '0')}-28)`,
        `- [${i % 2 ? 'x' : ' '}] Write the runbook for case ${i}`,
      ],
    };
    files[`postmortems/${date}-incident-${i + 1}.md`] = incidentText(spec);
  }
  files['notes/README.md'] = '# Our postmortems\n\nOne file per incident.\n';
  return files;
}

describe(
  'the HTML report in a browser',
  { skip: !existsSync(CHROMIUM) && `Chromium is missing at ${CHROMIUM}` },
  () => {
    let context: BrowserContext;
    let page: Page;
    let profile: string;
    const dir = tempTree(year());

    before(async () => {
      const r = run(
        ['report', 'postmortems', 'notes', '--format', 'html', '--today', '2025-12-15', '--out', 'reports/2025.html'],
        dir,
      );
      assert.equal(r.code, 0, r.stderr);
      profile = mkdtempSync(join(tmpdir(), 'postmortem-report-chromium-'));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu'],
        viewport: { width: 1280, height: 1000 },
      });
      page = await context.newPage();
      await page.goto(pathToFileURL(join(dir, 'reports', '2025.html')).href);
    });

    after(async () => {
      await context?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    it('draws the four charts as SVG with their marks', async () => {
      const marks = (chart: string, mark: string) =>
        page.locator(`#chart-${chart} svg g.mark-${mark}.role-mark > path`).count();
      // Four quarters: a bar each for incidents; two stacked bars each (open, overdue) for action items.
      assert.equal(await marks('incidents', 'rect'), 4);
      assert.equal(await marks('actions', 'rect'), 8);
      // A median and a p90 line, with a point for each value of each.
      assert.equal(await marks('mttd', 'line'), 2);
      assert.equal(await marks('mttd', 'symbol'), 8);
      assert.equal(await marks('mttr', 'line'), 2);
      assert.equal(await marks('mttr', 'symbol'), 8);
      for (const id of ['incidents', 'mttd', 'mttr', 'actions']) {
        const box = await page.locator(`#chart-${id} svg`).boundingBox();
        assert.ok(box && box.width > 300 && box.height > 150, `${id} is drawn at a readable size`);
      }
    });

    it('has the period and incident tables, linking each incident to its file', async () => {
      assert.equal(await page.locator('#periods tr').count(), 1 + 4);
      assert.equal(await page.locator('#incidents tr').count(), 1 + 14);
      const href = await page.locator('#incidents a').first().getAttribute('href');
      assert.match(href ?? '', /^\.\.\/postmortems\/2025-01-03-incident-1\.md$/);
      assert.ok(existsSync(join(dir, 'reports', href ?? '')));
      assert.equal(await page.locator('#excluded li').count(), 1);
    });

    it('saves a screenshot', async () => {
      const shots =
        process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'images') : mkdtempSync(join(tmpdir(), 'shots-'));
      mkdirSync(shots, { recursive: true });
      const path = join(shots, 'report.png');
      await page.screenshot({ path, fullPage: false });
      assert.ok(existsSync(path));
    });
  },
);
