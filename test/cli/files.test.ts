// Operands -> files: files as given, folders searched for markdown, globs expanded, duplicates once.
import assert from 'node:assert/strict';
import { realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { resolveFiles } from '../../server/src/cli/files';
import { tempTree } from '../support/fixtures';

describe('resolveFiles', () => {
  const dir = tempTree({
    'pm/b.markdown': '',
    'pm/a.md': '',
    'pm/notes.txt': '',
    'pm/node_modules/x.md': '',
    'pm/.git/y.md': '',
    'other/c.md': '',
  });

  it('searches a folder for *.md and *.markdown, skipping node_modules and .git', () => {
    assert.deepEqual(resolveFiles(['pm'], dir).files, ['pm/a.md', 'pm/b.markdown']);
    assert.deepEqual(resolveFiles(['./pm/'], dir).files, ['pm/a.md', 'pm/b.markdown']);
  });

  it('expands globs to markdown files only, and never into node_modules unless named', () => {
    assert.deepEqual(resolveFiles(['**/*'], dir).files, ['other/c.md', 'pm/a.md', 'pm/b.markdown']);
    assert.deepEqual(resolveFiles(['pm/node_modules/*.md'], dir).files, ['pm/node_modules/x.md']);
  });

  it('keeps a named file as given, whatever its extension', () => {
    assert.deepEqual(resolveFiles(['pm/notes.txt'], dir).files, ['pm/notes.txt']);
  });

  it('keeps absolute operands absolute', () => {
    assert.deepEqual(resolveFiles([join(dir, 'other') + '/*.md'], '/').files, [join(dir, 'other/c.md')]);
  });

  it('lists each file once, in operand order', () => {
    assert.deepEqual(resolveFiles(['pm/b.markdown', 'pm', '**/a.md'], dir).files, ['pm/b.markdown', 'pm/a.md']);
  });

  it('reports operands that match nothing', () => {
    const r = resolveFiles(['missing.md', 'none/**/*.md', 'pm/a.md'], dir);
    assert.deepEqual([r.files, r.unmatched], [['pm/a.md'], ['missing.md', 'none/**/*.md']]);
  });
});

describe('resolveFiles and symlinks', () => {
  const work = tempTree({ 'pm/a.md': '', 'pm/sub/b.md': '', 'pm/node_modules/vendored.md': '' });
  const away = tempTree({ 'secret.md': '', 'dir/c.md': '' });
  const link = (target: string, name: string) => symlinkSync(target, join(work, 'pm', name));
  link(join(away, 'secret.md'), 'evil.md');
  link(join(away, 'dir'), 'shared');
  link('a.md', 'alias.md');
  link('sub/b.md', 'b-alias.md');
  link('node_modules/vendored.md', 'vendored.md');
  link('.', 'self');
  link('..', 'up');
  link('nowhere.md', 'gone.md');
  link('loop2.md', 'loop1.md');
  link('loop1.md', 'loop2.md');
  link(away, '.hidden');
  symlinkSync('pm', join(work, 'linked'));
  const real = (path: string) => realpathSync.native(path);
  const outside = (path: string, target: string | null) => ({ path, target });

  it(
    'follows no link out of the folder, enters no folder link, lists a file once under its own name',
    { timeout: 5000 },
    () => {
      assert.deepEqual(resolveFiles(['pm'], work), {
        files: ['pm/a.md', 'pm/sub/b.md', 'pm/vendored.md'],
        unmatched: [],
        skipped: [
          outside('pm/evil.md', real(join(away, 'secret.md'))),
          outside('pm/gone.md', null),
          outside('pm/loop1.md', null),
          outside('pm/loop2.md', null),
          outside('pm/shared', real(join(away, 'dir'))),
          outside('pm/up', real(work)),
        ],
        unreadable: [],
        roots: [real(join(work, 'pm'))],
      });
    },
  );

  it('lets a link into another folder given, where the file is listed by its own name', () => {
    const r = resolveFiles(['pm', away], work);
    assert.deepEqual(r.files, [
      'pm/a.md',
      'pm/sub/b.md',
      'pm/vendored.md',
      join(away, 'dir/c.md'),
      join(away, 'secret.md'),
    ]);
    assert.deepEqual(
      r.skipped.map((s) => s.path),
      ['pm/gone.md', 'pm/loop1.md', 'pm/loop2.md', 'pm/up'],
    );
    assert.deepEqual(r.roots, [real(join(work, 'pm')), real(away)]);
  });

  it('bounds a glob by the folder before its first wildcard', () => {
    const one = resolveFiles(['pm/*.md'], work);
    assert.deepEqual(
      one.files,
      ['pm/a.md', 'pm/b-alias.md', 'pm/vendored.md'],
      'sub/b.md is not matched, so its link is listed',
    );
    assert.deepEqual(
      one.skipped.map((s) => s.path),
      ['pm/evil.md', 'pm/gone.md', 'pm/loop1.md', 'pm/loop2.md'],
      'folder links a glob would not enter go unmentioned',
    );
    const all = resolveFiles(['**/*.md'], work);
    assert.deepEqual(
      all.files,
      ['pm/a.md', 'pm/sub/b.md', 'pm/vendored.md'],
      'the linked folder is not searched twice',
    );
    assert.deepEqual(
      all.skipped.map((s) => s.path),
      ['pm/evil.md', 'pm/gone.md', 'pm/loop1.md', 'pm/loop2.md', 'pm/shared'],
    );
  });

  it('reads a link named outright, and a linked folder named outright is searched at its target', () => {
    assert.deepEqual(resolveFiles(['pm/evil.md'], work), {
      files: ['pm/evil.md'],
      unmatched: [],
      skipped: [],
      unreadable: [],
      roots: [real(join(work, 'pm'))],
    });
    const r = resolveFiles(['linked'], work);
    assert.deepEqual(r.files, ['linked/a.md', 'linked/sub/b.md', 'linked/vendored.md']);
    assert.deepEqual(r.roots, [real(join(work, 'pm'))]);
  });

  it('reports an operand whose only files are links leading outside as matching nothing', () => {
    const lonely = tempTree({});
    symlinkSync(join(away, 'secret.md'), join(lonely, 'x.md'));
    assert.deepEqual(resolveFiles(['.'], lonely), {
      files: [],
      unmatched: ['.'],
      skipped: [outside('x.md', real(join(away, 'secret.md')))],
      unreadable: [],
      roots: [real(lonely)],
    });
    const glob = resolveFiles(['pm/e*.md'], work);
    assert.deepEqual([glob.files, glob.unmatched, glob.skipped.map((s) => s.path)], [[], ['pm/e*.md'], ['pm/evil.md']]);
  });
});
