// Typing while the server reads a workspace of postmortems (issue 13): keystroke to diagnostics in
// an open 1,000-entry postmortem while the scan reads 1,000 closed ones, beside the same keystrokes
// in a server with no workspace folder, in the same run; then the scan's whole time, and the first
// Show Insights over the workspace (the charting code loaded then, not before).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_FLAGS } from '../server/src/nodeFlags';
import type { TestClient } from '../test/support/lspClient';
import { startServer } from '../test/support/lspClient';
import { generatePostmortem } from './generate';
import { generateFolder } from './generateFolder';

export interface WorkspaceTimes {
  files: number;
  /** Keystrokes typed while the scan was still reading. */
  duringScan: number[];
  /** The same keystrokes with no workspace folder: nothing to read. */
  alone: number[];
  /** From initialized to the last closed file's findings published, while typing went on. */
  scanMs: number;
  /** The first insights view of the workspace, with its charts (the worker started then). */
  insightsMs: number;
  /** Another once the worker runs. */
  insightsAgainMs: number;
}

/** Between keystrokes, as a person types. */
const TYPING_INTERVAL_MS = 100;

/** A letter typed, then deleted, in one entry in the middle: the text keeps its size. */
class Typist {
  private version = 1;
  readonly times: number[] = [];
  constructor(
    private readonly client: TestClient,
    private readonly uri: string,
    private readonly line: number,
    private readonly character: number,
  ) {}

  async keystroke(): Promise<void> {
    const { line, character } = this;
    const version = ++this.version;
    const change =
      version % 2 === 0
        ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
        : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
    const published = this.client.nextDiagnostics(this.uri, 60_000, version);
    const start = performance.now();
    this.client.change(this.uri, version, [change]);
    await published;
    this.times.push(performance.now() - start);
  }
}

export async function measureWorkspace(
  files: number,
  entries: number,
  minimumKeystrokes: number,
): Promise<WorkspaceTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-bench-workspace-'));
  try {
    generateFolder(dir, files);
    // The document typed in sits outside the scanned folders, so both servers see the same one.
    const text = generatePostmortem(entries);
    const open = join(tmpdir(), `postmortem-bench-open-${process.pid}.md`);
    writeFileSync(open, text);
    const uri = pathToFileURL(open).href;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(`step ${Math.floor(entries / 2)}:`));
    const character = lines[line].indexOf('step');
    const flags = [...SERVER_NODE_FLAGS];

    // The peer, a server with nothing to scan, takes turns with the scanning one, keystroke for
    // keystroke, so the machine's load falls on both alike.
    const alone = await startServer({ pullConfiguration: false, nodeFlags: flags });
    const started = performance.now();
    const client = await startServer({ pullConfiguration: false, nodeFlags: flags, rootPath: dir });
    try {
      const folder = pathToFileURL(join(dir, 'postmortems')).href;
      // Every generated postmortem has at least a note (approximate times): each is published once read.
      const read = new Set<string>();
      let scanMs = 0;
      const counted = () => {
        for (const p of client.published.splice(0)) if (p.uri.startsWith(folder)) read.add(p.uri);
        if (read.size >= files && !scanMs) scanMs = performance.now() - started;
        return read.size >= files;
      };
      for (const c of [alone, client]) {
        const opened = c.nextDiagnostics(uri, 600_000, 1);
        c.open(uri, text, 1);
        await opened;
      }
      const peer = new Typist(alone, uri, line, character);
      const typist = new Typist(client, uri, line, character);
      while (!counted()) {
        await new Promise((resolve) => setTimeout(resolve, TYPING_INTERVAL_MS / 2));
        await typist.keystroke();
        await new Promise((resolve) => setTimeout(resolve, TYPING_INTERVAL_MS / 2));
        await peer.keystroke();
      }
      if (typist.times.length < minimumKeystrokes)
        console.log(
          `  (the scan of ${files} files ended after ${typist.times.length} keystrokes, fewer than ${minimumKeystrokes})`,
        );
      const duringScan = typist.times;
      const aloneEdits = peer.times;
      let start = performance.now();
      await client.connection.sendRequest('postmortem/insights', { by: 'quarter', today: '2026-01-01' });
      const insightsMs = performance.now() - start;
      start = performance.now();
      await client.connection.sendRequest('postmortem/insights', { by: 'month', today: '2026-01-01' });
      const insightsAgainMs = performance.now() - start;
      rmSync(open, { force: true });
      return { files, duringScan, alone: aloneEdits, scanMs, insightsMs, insightsAgainMs };
    } finally {
      await client.shutdown();
      await alone.shutdown();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
