// One analysis per document version and configuration generation: every feature reads from here.
import type { Analysis } from './analysis/analyze';

interface Entry {
  version: number;
  generation: number;
  analysis: Analysis;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped whenever settings, config files or templates change. */
  private generation = 0;

  invalidateAll(): void {
    this.generation++;
  }

  get(uri: string, version: number, compute: () => Analysis): Analysis {
    const hit = this.entries.get(uri);
    if (hit && hit.version === version && hit.generation === this.generation) return hit.analysis;
    const analysis = compute();
    this.entries.set(uri, { version, generation: this.generation, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
