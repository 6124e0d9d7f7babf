// What a person sees, through the real UI: the packaged .vsix installed into the VS Code server,
// the reference postmortem opened in headless Chromium, its squiggle and Problems entries, the
// MTTR hover, the inlay hints, and the Insert Timeline Entry command from the palette.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
// The harness is plain JavaScript shared with the launcher; its exports are typed by use here.
import {
  CACHE,
  CHROMIUM_ARGS,
  chromiumPath,
  ensureCodeServer,
  freshProfile,
  hasReference,
  installExtension,
  prepareWorkspace,
  REFERENCE_DIR,
  ROOT,
  startCodeServer,
} from '../../scripts/code-server.mjs';

const shots = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'images') : join(CACHE, 'screenshots');
mkdirSync(shots, { recursive: true });

const results: { name: string; error?: string; skipped?: boolean }[] = [];
let current: Page | undefined;
async function step(name: string, run: () => Promise<void>, needsReference = false): Promise<void> {
  const started = Date.now();
  if (needsReference && !hasReference()) {
    results.push({ name, skipped: true });
    console.log(`  - ${name}: skipped, ${REFERENCE_DIR} is absent`);
    return;
  }
  try {
    await run();
    results.push({ name });
    console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, error: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    console.log(`  ✖ ${name}: ${results[results.length - 1].error}`);
    await current?.screenshot({ path: join(CACHE, `failure-${results.length}.png`) }).catch(() => undefined);
  }
}

async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: 10_000 });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${name}")`, { timeout: 15_000 });
  await page.keyboard.press('Enter');
}

async function goToLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { timeout: 10_000 });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

async function main(): Promise<number> {
  ensureCodeServer();
  const vsix = join(ROOT, 'postmortem-markdown.vsix');
  if (!existsSync(vsix)) execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'inherit' });
  const profile = freshProfile('e2e');
  installExtension(profile, vsix);
  const workspace = prepareWorkspace();
  const server = await startCodeServer(profile);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    current = page;
    console.log('browser end-to-end test');
    await step('the workbench loads with the extension installed', async () => {
      await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}`);
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    });
    await step(
      'the reference postmortem opens and shows its warning squiggle',
      async () => {
        await openFile(page, '2019-02-06.md');
        await page.waitForSelector('.monaco-editor .view-lines:has-text("Incident Leader: Peter")', {
          timeout: 30_000,
        });
        await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60_000 });
        await page.screenshot({ path: join(shots, 'findings.png') });
      },
      true,
    );
    await step(
      'the Problems panel lists the findings',
      async () => {
        await page.keyboard.press('Control+Shift+M');
        await page.waitForSelector('.markers-panel .monaco-list-row:has-text("Replace the template text")', {
          timeout: 30_000,
        });
        await page.waitForSelector('.markers-panel .monaco-list-row:has-text("Approximate time")', { timeout: 30_000 });
        await page.screenshot({ path: join(shots, 'problems.png') });
        await page.keyboard.press('Control+Shift+M');
      },
      true,
    );
    await step(
      'the inlay hints are drawn after the stated figures',
      async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await goToLine(page, 76);
        await page.waitForSelector('.monaco-editor .view-line:has-text("MTTR: 1h35m")', { timeout: 15_000 });
        await page.waitForSelector('.monaco-editor .view-line:has-text("✓ 1h35m")', { timeout: 30_000 });
        await page.waitForSelector('.monaco-editor .view-line:has-text("✓ 2h52m")', { timeout: 30_000 });
        await page.screenshot({ path: join(shots, 'inlay-hints.png') });
      },
      true,
    );
    await step(
      'hovering MTTR explains it: 1h35m from 20:10 to 21:45',
      async () => {
        const line = page.locator('.monaco-editor .view-line', { hasText: 'MTTR: 1h35m' }).first();
        const hover = page.locator('.monaco-hover:has-text("time to resolve")');
        // A hover needs the pointer to arrive: leave the line first, and try again if the
        // workbench was busy; the keyboard's Show Hover is the last resort.
        for (let attempt = 0; attempt < 3 && !(await hover.isVisible()); attempt++) {
          await page.mouse.move(5, 5);
          await line.hover({ position: { x: 15 + attempt * 5, y: 8 } });
          await hover.waitFor({ timeout: 8_000 }).catch(() => undefined);
        }
        if (!(await hover.isVisible())) {
          await page.keyboard.press('Control+K');
          await page.keyboard.press('Control+I');
        }
        await hover.waitFor({ timeout: 15_000 });
        const text = await hover.innerText();
        if (!/1h35m/.test(text) || !/20:10/.test(text) || !/21:45/.test(text)) throw new Error(`hover says: ${text}`);
        // Let the hover finish fading in, so the picture is readable.
        await page.waitForTimeout(600);
        await page.screenshot({ path: join(shots, 'hover.png') });
        await page.keyboard.press('Escape');
      },
      true,
    );
    await step('Postmortem: Insert Timeline Entry from the command palette inserts a line', async () => {
      await openFile(page, 'checkout-errors.md');
      await page.waitForSelector('.monaco-editor .view-lines:has-text("Dana Whitfield")', { timeout: 30_000 });
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Shift+P');
      await page.waitForSelector('.quick-input-widget input', { timeout: 10_000 });
      await page.keyboard.type('Postmortem: Insert Timeline Entry');
      await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Insert Timeline Entry")', {
        timeout: 10_000,
      });
      await page.keyboard.press('Enter');
      const now = new Date();
      const hhmm = (d: Date) =>
        `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
      const times = [hhmm(now), hhmm(new Date(now.getTime() + 60_000))];
      // The entry goes in at its own place; type only once the cursor has moved there.
      await page.waitForSelector(
        `.monaco-editor .view-line:has-text("${times[0]}"), .monaco-editor .view-line:has-text("${times[1]}")`,
        { timeout: 15_000 },
      );
      await page.waitForTimeout(300);
      await page.keyboard.type('checked by the end-to-end test');
      // The elapsed-time inlay hint sits between the time and the text.
      await page
        .locator('.monaco-editor .view-line', {
          hasText: new RegExp(`(${times[0]}|${times[1]})[\\s\\S]*checked\\sby\\sthe\\send-to-end\\stest`),
        })
        .waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(shots, 'insert-entry.png') });
    });
    await step('Postmortem: Show Insights draws the charts and tables, and a click opens the incident', async () => {
      await page.keyboard.press('Control+Shift+P');
      await page.waitForSelector('.quick-input-widget input', { timeout: 10_000 });
      await page.keyboard.type('Postmortem: Show Insights');
      await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Show Insights")', { timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.tabs-container .tab.active:has-text("Postmortem Insights")', { timeout: 30_000 });
      // The webview's page sits in an iframe within the workbench's iframe.
      const outer = page.locator('iframe.webview.ready').last();
      const view = outer.contentFrame().locator('iframe#active-frame').contentFrame();
      const receipts = view.locator('#incidents a[data-row]', { hasText: 'Receipt uploads dropped' });
      await receipts.waitFor({ timeout: 60_000 });
      await view.locator('[aria-busy="false"]').waitFor({ timeout: 60_000 });
      const charts = view.locator('figure.chart.drawn svg');
      await charts.nth(3).waitFor({ timeout: 60_000 });
      const labels = await charts.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label')));
      if (labels.length !== 4 || labels[0] !== 'Incidents per quarter') throw new Error(`charts: ${labels.join('; ')}`);
      const summary = await view.locator('p.summary').innerText();
      if (!/^\d+ postmortems, /.test(summary)) throw new Error(`summary: ${summary}`);
      await page.waitForTimeout(300);
      await outer.screenshot({ path: join(shots, 'insights.png') });
      await receipts.click();
      await page.waitForSelector('.tabs-container .tab.active:has-text("receipt-uploads.md")', { timeout: 30_000 });
      await page.waitForSelector('.monaco-editor .view-lines:has-text("Receipt uploads dropped")', { timeout: 30_000 });
    });
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
  const failed = results.filter((r) => r.error).length;
  const skipped = results.filter((r) => r.skipped).length;
  console.log(`${results.length - failed - skipped} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
