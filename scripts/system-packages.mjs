// The system packages `npm test` and `npm start` need beyond node_modules, and what to do when
// some are missing: as root with apt-get, install them quietly; anywhere else, stop at once with
// the one command that installs them. Decisions are made on a description of the machine, so
// tests can ask about any machine without installing or removing anything.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where code-server's native build looks for the Kerberos GSSAPI headers. */
const KERBEROS_HEADERS = ['/usr/include/gssapi/gssapi.h', '/usr/local/include/gssapi/gssapi.h'];
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Each need: why it is needed, how to see that it is there, and its package name per package
 * manager (apt-get is the one that installs by itself; dnf is only named in the advice).
 */
export const NEEDS = {
  chromium: {
    why: 'the headless browser the VS Code tests run the workbench in',
    present: (machine) => machine.exists(chromiumPathOf(machine)),
    packages: { 'apt-get': 'chromium', dnf: 'chromium' },
  },
  ripgrep: {
    why: "code-server's install, which cannot download its rg offline",
    present: (machine) => machine.onPath('rg'),
    packages: { 'apt-get': 'ripgrep', dnf: 'ripgrep' },
  },
  kerberos: {
    why: "the Kerberos headers code-server's install compiles against",
    present: (machine) => KERBEROS_HEADERS.some((path) => machine.exists(path)),
    packages: { 'apt-get': 'libkrb5-dev', dnf: 'krb5-devel' },
  },
};

export function chromiumPathOf(machine) {
  return machine.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** What a purpose needs on this machine: code-server's install needs are gone once it is installed. */
export function needsFor(purpose, machine) {
  const codeServer = machine.codeServerInstalled ? [] : ['ripgrep', 'kerberos'];
  if (purpose === 'test') return ['chromium', ...codeServer];
  // A desktop VS Code on PATH is what `npm start` opens then; nothing else is needed.
  if (purpose === 'start') return machine.onPath('code') ? [] : codeServer;
  throw new Error(`unknown purpose "${purpose}": use test or start`);
}

export function missingFor(purpose, machine) {
  return needsFor(purpose, machine).filter((name) => !NEEDS[name].present(machine));
}

function packagesFor(manager, missing) {
  return missing.map((name) => NEEDS[name].packages[manager]);
}

function table(missing, machine) {
  const width = Math.max(...missing.map((name) => NEEDS[name].packages['apt-get'].length));
  return missing
    .map((name) => {
      const where = name === 'chromium' ? ` (looked for ${chromiumPathOf(machine)})` : '';
      return `  ${NEEDS[name].packages['apt-get'].padEnd(width)}  ${NEEDS[name].why}${where}`;
    })
    .join('\n');
}

/** The one command that installs what is missing here, or undefined when no known package manager is. */
export function installCommand(missing, machine) {
  const sudo = machine.isRoot ? '' : 'sudo ';
  if (machine.onPath('apt-get'))
    return `${sudo}apt-get install -y --no-install-recommends ${packagesFor('apt-get', missing).join(' ')}`;
  if (machine.onPath('dnf')) return `${sudo}dnf install -y ${packagesFor('dnf', missing).join(' ')}`;
  return undefined;
}

/**
 * What to do before `npm <purpose>`'s first long step:
 * - `{ kind: 'ready' }`: everything is there;
 * - `{ kind: 'install', packages, commands }`: root with apt-get; run these, quietly;
 * - `{ kind: 'stop', message }`: say this and exit, before anything slow.
 */
export function planSetup(purpose, machine) {
  const missing = missingFor(purpose, machine);
  if (missing.length === 0) return { kind: 'ready' };
  const intro = `npm ${purpose} needs system packages that are missing here:\n${table(missing, machine)}\n`;
  // A Chromium named explicitly is the user's choice: no package puts one at an arbitrary path.
  if (missing.includes('chromium') && machine.env.CHROMIUM_PATH)
    return {
      kind: 'stop',
      message: `${intro}\nCHROMIUM_PATH is ${machine.env.CHROMIUM_PATH}, which does not exist: point it at a Chromium or Chrome binary, or unset it to use ${DEFAULT_CHROMIUM}.`,
    };
  if (machine.isRoot && machine.onPath('apt-get')) {
    const packages = packagesFor('apt-get', missing);
    return {
      kind: 'install',
      packages,
      commands: [
        ['apt-get', ['update', '-qq']],
        ['apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]],
      ],
    };
  }
  const command = installCommand(missing, machine);
  const message = command
    ? `${intro}\nRun this, then npm ${purpose} again:\n\n  ${command}\n`
    : `${intro}\nInstall them with this system's package manager (the names above are Debian's), then run npm ${purpose} again.${missing.includes('chromium') ? ' A Chromium elsewhere can be named with CHROMIUM_PATH.' : ''}\n`;
  return { kind: 'stop', message };
}

/**
 * Carries the plan out. `probe()` describes the machine (asked again after installing),
 * `run(command, args, env)` runs one command and returns `{ status, output }`, `log` prints.
 * Returns the exit status for the caller: 0 to go on, 1 to stop.
 */
export function setUp(purpose, { probe, run, log }) {
  const plan = planSetup(purpose, probe());
  if (plan.kind === 'ready') return 0;
  if (plan.kind === 'stop') {
    log(plan.message);
    return 1;
  }
  log(`npm ${purpose}: installing ${plan.packages.join(', ')} with apt-get (once)...`);
  for (const [command, args] of plan.commands) {
    const result = run(command, args, { DEBIAN_FRONTEND: 'noninteractive' });
    if (result.status !== 0) {
      const tail = result.output.trim().split('\n').slice(-15).join('\n');
      log(
        `${command} ${args.join(' ')} failed (exit ${result.status}):\n${tail}\n\nInstall ${plan.packages.join(' ')} by hand, then run npm ${purpose} again.`,
      );
      return 1;
    }
  }
  const after = probe();
  const still = missingFor(purpose, after);
  if (still.length) {
    log(
      `apt-get installed ${plan.packages.join(' ')}, but these are still missing:\n${table(still, after)}\nInstall them by hand, then run npm ${purpose} again.`,
    );
    return 1;
  }
  log(`npm ${purpose}: ${plan.packages.join(', ')} installed.`);
  return 0;
}

/** An executable file of that name in a PATH folder, found without starting a shell. */
export function onPath(name, path = process.env.PATH ?? '') {
  return path
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        const file = join(dir, name);
        accessSync(file, constants.X_OK);
        return statSync(file).isFile();
      } catch {
        return false;
      }
    });
}

/** This machine, described the way planSetup reads machines. */
export function thisMachine(codeServerPath) {
  return {
    isRoot: process.getuid?.() === 0,
    onPath: (name) => onPath(name),
    exists: (path) => existsSync(path),
    env: process.env,
    codeServerInstalled: existsSync(codeServerPath),
  };
}
