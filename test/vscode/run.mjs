// npm run test:vscode: the extension-host suite, launched the way @vscode/test-electron does.
// A desktop VS Code is used when one is given (VSCODE_EXECUTABLE); otherwise our launcher, which
// runs the same suite in the VS Code server (code-server) through headless Chromium.
import { join } from 'node:path';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { ROOT, ensureCodeServer, hasReference, prepareWorkspace } from '../../scripts/code-server.mjs';

const suite = join(ROOT, 'dist-test', 'vscode', 'suite.js');
await build({
  entryPoints: [join(ROOT, 'test', 'vscode', 'suite', 'index.ts')],
  outfile: suite,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

let workspace;
try {
  workspace = prepareWorkspace();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// VSCODE_DOWNLOAD=1 lets runTests download a desktop VS Code, where the network allows it.
const download = process.env.VSCODE_DOWNLOAD === '1';
const vscodeExecutablePath = download
  ? undefined
  : (process.env.VSCODE_EXECUTABLE ?? join(ROOT, 'test', 'vscode', 'launcher.mjs'));
if (!download && !process.env.VSCODE_EXECUTABLE) ensureCodeServer();
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suite,
    launchArgs: [workspace, '--disable-extensions'],
    extensionTestsEnv: { POSTMORTEM_REFERENCE: hasReference() ? '1' : '0' },
  });
} catch (error) {
  console.error(`extension-host tests failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
