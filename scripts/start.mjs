// `npm start`: the extension in a real editor on the example postmortems. A desktop VS Code
// (`code` on PATH) opens with the extension under development; otherwise the VS Code server
// (code-server, installed once into .vscode-test/) serves the workbench with the packaged
// extension, and the address to open in a browser is printed. Where neither can run, the
// command-line linter checks the same examples.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, ensureCodeServer, installExtension, ROOT, startCodeServer } from './code-server.mjs';

const examples = join(ROOT, 'examples');
const hasCode = spawnSync('which', ['code'], { stdio: 'ignore' }).status === 0;

if (hasCode) {
  console.log(`Opening VS Code with the extension on ${examples}`);
  process.exit(spawnSync('code', ['--extensionDevelopmentPath', ROOT, examples], { stdio: 'inherit' }).status ?? 0);
}

try {
  ensureCodeServer();
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'inherit' });
  const dir = join(CACHE, 'start');
  const profile = {
    dir,
    userDataDir: join(dir, 'user-data'),
    extensionsDir: join(dir, 'extensions'),
    xdg: join(dir, 'xdg'),
  };
  for (const d of [join(profile.userDataDir, 'User'), profile.extensionsDir, profile.xdg])
    mkdirSync(d, { recursive: true });
  installExtension(profile, join(ROOT, 'postmortem-markdown.vsix'));
  const server = await startCodeServer(profile);
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(
    `\nVS Code with the postmortem extension, on the example postmortems:\n\n  ${server.base}/?folder=${encodeURIComponent(examples)}\n\nOpen it in a browser (on this machine: it listens on 127.0.0.1 only). Ctrl+C stops it.`,
  );
  await new Promise(() => undefined);
} catch (error) {
  console.log(`No editor could be started here (${error instanceof Error ? error.message.split('\n')[0] : error}).`);
  console.log('Running the command-line linter on examples/ instead.\n');
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const r = spawnSync(process.execPath, [cli, examples], { stdio: 'inherit' });
  // Findings in the example with mistakes are the point of the demo, not a failure of `npm start`.
  process.exit(r.status === 2 ? 2 : 0);
}
