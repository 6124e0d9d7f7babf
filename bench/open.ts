// Opening a long postmortem, in process: a fresh document's analysis (what the server does on
// open) beside markdownlint's lint of the same text, and the longest step between two of the
// analyzer's yields (the server answers other requests there). Warm, median, same run.
// Run alone: node --max-semi-space-size=64 --no-allocation-site-pretenuring --import tsx bench/open.ts
import { lint as markdownlint } from 'markdownlint/sync';
import { IncrementalAnalyzer } from '../server/src/analysis/incremental';
import { defaultConfig } from '../server/src/config/schema';
import { generatePostmortem } from './generate';

const config = defaultConfig();

export interface OpenTimes {
  entries: number;
  open: number;
  markdownlint: number;
  longestStep: number;
}

function openSteps(text: string): number {
  const steps = new IncrementalAnalyzer().analyzeSteps(text, config, {});
  let longest = 0;
  for (;;) {
    const start = performance.now();
    const step = steps.next();
    longest = Math.max(longest, performance.now() - start);
    if (step.done) return longest;
  }
}

export function measureOpen(entries: number, repeats: number): OpenTimes {
  const text = generatePostmortem(entries);
  const runs = [
    () => new IncrementalAnalyzer().analyze(text, config, {}),
    () => markdownlint({ strings: { bench: text } }),
  ];
  runs.forEach((r) => r());
  const times: number[][] = [[], []];
  const steps: number[] = [];
  for (let i = 0; i < repeats; i++) {
    runs.forEach((r, c) => {
      const start = performance.now();
      r();
      times[c].push(performance.now() - start);
    });
    steps.push(openSteps(text));
  }
  const median = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];
  return { entries, open: median(times[0]), markdownlint: median(times[1]), longestStep: median(steps) };
}

if (require.main === module) {
  for (const n of [100, 1_000, 10_000]) {
    const r = measureOpen(n, n >= 10_000 ? 9 : 21);
    console.log(
      `${n} entries: open ${r.open.toFixed(1)} ms, markdownlint ${r.markdownlint.toFixed(1)} ms (${(r.open / r.markdownlint).toFixed(2)}x), longest step ${r.longestStep.toFixed(1)} ms`,
    );
  }
}
