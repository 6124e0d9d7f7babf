// Many edits sent without waiting, with hovers and completions in between: the server keeps up,
// loses no keystroke, and its final diagnostics equal those of a fresh open of the final text.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import { startServer } from '../support/lspClient';

const EDITS = 2000;

describe('stress', () => {
  it(`${EDITS} incremental edits without waiting, interleaved with hovers and completions`, async () => {
    const dir = tempTree({});
    const client = await startServer({ pullConfiguration: false, rootPath: dir });
    try {
      const uri = pathToFileURL(join(dir, 'incidents', 'live.md')).href;
      let doc = TextDocument.create(uri, 'markdown', 1, postmortem());
      const opened = client.nextDiagnostics(uri);
      client.open(uri, doc.getText(), 1);
      await opened;
      // A deterministic stream of typing: entries appended, figures rewritten, text deleted.
      let seed = 7;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const pending: Promise<unknown>[] = [];
      for (let v = 2; v <= EDITS + 1; v++) {
        const text = doc.getText();
        const at = Math.floor(random() * text.length);
        const choice = random();
        const change =
          choice < 0.6
            ? { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: ['a', ' ', '\n', '1', ':', '[', ']', '#'][Math.floor(random() * 8)] }
            : choice < 0.9
              ? { range: { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + 1)) }, text: '' }
              : { range: { start: doc.positionAt(text.length), end: doc.positionAt(text.length) }, text: `\n\n10:${String(v % 60).padStart(2, '0')} entry ${v}` };
        doc = TextDocument.update(doc, [change], v);
        client.change(uri, v, [change]);
        if (v % 100 === 0) {
          pending.push(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(at) }));
          pending.push(client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: doc.positionAt(at) }));
        }
      }
      const last = client.nextDiagnostics(uri, 60_000, EDITS + 1);
      await Promise.all(pending);
      const streamed = await last;
      // The same text opened fresh under another name must give the same findings.
      const fresh = pathToFileURL(join(dir, 'incidents', 'fresh.md')).href;
      const freshDiagnostics = client.nextDiagnostics(fresh);
      client.open(fresh, doc.getText(), 1);
      const expected = await freshDiagnostics;
      const strip = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, range: d.range, message: d.message }));
      assert.deepEqual(strip(streamed), strip(expected));
      assert.equal(await client.shutdown(), 0);
    } finally {
      if (client.process.exitCode === null) client.process.kill();
    }
  });
});
