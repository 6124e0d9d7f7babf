// Activation (issue 13): what opening a postmortem costs before any insights are asked for. The
// extension's bundle loaded in a fresh node (stand-in `vscode`), and the server from spawn to the
// first document's findings, each beside a bare `node` start in the same run; the bytes read then,
// and the charting code's, which only the first insights request loads.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_NODE_FLAGS } from '../server/src/nodeFlags';
import { startServer } from '../test/support/lspClient';
import { generatePostmortem } from './generate';

const DIST = join(__dirname, '..', 'dist');

export interface ActivationTimes {
  nodeMs: number;
  clientLoadMs: number;
  serverFirstFindingsMs: number;
  /** Bytes of JavaScript read at activation: the client and the server bundles. */
  activationBytes: number;
  /** Bytes of the charting code (vega, vega-lite and their worker), read at the first insights request. */
  chartBytes: number;
}

const median = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];
const size = (file: string) => (existsSync(join(DIST, file)) ? statSync(join(DIST, file)).size : 0);

function wall(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return ms;
}

export async function measureActivation(repeats: number): Promise<ActivationTimes> {
  const node: number[] = [];
  const client: number[] = [];
  const server: number[] = [];
  const text = generatePostmortem(40);
  for (let i = 0; i <= repeats; i++) {
    const n = wall(['-e', '']);
    const c = wall([join(__dirname, 'loadClient.mjs'), join(DIST, 'client.js')]);
    const start = performance.now();
    const s = await startServer({ pullConfiguration: false, nodeFlags: [...SERVER_NODE_FLAGS] });
    try {
      const uri = 'file:///bench/incidents/activation.md';
      const found = s.nextDiagnostics(uri, 60_000, 1);
      s.open(uri, text, 1);
      await found;
    } finally {
      const ms = performance.now() - start;
      await s.shutdown();
      // The first round warms the file cache, as a second window would find it.
      if (i > 0) {
        node.push(n);
        client.push(c);
        server.push(ms);
      }
    }
  }
  return {
    nodeMs: median(node),
    clientLoadMs: median(client),
    serverFirstFindingsMs: median(server),
    activationBytes: size('client.js') + size('server.js'),
    chartBytes: size('charts.mjs') + size('chartWorker.js'),
  };
}
