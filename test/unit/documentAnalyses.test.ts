// When a change to an open document is analysed: at once after a pause in typing, whatever an
// analysis takes; a little later only when changes come faster than analyses end.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../server/src/analysis/analyze';
import type { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { defaultConfig } from '../../server/src/config/schema';
import { DocumentAnalyses } from '../../server/src/documentAnalyses';

const URI = 'file:///incidents/2026-03-02-login.md';
const TEXT = '# 2026-03-02 Login outage\n\n## Timeline\n\n10:00 Logins fail [start]\n';

/** Analyses on a clock the test moves: each analysis takes `tookMs` of it. */
function analysesOn(tookMs: number) {
  let clock = 1_000;
  const analyses = new DocumentAnalyses(undefined, () => clock);
  const compute = (analyzer: IncrementalAnalyzer) =>
    (function* (): Generator<void, Analysis> {
      const analysis = yield* analyzer.analyzeSteps(TEXT, defaultConfig());
      clock += tookMs;
      return analysis;
    })();
  return {
    analyses,
    analyse: (version: number) => analyses.analysis(URI, version, compute),
    wait: (ms: number) => (clock += ms),
  };
}

describe('the delay before a change is analysed', () => {
  it('is none for the first change of a document', () => {
    assert.equal(analysesOn(70).analyses.changeDelay(URI), 0);
  });

  it('is none when typing at ten keys a second beside 70 ms analyses', async () => {
    const { analyses, analyse, wait } = analysesOn(70);
    await analyse(1);
    // The next key comes 100 ms after the last: 30 ms after that key's analysis ended.
    wait(30);
    assert.equal(analyses.changeDelay(URI), 0);
  });

  it('is about one analysis when the change was waiting for the last analysis to end', async () => {
    const { analyses, analyse, wait } = analysesOn(70);
    await analyse(1);
    wait(2);
    assert.equal(analyses.changeDelay(URI), 70);
  });

  it('never holds a change back more than 150 ms, however long analyses take', async () => {
    const { analyses, analyse } = analysesOn(900);
    await analyse(1);
    assert.equal(analyses.changeDelay(URI), 150);
  });
});
