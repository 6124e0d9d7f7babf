// Giant and hostile inputs through the real server: each is analysed, or declined with one clear
// finding, and the server stays up and answers the next request.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver/node';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { tempTree } from '../support/fixtures';
import type { TestClient } from '../support/lspClient';
import { startServer } from '../support/lspClient';

const head = '# 2024-01-01 Giant\n\n## Timeline\n\nAll times UTC.\n\n';
/** A binary file as an editor would show it: bytes read as text, NULs included. */
const binary = () =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), randomBytes(64 * 1024)]).toString('latin1');

const INPUTS: { name: string; text: () => string; declined?: RegExp }[] = [
  {
    name: 'a 5 MB file',
    text: () => head + 'lorem ipsum dolor sit amet\n\n'.repeat(200_000),
    declined: /^Not analysed: this file is 5\.\d MB, over the 2 MB/,
  },
  { name: 'a binary file renamed .md', text: binary, declined: /^Not analysed: this file looks binary/ },
  {
    name: 'a paragraph of 5,000 lines',
    text: () => head + '10:00 alice: [looking]\n'.repeat(5_000),
    declined: /^Not analysed: lines 7-5006 are one paragraph of 5,000 lines/,
  },
  { name: 'a 100,000-character line', text: () => `${head}10:00 ${'[a](b '.repeat(16_667)}\n` },
  {
    name: '10,000 headings',
    text: () => head + Array.from({ length: 10_000 }, (_, i) => `## Heading ${i}\n`).join('\n'),
  },
  {
    name: 'lists nested 1,000 deep',
    text: () =>
      head +
      Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- 10:${String(i % 60).padStart(2, '0')} item`).join(
        '\n',
      ),
  },
  { name: 'quotes nested 10,000 deep', text: () => `${head}${'>'.repeat(10_000)} 10:00 deep\n` },
];

describe('giant inputs through the server', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = tempTree({});
    client = await startServer({ pullConfiguration: false, rootPath: dir });
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0, 'the server exits cleanly after all of them');
  });

  const small = () => pathToFileURL(join(dir, 'incidents', 'small.md')).href;
  it('answers for a small document first', async () => {
    const opened = client.nextDiagnostics(small());
    client.open(small(), `${head}10:00 deploy [start]\n\n10:20 alert [detected]\n`);
    await opened;
  });

  it('a long analysis does not hold up requests about another document', async () => {
    const uri = pathToFileURL(join(dir, 'incidents', 'long.md')).href;
    const order: string[] = [];
    const published = client.nextDiagnostics(uri, 120_000).then(() => order.push('diagnostics of the long document'));
    client.open(uri, head + Array.from({ length: 10_000 }, (_, i) => `## Heading ${i}\n`).join('\n'));
    // Sent once the server has started on the long document: it must answer between slices.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await client.connection
      .sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri: small() },
        position: { line: 6, character: 2 },
      })
      .then(() => order.push('hover on the small document'));
    await published;
    assert.deepEqual(order, ['hover on the small document', 'diagnostics of the long document']);
    const cleared = client.nextDiagnostics(uri);
    client.close(uri);
    await cleared;
  });

  it('a request cancelled while its document is analysed is answered as cancelled at once', async () => {
    const uri = pathToFileURL(join(dir, 'incidents', 'cancelled.md')).href;
    const order: string[] = [];
    const published = client.nextDiagnostics(uri, 120_000).then(() => order.push('diagnostics'));
    client.open(uri, head + Array.from({ length: 10_000 }, (_, i) => `## Heading ${i}\n`).join('\n'));
    const source = new CancellationTokenSource();
    // Completion needs the current version's analysis, which takes seconds here.
    const completion = client.connection.sendRequest(
      'textDocument/completion',
      { textDocument: { uri }, position: { line: 0, character: 0 } },
      source.token,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    source.cancel();
    await assert.rejects(
      completion.finally(() => order.push('cancelled')),
      (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled,
    );
    await published;
    assert.deepEqual(order, ['cancelled', 'diagnostics'], 'the cancelled request did not wait for the analysis');
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children?.length]),
      [['2024-01-01 Giant', 10_001]],
      'the next request about the document is answered: the title, its Timeline and 10,000 headings',
    );
    const cleared = client.nextDiagnostics(uri);
    client.close(uri);
    await cleared;
  });

  for (const input of INPUTS) {
    it(`${input.name}: ${input.declined ? 'declined with one finding' : 'analysed'}, and the server answers the next request`, async () => {
      const uri = pathToFileURL(join(dir, 'incidents', `${input.name.replace(/\W+/g, '-')}.md`)).href;
      const published = client.nextDiagnostics(uri, 120_000);
      client.open(uri, input.text(), 1);
      const diagnostics: Diagnostic[] = await published;
      const declined = diagnostics.filter((d) => d.code === 'PM000');
      if (input.declined) {
        assert.equal(diagnostics.length, 1, 'a declined file gets its one finding and nothing else');
        assert.match(declined[0].message, input.declined);
        assert.deepEqual(declined[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      } else {
        assert.deepEqual(declined, [], 'analysed, not declined');
      }
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri: small() },
        position: { line: 6, character: 2 },
      });
      assert.match(JSON.stringify(hover), /10:00/, 'the server still answers for the small document');
      const cleared = client.nextDiagnostics(uri);
      client.close(uri);
      assert.deepEqual(await cleared, []);
    });
  }
});
