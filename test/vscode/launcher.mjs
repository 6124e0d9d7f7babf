#!/usr/bin/env node
// The "VS Code executable" that @vscode/test-electron's runTests launches when no desktop VS Code
// can be had: it starts the VS Code server (code-server), opens the workbench in headless Chromium
// with extensionDevelopmentPath and extensionTestsPath in the page's `payload`, and exits with the
// code the extension host reports through codeAutomationExit.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  chromiumPath,
  ensureCodeServer,
  freshProfile,
  startCodeServer,
} from '../../scripts/code-server.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const devPath = option('extensionDevelopmentPath');
const testsPath = option('extensionTestsPath');
const folder = resolve(args.filter((a) => !a.startsWith('-')).pop() ?? process.cwd());
if (!devPath || !testsPath) {
  console.error('launcher: --extensionDevelopmentPath= and --extensionTestsPath= are required');
  process.exit(2);
}
const TIMEOUT_MS = Number(process.env.POSTMORTEM_VSCODE_TIMEOUT_MS ?? 180_000);

ensureCodeServer();
const profile = freshProfile('host');
const server = await startCodeServer(profile);
let browser;
let code = 1;
try {
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  let exit;
  const exited = new Promise((r) => (exit = r));
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const text = (logArgs ?? []).map(String).join(' ');
    // The suite's closing line stands alone so CI can see that tests ran.
    if (/^\d+ passed, \d+ failed(, \d+ skipped)?$/.test(text.trim())) console.log(text.trim());
    else console.log(`[extension host ${type}] ${text}`);
  });
  await page.exposeFunction('codeAutomationExit', (c) => exit(c));
  page.on('pageerror', (e) => console.log(`[workbench error] ${e.message}`));
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${resolve(p)}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(devPath)],
    ['extensionTestsPath', remote(testsPath)],
  ]);
  await page.goto(`${server.base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
  const result = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT_MS))]);
  if (result === 'timeout') console.error(`launcher: the extension host did not finish within ${TIMEOUT_MS / 1000} s`);
  code = result === 0 ? 0 : 1;
} catch (error) {
  console.error(`launcher: ${error instanceof Error ? error.message : error}`);
} finally {
  await browser?.close().catch(() => undefined);
  server.stop();
}
process.exit(code);
