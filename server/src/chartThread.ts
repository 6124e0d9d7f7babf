// The insights view's charts, drawn as SVG by vega in a worker thread (chartWorker.ts) that starts
// with the first chart asked for and ends after a minute without one: the charting code is never
// loaded by a server nobody asked for insights, and its drawing never blocks typing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';

export interface ChartRequest {
  id: number;
  spec: TopLevelSpec;
}

export type ChartReply =
  { id: number; svg: string; loadMs?: number; error?: undefined } | { id: number; error: string };

/** A thread left idle this long is ended: its heap (vega's, tens of MB) is given back. */
const IDLE_MS = 60_000;
/** Charts drawn last, by spec: the same numbers are not drawn twice. */
const KEPT = 16;

export class ChartThread {
  private worker?: Worker;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (svg: string) => void; reject: (error: Error) => void }>();
  private readonly drawn = new Map<string, string>();
  private idle?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly log: (line: string) => void,
    private readonly script = join(__dirname, 'chartWorker.js'),
  ) {}

  draw(spec: TopLevelSpec): Promise<string> {
    const key = JSON.stringify(spec);
    const known = this.drawn.get(key);
    if (known !== undefined) return Promise.resolve(known);
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, spec } satisfies ChartRequest);
    }).then((svg) => {
      if (this.drawn.size >= KEPT) this.drawn.delete(this.drawn.keys().next().value as string);
      this.drawn.set(key, svg);
      return svg;
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    clearTimeout(this.idle);
    if (this.worker) return this.worker;
    if (!existsSync(this.script))
      throw new Error(`the charting code is missing: ${this.script} should be installed beside the server`);
    const worker = new Worker(this.script);
    this.worker = worker;
    worker.on('message', (reply: ChartReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
      else {
        if (reply.loadMs !== undefined)
          this.log(`Insights: the charting code loaded in a worker thread in ${Math.round(reply.loadMs)} ms.`);
        waiter?.resolve(reply.svg);
      }
      if (this.waiting.size === 0) this.idleSoon(worker);
    });
    // What waits is the current thread's: one ended for idling (no longer current) took nothing with it.
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.log(`Insights: ${error.message}.`);
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the chart thread ended (exit code ${code})`)));
    // An idle thread never keeps the server alive.
    worker.unref();
    return worker;
  }

  private idleSoon(worker: Worker): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.worker !== worker || this.waiting.size) return;
      this.worker = undefined;
      void worker.terminate();
    }, IDLE_MS);
    this.idle.unref();
  }
}
