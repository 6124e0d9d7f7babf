// A real VS Code, offline: the open-source workbench served by code-server 4.100.3 (the newest
// that runs on Node 20), installed outside the project's dependencies into .vscode-test/.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = join(ROOT, '.vscode-test');
const VERSION = '4.100.3';
const INSTALL = join(CACHE, `code-server-${VERSION}`);
export const CODE_SERVER = join(INSTALL, 'node_modules', '.bin', 'code-server');

// npm blocks dependency install scripts unless allowed; these build or fetch code-server's natives.
const ALLOW_SCRIPTS = [
  'code-server',
  'argon2',
  'kerberos',
  '@vscode/ripgrep',
  'node-pty',
  '@vscode/spdlog',
  '@parcel/watcher',
  '@vscode/sqlite3',
  '@vscode/deviceid',
  '@vscode/policy-watcher',
  '@vscode/native-watchdog',
  '@vscode/windows-registry',
];

/** @vscode/ripgrep downloads rg from GitHub at install; give it Debian's rg from its cache instead. */
function seedRipgrepCache() {
  const cache = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(archive)) return;
  let rg;
  try {
    rg = execFileSync('which', ['rg'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'ripgrep is missing: apt-get install ripgrep (code-server needs it, and cannot download it offline)',
    );
  }
  mkdirSync(cache, { recursive: true });
  execFileSync('tar', ['czf', archive, '-C', dirname(rg), 'rg']);
}

export function ensureCodeServer() {
  if (existsSync(CODE_SERVER)) return CODE_SERVER;
  console.log(`Installing code-server ${VERSION} into ${INSTALL} (once; a few minutes)...`);
  seedRipgrepCache();
  mkdirSync(INSTALL, { recursive: true });
  writeFileSync(
    join(INSTALL, 'package.json'),
    JSON.stringify({ private: true, allowScripts: Object.fromEntries(ALLOW_SCRIPTS.map((p) => [p, true])) }, null, 2),
  );
  execFileSync('npm', ['install', `code-server@${VERSION}`, '--no-audit', '--no-fund', '--no-save'], {
    cwd: INSTALL,
    stdio: 'inherit',
    env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
  });
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server did not install into ${INSTALL}`);
  return CODE_SERVER;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Fresh user data, extensions and config folders per run, under the cache folder. */
export function freshProfile(name) {
  mkdirSync(join(CACHE, 'runs'), { recursive: true });
  const dir = mkdtempSync(join(CACHE, 'runs', `${name}-`));
  const profile = {
    dir,
    userDataDir: join(dir, 'user-data'),
    extensionsDir: join(dir, 'extensions'),
    xdg: join(dir, 'xdg'),
  };
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  mkdirSync(profile.xdg, { recursive: true });
  writeFileSync(
    join(profile.userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'workbench.tips.enabled': false,
        'editor.inlayHints.enabled': 'on',
        'git.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
        'workbench.enableExperiments': false,
      },
      null,
      2,
    ),
  );
  return profile;
}

function env(profile) {
  return { ...process.env, XDG_CONFIG_HOME: profile.xdg, XDG_DATA_HOME: join(profile.xdg, 'data') };
}

export function installExtension(profile, vsix) {
  execFileSync(
    CODE_SERVER,
    ['--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--install-extension', vsix],
    { stdio: 'pipe', env: env(profile) },
  );
}

/** Starts code-server on a free loopback port; `stop()` kills its whole process group. */
export async function startCodeServer(profile) {
  const port = await freePort();
  const child = spawn(
    CODE_SERVER,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir',
      profile.userDataDir,
      '--extensions-dir',
      profile.extensionsDir,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: env(profile) },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`code-server exited: ${log}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { port, base, stop, log: () => log };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`code-server did not answer on ${base}/healthz within 60 s: ${log}`);
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`Chromium is missing at ${path}: apt-get install chromium (or set CHROMIUM_PATH)`);
  return path;
}

/** The reference postmortem lives in ../shared, beside the repository; tests that need it say so when it is absent. */
export const REFERENCE_DIR = join(ROOT, '..', 'shared', 'design');
export const hasReference = () => existsSync(join(REFERENCE_DIR, 'example-2019-02-06.md'));

/** A workspace of its own for each run: the examples, a README, and the reference postmortem with its template. */
export function prepareWorkspace() {
  mkdirSync(join(CACHE, 'runs'), { recursive: true });
  const workspace = mkdtempSync(join(CACHE, 'runs', 'workspace-'));
  const incidents = join(workspace, 'incidents');
  mkdirSync(incidents, { recursive: true });
  const clean = readFileSync(join(ROOT, 'examples', 'postmortems', '2024-03-05-checkout-errors.md'), 'utf8');
  writeFileSync(join(incidents, 'checkout-errors.md'), clean);
  writeFileSync(join(incidents, 'wrong-figure.md'), clean.replace('MTTR: 28m', 'MTTR: 2h'));
  // The reference's shape, written for this project: the headline behaviour without ../shared.
  cpSync(
    join(ROOT, 'examples', 'postmortems', '2024-08-14-receipt-uploads-dropped.md'),
    join(incidents, 'receipt-uploads.md'),
  );
  writeFileSync(join(workspace, 'README.md'), '# A project\n\nTODO: write the docs.\n\n## Install\n\nnpm ci\n');
  if (hasReference()) {
    cpSync(join(REFERENCE_DIR, 'example-2019-02-06.md'), join(incidents, '2019-02-06.md'));
    cpSync(join(REFERENCE_DIR, '.post-mortem-template.md'), join(incidents, '.post-mortem-template.md'));
  } else {
    console.log(`${REFERENCE_DIR} is absent: the tests on the reference postmortem are skipped`);
  }
  return workspace;
}
