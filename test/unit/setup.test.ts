// `npm test` and `npm start` set up their system packages before any long step: what they decide
// on machines described to them (nothing is installed or removed), and what they run and print.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, it } from 'node:test';
import type { Machine, Purpose, RunResult } from '../../scripts/system-packages.mjs';
import { onPath, planSetup, setUp } from '../../scripts/system-packages.mjs';
import { tempTree } from '../support/fixtures';
import manifest from '../../package.json';

const EVERYTHING = ['/usr/bin/chromium', '/usr/include/gssapi/gssapi.h'];

/** A machine with these commands on PATH and these files, as root or not. */
function machine(options: {
  root?: boolean;
  commands?: string[];
  files?: string[];
  env?: Record<string, string>;
  codeServer?: boolean;
}): Machine & { files: Set<string>; commands: Set<string> } {
  const files = new Set(options.files ?? EVERYTHING);
  const commands = new Set(options.commands ?? ['rg', 'apt-get']);
  return {
    isRoot: options.root ?? false,
    files,
    commands,
    onPath: (name) => commands.has(name),
    exists: (path) => files.has(path),
    env: options.env ?? {},
    codeServerInstalled: options.codeServer ?? false,
  };
}

/** Runs setUp with a fake runner; `install` says what a successful apt-get install puts on the machine. */
function runSetup(
  purpose: Purpose,
  m: ReturnType<typeof machine>,
  answer: (command: string, args: string[]) => RunResult = () => ({ status: 0, output: '' }),
  install: (m: ReturnType<typeof machine>) => void = () => undefined,
) {
  const ran: { command: string; args: string[]; env: Record<string, string> }[] = [];
  const logs: string[] = [];
  const status = setUp(purpose, {
    probe: () => m,
    run: (command, args, env) => {
      ran.push({ command, args, env });
      const result = answer(command, args);
      if (result.status === 0 && args[0] === 'install') install(m);
      return result;
    },
    log: (line) => logs.push(line),
  });
  return { status, ran, log: logs.join('\n') };
}

describe('setting up npm test and npm start', () => {
  it('everything present: goes on at once, runs nothing and says nothing', () => {
    for (const root of [true, false]) {
      const r = runSetup('test', machine({ root }));
      assert.deepEqual(r, { status: 0, ran: [], log: '' });
    }
    assert.deepEqual(planSetup('start', machine({})), { kind: 'ready' });
  });

  it('missing as root with apt-get: updates the lists and installs only what is missing, quietly, then goes on', () => {
    const m = machine({ root: true, files: ['/usr/include/gssapi/gssapi.h'] });
    const r = runSetup('test', m, undefined, (x) => x.files.add('/usr/bin/chromium'));
    assert.equal(r.status, 0, r.log);
    assert.deepEqual(
      r.ran.map((x) => [x.command, ...x.args]),
      [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
      ],
    );
    assert.ok(r.ran.every((x) => x.env.DEBIAN_FRONTEND === 'noninteractive'));
    assert.match(r.log, /installing chromium with apt-get/);
    assert.match(r.log, /chromium installed/);
  });

  it('everything missing as root: the three packages .ci/run used to install', () => {
    const plan = planSetup('test', machine({ root: true, commands: ['apt-get'], files: [] }));
    assert.equal(plan.kind, 'install');
    assert.deepEqual(plan.kind === 'install' && plan.packages, ['chromium', 'ripgrep', 'libkrb5-dev']);
  });

  it('missing without root: stops at once, running nothing, with the one sudo command', () => {
    const r = runSetup('test', machine({ root: false, commands: ['apt-get'], files: [] }));
    assert.equal(r.status, 1);
    assert.deepEqual(r.ran, []);
    assert.match(r.log, /npm test needs system packages that are missing here/);
    assert.match(r.log, /chromium +the headless browser.*\(looked for \/usr\/bin\/chromium\)/);
    assert.match(r.log, /^ {2}sudo apt-get install -y --no-install-recommends chromium ripgrep libkrb5-dev$/m);
  });

  it('without apt-get: the dnf command where there is dnf, otherwise the packages to look for', () => {
    const dnf = planSetup('test', machine({ commands: ['dnf', 'rg'], files: [] }));
    assert.ok(dnf.kind === 'stop' && dnf.message.includes('  sudo dnf install -y chromium krb5-devel\n'));
    const rootWithDnf = planSetup('test', machine({ root: true, commands: ['dnf', 'rg'], files: [] }));
    assert.ok(rootWithDnf.kind === 'stop' && rootWithDnf.message.includes('  dnf install -y chromium krb5-devel\n'));
    const none = planSetup('test', machine({ root: true, commands: [], files: ['/usr/bin/chromium'] }));
    assert.equal(none.kind, 'stop');
    assert.match(none.kind === 'stop' ? none.message : '', /ripgrep .*\n {2}libkrb5-dev .*\n\nInstall them with/);
  });

  it('code-server already installed: its build needs (ripgrep, Kerberos headers) are not asked for', () => {
    const m = machine({ commands: [], files: ['/usr/bin/chromium'], codeServer: true });
    assert.deepEqual(planSetup('test', m), { kind: 'ready' });
    assert.deepEqual(planSetup('start', m), { kind: 'ready' });
    const noChromium = planSetup('test', machine({ commands: ['apt-get'], files: [], codeServer: true }));
    assert.ok(noChromium.kind === 'stop' && /install -y --no-install-recommends chromium\n/.test(noChromium.message));
  });

  it('npm start needs no Chromium, and nothing at all with a desktop VS Code on PATH', () => {
    assert.deepEqual(planSetup('start', machine({ files: EVERYTHING.slice(1) })), { kind: 'ready' });
    assert.deepEqual(planSetup('start', machine({ commands: ['code'], files: [] })), { kind: 'ready' });
    const plan = planSetup('start', machine({ root: true, commands: ['apt-get'], files: [] }));
    assert.deepEqual(plan.kind === 'install' && plan.packages, ['ripgrep', 'libkrb5-dev']);
  });

  it('a CHROMIUM_PATH that does not exist is the user to fix, not a package to install', () => {
    const m = machine({ root: true, env: { CHROMIUM_PATH: '/opt/chrome/chrome' } });
    const r = runSetup('test', m);
    assert.equal(r.status, 1);
    assert.deepEqual(r.ran, []);
    assert.match(r.log, /CHROMIUM_PATH is \/opt\/chrome\/chrome, which does not exist/);
    m.files.add('/opt/chrome/chrome');
    assert.deepEqual(planSetup('test', m), { kind: 'ready' });
  });

  it('a failing apt-get stops the run with the end of its output, and installs nothing more', () => {
    const m = machine({ root: true, files: [], commands: ['apt-get'] });
    const r = runSetup('test', m, (_command, args) =>
      args[0] === 'update'
        ? { status: 100, output: 'E: Could not resolve deb.debian.org\n' }
        : { status: 0, output: '' },
    );
    assert.equal(r.status, 1);
    assert.equal(r.ran.length, 1);
    assert.match(r.log, /apt-get update -qq failed \(exit 100\):\nE: Could not resolve deb\.debian\.org/);
    assert.match(r.log, /Install chromium ripgrep libkrb5-dev by hand/);
  });

  it('an install that leaves something missing says what, and stops', () => {
    const m = machine({ root: true, files: ['/usr/include/gssapi/gssapi.h'] });
    const r = runSetup('test', m);
    assert.equal(r.status, 1);
    assert.match(r.log, /apt-get installed chromium, but these are still missing:\n {2}chromium/);
  });

  it('finds commands on PATH as a shell would: executable files only', () => {
    const dir = tempTree({ 'bin/tool': '#!/bin/sh\n', 'bin/notes': 'not a program\n' });
    chmodSync(join(dir, 'bin', 'tool'), 0o755);
    mkdirSync(join(dir, 'bin', 'folder'));
    writeFileSync(join(dir, 'bin', 'folder', 'x'), '');
    const path = ['/nonexistent', join(dir, 'bin')].join(delimiter);
    assert.equal(onPath('tool', path), true);
    assert.equal(onPath('notes', path), false);
    assert.equal(onPath('folder', path), false);
    assert.equal(onPath('missing', path), false);
    assert.equal(onPath('tool', ''), false);
  });

  it('runs first in npm test and npm start, before the build', () => {
    assert.match(manifest.scripts.test, /^node scripts\/setup\.mjs test && npm run build && /);
    assert.match(manifest.scripts.start, /^node scripts\/setup\.mjs start && npm run build && /);
  });
});
