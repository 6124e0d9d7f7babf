// The real server over stdio, as an editor drives it: open, keystrokes inside one timeline
// entry, hovers and inlay hints, and the heap the open document costs.
import type { Hover, InlayHint } from 'vscode-languageserver/node';
import { HoverRequest, InlayHintRequest } from 'vscode-languageserver/node';
import type { MemoryUsageResult } from '../server/src/protocol';
import { MEMORY_USAGE } from '../server/src/protocol';
import { SERVER_NODE_FLAGS } from '../server/src/nodeFlags';
import { startServer } from '../test/support/lspClient';

export interface ServerTimes {
  /** The first document of a freshly started server: its code is not yet optimised. */
  openMs: number;
  /** Another document of the same size, opened once the server has worked a while. */
  reopenMs: number;
  editMs: number;
  hoverMs: number;
  inlayMs: number;
  /** Heap kept for the open document, after a collection. */
  heapBytes: number;
}

/** Between keystrokes, as a person types. */
const TYPING_INTERVAL_MS = 100;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const now = () => performance.now();

export async function measureServer(text: string, entry: number, repeats: number): Promise<ServerTimes> {
  // Run as the extension runs it, plus a way to measure the heap after a collection.
  const client = await startServer({ pullConfiguration: false, nodeFlags: [...SERVER_NODE_FLAGS, '--expose-gc'] });
  try {
    const uri = 'file:///bench/incidents/bench.md';
    const before = await client.connection.sendRequest<MemoryUsageResult>(MEMORY_USAGE);
    let start = now();
    const opened = client.nextDiagnostics(uri, 600_000, 1);
    client.open(uri, text, 1);
    await opened;
    const openMs = now() - start;
    const after = await client.connection.sendRequest<MemoryUsageResult>(MEMORY_USAGE);

    // Keystrokes inside one entry in the middle: a letter typed, then deleted, so the text stays the same size.
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(`step ${entry}:`));
    const character = lines[line].indexOf('step');
    const edits: number[] = [];
    let version = 1;
    for (let i = 0; i < repeats; i++) {
      // Typing pace, ten characters a second: a keystroke after a pause is analysed at once,
      // while a burst faster than analyses is analysed once (documentAnalyses.changeDelay).
      await new Promise((resolve) => setTimeout(resolve, TYPING_INTERVAL_MS));
      version++;
      const typed = version % 2 === 0;
      const change = typed
        ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
        : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
      const published = client.nextDiagnostics(uri, 60_000, version);
      start = now();
      client.change(uri, version, [change]);
      await published;
      edits.push(now() - start);
    }

    const hovers: number[] = [];
    const hints: number[] = [];
    for (let i = 0; i < repeats; i++) {
      start = now();
      await client.connection.sendRequest<Hover | null>(HoverRequest.method, {
        textDocument: { uri },
        position: { line, character: 1 },
      });
      hovers.push(now() - start);
      start = now();
      // What an editor asks for: the lines on screen.
      await client.connection.sendRequest<InlayHint[]>(InlayHintRequest.method, {
        textDocument: { uri },
        range: { start: { line: Math.max(0, line - 30), character: 0 }, end: { line: line + 30, character: 0 } },
      });
      hints.push(now() - start);
    }
    // Closed, then opened again under another name: a new analyzer, parsed from scratch, warm.
    client.close(uri);
    const other = 'file:///bench/incidents/bench-again.md';
    start = now();
    const reopened = client.nextDiagnostics(other, 600_000, 1);
    client.open(other, text, 1);
    await reopened;
    const reopenMs = now() - start;
    return {
      openMs,
      reopenMs,
      editMs: median(edits),
      hoverMs: median(hovers),
      inlayMs: median(hints),
      heapBytes: after.heapUsed - before.heapUsed,
    };
  } finally {
    await client.shutdown();
  }
}
