// `npm run package` builds a .vsix with only what runs; anything else in it fails this test.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import yauzl from 'yauzl';

const root = join(__dirname, '..', '..');

function entries(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names.sort()));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('the packaged extension', () => {
  it('contains the bundles (the charts one and its thread apart), the insights view, manifest, grammar, snippets, schema, README, icon and licence, and nothing else', async () => {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'pipe' });
    const vsix = join(root, 'postmortem-markdown.vsix');
    const names = await entries(vsix);
    assert.deepEqual(names, [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/chartWorker.js',
      'extension/dist/charts.mjs',
      'extension/dist/client.js',
      'extension/dist/server.js',
      'extension/dist/webview/insights.css',
      'extension/dist/webview/insights.js',
      'extension/images/icon.png',
      'extension/package.json',
      'extension/readme.md',
      'extension/schemas/postmortemrc.schema.json',
      'extension/snippets/postmortem.code-snippets',
      'extension/syntaxes/postmortem.injection.tmLanguage.json',
    ]);
    const kb = statSync(vsix).size / 1024;
    console.log(`postmortem-markdown.vsix: ${names.length} entries, ${kb.toFixed(0)} KB`);
    // The charting code (dist/charts.mjs) is shipped for the insights view, whose server thread
    // (dist/chartWorker.js) loads it only when it draws; the webview's own files are a few KB.
    assert.ok(kb < 2048, 'the .vsix stays under 2 MB (issue 13): the bundles are minified');
  });
});
