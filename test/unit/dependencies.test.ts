// micromark 4.0.3 copies the whole event array when closing each list or blockquote, which makes
// long timelines about five times slower; package.json pins 4.0.2 through `overrides`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');

describe('pinned dependencies', () => {
  it('resolves micromark 4.0.2 everywhere, as package.json overrides say', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      overrides?: Record<string, string>;
    };
    assert.equal(manifest.overrides?.micromark, '4.0.2');
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    const versions = Object.entries(lock.packages).filter(([path]) => path.endsWith('node_modules/micromark'));
    assert.ok(versions.length > 0, 'micromark is in the lock file');
    for (const [path, info] of versions) assert.equal(info.version, '4.0.2', path);
    const installed = JSON.parse(readFileSync(join(root, 'node_modules', 'micromark', 'package.json'), 'utf8')) as {
      version: string;
    };
    assert.equal(installed.version, '4.0.2');
  });
});
