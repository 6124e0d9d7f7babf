// Many edits sent without waiting, with hovers and completions in between: the server keeps up,
// loses no keystroke, its final diagnostics equal those of a fresh open of the final text, and
// the memory the documents took is given back once they close.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generatePostmortem } from '../../bench/generate';
import { tempTree } from '../support/fixtures';
import { startServer } from '../support/lspClient';
import type { MemoryUsageResult } from '../../server/src/protocol';
import { MEMORY_USAGE } from '../../server/src/protocol';

const EDITS = 5000;
/**
 * Heap the server may keep after closing everything: code compiled during the run and bounded
 * caches (instants) take a few MB; the document's kept blocks and analyses would be over 30 MB.
 */
const KEPT_BYTES = 10 * 1024 * 1024;

describe('stress', () => {
  it(`${EDITS} incremental edits without waiting, interleaved with hovers and completions`, async () => {
    const dir = tempTree({});
    const client = await startServer({ pullConfiguration: false, rootPath: dir, nodeFlags: ['--expose-gc'] });
    try {
      // A warm-up document first: code compiled on first use is not a document's memory.
      const warm = pathToFileURL(join(dir, 'incidents', 'warm.md')).href;
      const warmText = generatePostmortem(200);
      const warmed = client.nextDiagnostics(warm, 30_000, 2);
      client.open(warm, warmText, 1);
      client.change(warm, 2, [
        { range: { start: { line: 20, character: 0 }, end: { line: 20, character: 0 } }, text: '[' },
      ]);
      await warmed;
      await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: warm },
        position: { line: 20, character: 1 },
      });
      await client.connection.sendRequest('textDocument/completion', {
        textDocument: { uri: warm },
        position: { line: 20, character: 1 },
      });
      const warmCleared = client.nextDiagnostics(warm);
      client.close(warm);
      await warmCleared;
      const before = await client.connection.sendRequest<MemoryUsageResult>(MEMORY_USAGE);
      assert.ok(before.collected, 'the server runs with --expose-gc, so the heap is measured after a collection');
      const uri = pathToFileURL(join(dir, 'incidents', 'live.md')).href;
      // Big enough (1,000 entries) that keeping its blocks after close would show in the heap.
      let doc = TextDocument.create(uri, 'markdown', 1, generatePostmortem(1_000));
      const opened = client.nextDiagnostics(uri);
      client.open(uri, doc.getText(), 1);
      await opened;
      // A deterministic stream of typing: entries appended, figures rewritten, text deleted.
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const pending: Promise<unknown>[] = [];
      for (let v = 2; v <= EDITS + 1; v++) {
        const text = doc.getText();
        const at = Math.floor(random() * text.length);
        const choice = random();
        const change =
          choice < 0.6
            ? {
                range: { start: doc.positionAt(at), end: doc.positionAt(at) },
                text: ['a', ' ', '\n', '1', ':', '[', ']', '#'][Math.floor(random() * 8)],
              }
            : choice < 0.9
              ? { range: { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + 1)) }, text: '' }
              : {
                  range: { start: doc.positionAt(text.length), end: doc.positionAt(text.length) },
                  text: `\n\n10:${String(v % 60).padStart(2, '0')} entry ${v}`,
                };
        doc = TextDocument.update(doc, [change], v);
        client.change(uri, v, [change]);
        if (v % 50 === 0) {
          pending.push(
            client.connection.sendRequest('textDocument/hover', {
              textDocument: { uri },
              position: doc.positionAt(at),
            }),
          );
          pending.push(
            client.connection.sendRequest('textDocument/completion', {
              textDocument: { uri },
              position: doc.positionAt(at),
            }),
          );
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
      assert.ok(streamed.length > 0, 'the edited postmortem still has findings to compare');

      const cleared = [client.nextDiagnostics(uri), client.nextDiagnostics(fresh)];
      client.close(uri);
      client.close(fresh);
      assert.deepEqual(await Promise.all(cleared), [[], []], 'closing clears the diagnostics');
      const after = await client.connection.sendRequest<MemoryUsageResult>(MEMORY_USAGE);
      const kept = after.heapUsed - before.heapUsed;
      assert.ok(
        kept < KEPT_BYTES,
        `the heap is back near its start after closing: ${(kept / 1024 / 1024).toFixed(1)} MB kept`,
      );
      assert.equal(await client.shutdown(), 0);
    } finally {
      if (client.process.exitCode === null) client.process.kill();
    }
  });
});
