// The CLI follows no symlink out of the folders it was given: what leads outside is neither linted nor
// written (and named on stderr), links that stay inside are linted once, loops end.
import assert from 'node:assert/strict';
import { lstatSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { FileReport } from '../../server/src/cli/report';
import { tempTree } from '../support/fixtures';
import { MARKED, run } from './cliProcess';

const BROKEN = MARKED.replace('MTTR: 45m', 'MTTR: 2h');

function setup() {
  const work = tempTree({ 'incidents/a.md': BROKEN, 'incidents/sub/b.md': BROKEN });
  const away = tempTree({ 'secret.md': BROKEN, 'dir/c.md': BROKEN });
  const link = (target: string, name: string) => symlinkSync(target, join(work, 'incidents', name));
  link(join(away, 'secret.md'), 'evil.md');
  link(join(away, 'dir'), 'shared');
  link('a.md', 'alias.md');
  link('.', 'loop');
  link('..', 'up');
  link('ping.md', 'pong.md');
  link('pong.md', 'ping.md');
  const real = (path: string) => realpathSync.native(path);
  const note = (link: string, target: string) =>
    `incidents/${link}: skipped: a symlink to ${real(target)}, outside the folders given`;
  const unchanged = (path: string) =>
    assert.equal(readFileSync(join(away, path), 'utf8'), BROKEN, `${path} is untouched`);
  return { work, away, note, unchanged, text: (path: string) => readFileSync(join(work, path), 'utf8') };
}

const files = (stdout: string) => (JSON.parse(stdout) as FileReport[]).map((r) => r.file);

describe('symlinks', () => {
  it('--fix on a folder fixes its own files once and nothing a link leads to outside', () => {
    const { work, away, note, unchanged, text } = setup();
    const r = run(['--fix', '--format', 'json', 'incidents'], work, { timeout: 30_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(files(r.stdout), ['incidents/a.md', 'incidents/sub/b.md']);
    assert.equal(text('incidents/a.md'), MARKED);
    assert.equal(text('incidents/sub/b.md'), MARKED);
    unchanged('secret.md');
    unchanged('dir/c.md');
    assert.ok(
      lstatSync(join(work, 'incidents/evil.md')).isSymbolicLink() &&
        lstatSync(join(work, 'incidents/alias.md')).isSymbolicLink(),
    );
    const broken = (link: string) => `incidents/${link}: skipped: a broken symlink`;
    assert.deepEqual(r.stderr.split('\n'), [
      note('evil.md', join(away, 'secret.md')),
      broken('ping.md'),
      broken('pong.md'),
      note('shared', join(away, 'dir')),
      note('up', work),
      '',
    ]);
  });

  it('names skipped links on stderr in the text format too, keeping stdout for findings', () => {
    const { work, away, note } = setup();
    const r = run(['incidents/*.md'], work);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`^${escape(note('evil.md', join(away, 'secret.md')))}$`, 'm'));
    assert.doesNotMatch(r.stdout, /evil|symlink/);
    assert.match(r.stdout, /^1 postmortem checked: 0 errors, /m);
  });

  it('follows a link into another folder given, linting its file once, by its own name', () => {
    const { work, away, unchanged } = setup();
    const r = run(['--fix', '--format', 'json', 'incidents', join(away, 'dir')], work);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(files(r.stdout), ['incidents/a.md', 'incidents/sub/b.md', join(away, 'dir/c.md')]);
    assert.equal(readFileSync(join(away, 'dir/c.md'), 'utf8'), MARKED);
    unchanged('secret.md');
    assert.doesNotMatch(
      r.stderr,
      /incidents\/shared/,
      'the linked folder is inside now, and searched by its real path',
    );
  });

  it('lints a link named outright, but writes through it only inside its own folder', () => {
    const { work, away, unchanged, text } = setup();
    const lint = run(['--format', 'json', 'incidents/evil.md'], work);
    assert.equal(lint.code, 0, lint.stderr);
    assert.deepEqual(files(lint.stdout), ['incidents/evil.md']);

    const fix = run(['--fix', '--format', 'json', 'incidents/evil.md', 'incidents/alias.md'], work);
    assert.equal(fix.code, 0, 'a refusal by design is no failure');
    const [evil] = JSON.parse(fix.stdout) as FileReport[];
    assert.deepEqual(
      evil.findings.filter((f) => f.name === 'figure-mismatch').map((f) => f.message),
      ['MTTR says 2h but the timeline says 45m (from 10:20 (detected) to 11:05 (resolved)).'],
      'the report shows what is left to fix by hand',
    );
    const target = realpathSync.native(join(away, 'secret.md'));
    assert.equal(fix.stderr, `incidents/evil.md: not fixed: it is a symlink to ${target}, outside the folders given\n`);
    unchanged('secret.md');
    assert.equal(text('incidents/a.md'), MARKED, 'alias.md leads to a.md, beside it');
    assert.ok(lstatSync(join(work, 'incidents/alias.md')).isSymbolicLink());
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
