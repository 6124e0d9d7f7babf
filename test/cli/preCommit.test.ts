// The pre-commit hook (.pre-commit-hooks.yaml), run as pre-commit runs it: what `npm pack` puts in
// the package it installs, the entry found on PATH through the package's bin link, and the staged
// files of the hook's type passed as arguments, in the repository's root.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import manifest from '../../package.json';
import { postmortem, rcWithRules } from '../support/core';
import { tempTree } from '../support/fixtures';
import { CLI } from './cliProcess';

const ROOT = join(__dirname, '..', '..');

interface Hook {
  id: string;
  name: string;
  description: string;
  entry: string;
  language: string;
  types?: string[];
  args?: string[];
  pass_filenames?: boolean;
}

const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'postmortem-lint');

/** The extensions identify tags `markdown`, which `types: [markdown]` selects. */
const MARKDOWN = /\.(md|markdown|mdown|mkdn|mkd)$/;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

/** A repository with one commit, then the given changes staged. */
function repository(committed: Record<string, string>, staged: Record<string, string>): string {
  const dir = tempTree(committed);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(
    dir,
    '-c',
    'user.name=t',
    '-c',
    'user.email=t@example.com',
    '-c',
    'commit.gpgsign=false',
    'commit',
    '-qm',
    'start',
  );
  for (const [path, text] of Object.entries(staged)) {
    writeFileSync(join(dir, path), text);
    git(dir, 'add', '--', path);
  }
  return dir;
}

/** What `npm install -g` of the package leaves on PATH: a link named after the bin to its file. */
function binFolder(): string {
  const bin = mkdtempSync(join(tmpdir(), 'postmortem-bin-'));
  const [name, target] = Object.entries(manifest.bin)[0];
  symlinkSync(join(ROOT, target), join(bin, name));
  return bin;
}

function runHook(repo: string) {
  assert.ok(hook);
  // Staged files as pre-commit lists them (added, copied, modified, renamed), of the hook's type.
  const staged = git(repo, 'diff', '--staged', '--name-only', '--diff-filter=ACMR', '-z')
    .split('\0')
    .filter((f) => f && MARKDOWN.test(f));
  const [command, ...entryArgs] = hook.entry.split(/\s+/);
  const r = spawnSync(command, [...entryArgs, ...(hook.args ?? []), ...staged], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PATH: `${binFolder()}${delimiter}${process.env.PATH}` },
  });
  return { staged, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const MISMATCH = postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 2h\n' });
const COMMITTED = {
  '.postmortemrc.json': rcWithRules({ 'figure-mismatch': 'error' }),
  'incidents/old.md': MISMATCH,
  'incidents/2024-03-05 checkout.md': postmortem(),
  'README.md': '# Project\n',
};

describe('the pre-commit hook', () => {
  it('is a node hook on markdown files, given their names', () => {
    assert.ok(hook, 'postmortem-lint is declared');
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.types, ['markdown']);
    assert.notEqual(hook.pass_filenames, false);
    assert.ok(hook.description.length > 20);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.match(readme, /^ {6}- id: postmortem-lint$/m, 'the README shows the hook by its id');
  });

  it('installs the built CLI: npm pack carries dist/cli.js (and the report’s threads and charts), built by prepack, linked as the entry', () => {
    assert.match(manifest.scripts.prepack, /^node scripts\/build\.mjs/);
    assert.equal(manifest.bin[hook?.entry as keyof typeof manifest.bin], './dist/cli.js');
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
    ) as { files: { path: string }[] }[];
    assert.deepEqual(packed[0].files.map((f) => f.path).sort(), [
      'LICENSE',
      'README.md',
      'dist/charts.mjs',
      'dist/cli.js',
      'dist/worker.js',
      'package.json',
    ]);
  });

  it('fails the commit on an error in a staged postmortem, and lints only what is staged', () => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
    const repo = repository(COMMITTED, {
      'incidents/2024-03-05 checkout.md': MISMATCH,
      'incidents/new one.md': postmortem(),
      'README.md': '# Project\n\nTODO: docs\n',
      'notes.txt': 'not markdown\n',
    });
    const r = runHook(repo);
    assert.deepEqual(r.staged, ['README.md', 'incidents/2024-03-05 checkout.md', 'incidents/new one.md']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stdout,
      /^incidents\/2024-03-05 checkout\.md:35:7 {2}error {2}MTTR says 2h.* {2}figure-mismatch\(PM203\)$/m,
    );
    assert.doesNotMatch(r.stdout, /old\.md/, 'a committed file that is not staged is not linted');
    assert.match(r.stdout, /^2 postmortems checked \(1 other markdown file skipped\): 1 error, 0 warnings, 0 notes$/m);
  });

  it('lets the commit through with warnings only', () => {
    const repo = repository(
      { ...COMMITTED, '.postmortemrc.json': rcWithRules() },
      { 'incidents/2024-03-05 checkout.md': MISMATCH },
    );
    const r = runHook(repo);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /warning {2}MTTR says 2h/);
    assert.match(r.stdout, /^1 postmortem checked: 0 errors, 1 warning, 0 notes$/m);
  });
});
