// Operands -> files: files as given, folders searched for markdown, globs expanded, duplicates once.
import assert from 'node:assert/strict';
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
    assert.deepEqual(resolveFiles(['pm'], dir), { files: ['pm/a.md', 'pm/b.markdown'], unmatched: [] });
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
    assert.deepEqual(resolveFiles(['missing.md', 'none/**/*.md', 'pm/a.md'], dir), { files: ['pm/a.md'], unmatched: ['missing.md', 'none/**/*.md'] });
  });
});
