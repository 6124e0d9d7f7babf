// npm run test:vscode: the extension-host suite, launched the way @vscode/test-electron does.
// A desktop VS Code is used when one is given (VSCODE_EXECUTABLE); otherwise our launcher, which
// runs the same suite in the VS Code server (code-server) through headless Chromium.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { CACHE, ROOT, ensureCodeServer } from '../../scripts/code-server.mjs';

const suite = join(ROOT, 'dist-test', 'vscode', 'suite.js');
await build({ entryPoints: [join(ROOT, 'test', 'vscode', 'suite', 'index.ts')], outfile: suite, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], logLevel: 'warning' });

// A workspace of its own: the examples, a README, and the reference postmortem with its template.
mkdirSync(join(CACHE, 'runs'), { recursive: true });
const workspace = mkdtempSync(join(CACHE, 'runs', 'workspace-'));
const incidents = join(workspace, 'incidents');
mkdirSync(incidents, { recursive: true });
const examples = join(ROOT, 'examples', 'postmortems');
const clean = readFileSync(join(examples, '2024-03-05-checkout-errors.md'), 'utf8');
writeFileSync(join(incidents, 'checkout-errors.md'), clean);
writeFileSync(join(incidents, 'wrong-figure.md'), clean.replace('MTTR: 28m', 'MTTR: 2h'));
writeFileSync(join(workspace, 'README.md'), '# A project\n\nTODO: write the docs.\n\n## Install\n\nnpm ci\n');
const shared = join(ROOT, '..', 'shared', 'design');
try {
  cpSync(join(shared, 'example-2019-02-06.md'), join(incidents, '2019-02-06.md'));
  cpSync(join(shared, '.post-mortem-template.md'), join(incidents, '.post-mortem-template.md'));
} catch {
  console.error(`test:vscode needs the reference postmortem in ${shared}`);
  process.exit(1);
}

const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE ?? join(ROOT, 'test', 'vscode', 'launcher.mjs');
if (!process.env.VSCODE_EXECUTABLE) ensureCodeServer();
try {
  await runTests({ vscodeExecutablePath, extensionDevelopmentPath: ROOT, extensionTestsPath: suite, launchArgs: [workspace, '--disable-extensions'] });
} catch (error) {
  console.error(`extension-host tests failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
