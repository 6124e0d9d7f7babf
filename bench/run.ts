// `npm run bench`: median time from text to findings and figures, beside remark's parse alone and
// markdownlint's default lint of the same text, measured in the same run.
import { lint as markdownlint } from 'markdownlint/sync';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze } from '../server/src/analysis/analyze';
import { defaultConfig } from '../server/src/config/schema';
import { generatePostmortem } from './generate';

const SIZES = [100, 1_000, 10_000];
const config = defaultConfig();
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

// The three contenders take turns within each round, so garbage collection and machine noise hit
// them alike; forcing a collection before each sample was tried and inflated every small
// measurement about fourfold (a cold heap), hiding the real ratios.

function medians(contenders: (() => unknown)[], repeats: number): number[] {
  contenders.forEach((run) => run()); // warm-up: JIT and module-level caches
  const times: number[][] = contenders.map(() => []);
  for (let i = 0; i < repeats; i++) {
    contenders.forEach((run, c) => {
      const start = process.hrtime.bigint();
      run();
      times[c].push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const repeatsFor = (n: number) => (n >= 10_000 ? 5 : n >= 1_000 ? 15 : 61);

console.log('entries | findings+figures | remark parse | markdownlint | vs remark | vs markdownlint');
let failed = false;
for (const n of SIZES) {
  const text = generatePostmortem(n);
  const repeats = repeatsFor(n);
  const [ours, parse, mdl] = medians(
    [() => analyze(text, config, {}), () => remark.parse(text), () => markdownlint({ strings: { bench: text } })],
    repeats,
  );
  const check = analyze(text, config, {});
  if (check.postmortem.timeline?.entries.length !== n) throw new Error(`expected ${n} entries, parsed ${check.postmortem.timeline?.entries.length}`);
  const vsRemark = ours / parse;
  const vsMdl = ours / mdl;
  console.log(`${String(n).padStart(7)} | ${fmt(ours).padStart(16)} | ${fmt(parse).padStart(12)} | ${fmt(mdl).padStart(12)} | ${vsRemark.toFixed(2).padStart(8)}x | ${vsMdl.toFixed(2).padStart(14)}x`);
  if (vsRemark > 1.2 || vsMdl > 1) failed = true;
}
console.log(failed ? 'target missed: findings+figures should be within 1.2x of remark and no slower than markdownlint' : 'targets met: within 1.2x of remark parse, no slower than markdownlint');
