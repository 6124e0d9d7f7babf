// Bundles the client, the server and the CLI into dist/ as CommonJS: VS Code loads extensions
// with require(), and remark is ESM-only, so esbuild is what lets the two meet.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // jsonc-parser's UMD entry requires files by computed paths that a bundle cannot follow.
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Some ESM dependencies read import.meta.url, which CommonJS output lacks: give them this file's URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
  }),
  // The lint's and the report's worker threads (cli/threads.ts), beside the CLI.
  build({ ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/worker.js' }),
  // The insights view's chart thread (chartThread.ts), beside the server: it loads dist/charts.mjs itself.
  build({ ...common, entryPoints: ['server/src/chartWorker.ts'], outfile: 'dist/chartWorker.js' }),
  // The charting code (vega, vega-lite), loaded by hosts with import() only when they draw a chart.
  // ESM, since vega awaits at its top level (for the optional `canvas` package, which is not bundled).
  build({
    ...common,
    entryPoints: ['server/src/charts/renderSvg.ts'],
    outfile: 'dist/charts.mjs',
    format: 'esm',
    external: ['canvas'],
    define: {},
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  }),
  // The insights view's script and stylesheet, run in the webview (a browser): loaded only when the view opens.
  build({
    entryPoints: ['client/webview/insights.ts', 'client/webview/insights.css'],
    outdir: 'dist/webview',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
  }),
]);
// The CLI is a program of its own (`./dist/cli.js`, or the bin npm links for pre-commit).
chmodSync('dist/cli.js', 0o755);
