// The analyses of open documents: one incremental analyzer per document, one analysis per
// version and configuration generation. Work runs in short slices so requests are answered in
// between, and work for a version that has been replaced stops at its next slice.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Analysis } from './analysis/analyze';
import { IncrementalAnalyzer } from './analysis/incremental';

/** Longest stretch of analysis before other messages get a turn. */
const SLICE_MS = 15;
/**
 * A change this soon after an analysis ended was waiting for it: changes are coming faster than
 * analyses finish (a held key, a stream of edits), a burst to be analysed once.
 */
const BURST_MS = 10;
/** However long analyses take, diagnostics never wait longer than this after a change. */
const MAX_DELAY_MS = 150;

export interface Versioned {
  version: number;
  generation: number;
  analysis: Analysis;
}

interface DocumentState {
  analyzer: IncrementalAnalyzer;
  latest?: Versioned;
  running?: { version: number; generation: number; result: Promise<Versioned | undefined> };
  /** The newest version asked for: older work gives way to it. */
  wanted: { version: number; generation: number };
  /** Work on one document's analyzer runs in turn: its analyses and fix-all's passes never interleave. */
  queue: Promise<unknown>;
  /** When the latest run ended and how long it took: how a change is scheduled. */
  lastRun?: { end: number; duration: number };
}

export type Compute = (analyzer: IncrementalAnalyzer) => Generator<void, Analysis>;

/** How work gives other messages their turn between slices. */
export type GiveWay = () => Promise<void>;

export class DocumentAnalyses {
  private readonly documents = new Map<string, DocumentState>();
  /** Bumped whenever settings, config files or templates change. */
  generation = 0;

  /** `giveWay` is awaited between slices: by default one turn of the event loop. `now` is the clock (tests set it). */
  constructor(
    private readonly giveWay: GiveWay = () => nextTurn(),
    private readonly now: () => number = () => performance.now(),
  ) {}

  invalidateAll(): void {
    this.generation++;
  }

  /** The newest complete analysis of a document, whatever its version. */
  latest(uri: string): Versioned | undefined {
    return this.documents.get(uri)?.latest;
  }

  /**
   * The analysis of this version, or undefined when a newer version was asked for before it
   * was done (its result would be stale on arrival).
   */
  analysis(uri: string, version: number, compute: Compute): Promise<Versioned | undefined> {
    const generation = this.generation;
    const state = this.stateOf(uri, version);
    const { latest, running } = state;
    if (latest && latest.version === version && latest.generation === generation) return Promise.resolve(latest);
    if (running && running.version === version && running.generation === generation) return running.result;
    if (version < state.wanted.version) return Promise.resolve(undefined);
    state.wanted = { version, generation };
    const owner = state;
    const superseded = () =>
      this.documents.get(uri) !== owner || owner.wanted.version !== version || owner.wanted.generation !== generation;
    const result = owner.queue.then(async (): Promise<Versioned | undefined> => {
      if (superseded()) return undefined;
      const start = this.now();
      const analysis = await drive(compute(owner.analyzer), superseded, this.giveWay);
      if (!analysis) return undefined;
      const end = this.now();
      owner.lastRun = { end, duration: end - start };
      const done = { version, generation, analysis };
      if (!owner.latest || owner.latest.version <= version) owner.latest = done;
      return done;
    });
    owner.running = { version, generation, result };
    owner.queue = result.catch(() => undefined);
    void result.finally(() => {
      if (owner.running?.result === result) owner.running = undefined;
    });
    return result;
  }

  /**
   * How long to wait before analysing a change: nothing when the analyzer was idle, so a keystroke
   * shows at once however long analyses take (typing at ten a second beside 70 ms analyses was
   * once held back 70 ms a keystroke); during a burst (the change was waiting for the last
   * analysis to end), about one analysis's time, so a burst of changes is analysed once.
   */
  changeDelay(uri: string): number {
    const last = this.documents.get(uri)?.lastRun;
    if (!last) return 0;
    const idle = this.now() - last.end;
    return idle > BURST_MS ? 0 : Math.min(MAX_DELAY_MS, Math.max(last.duration, BURST_MS));
  }

  /**
   * Other work with a document's analyzer (fix-all's passes over the texts it fixes), in turn
   * with its analyses; undefined when the document is forgotten or `stop()` says so first.
   */
  work<T>(uri: string, steps: (analyzer: IncrementalAnalyzer) => Generator<void, T>, stop: () => boolean) {
    const owner = this.stateOf(uri, 0);
    const stopped = () => this.documents.get(uri) !== owner || stop();
    const result = owner.queue.then(() =>
      stopped() ? undefined : drive(steps(owner.analyzer), stopped, this.giveWay),
    );
    owner.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Forgets a document, closed or to be read afresh (opened again, or given a version below the
   * last): its blocks and analyses are released, and work still running for it stops.
   */
  delete(uri: string): void {
    this.documents.delete(uri);
  }

  private stateOf(uri: string, version: number): DocumentState {
    let state = this.documents.get(uri);
    if (!state) {
      const wanted = { version, generation: this.generation };
      state = { analyzer: new IncrementalAnalyzer(), wanted, queue: Promise.resolve() };
      this.documents.set(uri, state);
    }
    return state;
  }
}

async function drive<T>(
  steps: Generator<void, T>,
  superseded: () => boolean,
  giveWay: GiveWay,
): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await giveWay();
      if (superseded()) return undefined;
      sliceStart = performance.now();
    }
  }
}
