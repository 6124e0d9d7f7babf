// A seeded fuzz pass over the core (issue 10): our own postmortems (examples/, the benchmark's
// generator) mutated with hostile fragments (every container nested in runs, inline constructs
// repeated, every line ending, stray bytes), edit after edit. After each: no exception, no
// failure logged, and the incremental analysis equals a full one. Deterministic: the seed is fixed
// (FUZZ_SEED overrides it to explore), so a failure replays.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Analysis } from '../../server/src/analysis/analyze';
import { analyze } from '../../server/src/analysis/analyze';
import { fixText } from '../../server/src/analysis/fixAll';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { defaultConfig } from '../../server/src/config/schema';
import { generatePostmortem } from '../../bench/generate';

const config = defaultConfig();
const context = { path: '/repo/incidents/fuzzed.md' };
const examples = join(__dirname, '..', '..', 'examples', 'postmortems');
const TEXTS = [
  ...readdirSync(examples)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(examples, f), 'utf8')),
  generatePostmortem(60),
];

/** Hostile pieces: runs of containers, repeated inline constructs, line endings, odd characters. */
const HOSTILE = [
  ...['- ', '* ', '+ ', '1. ', '2) ', '> ', '[^n]: ', '  ', '\t'].map((c) =>
    fc.nat({ max: 120 }).map((n) => c.repeat(n)),
  ),
  ...[
    '[a](',
    '[',
    ']',
    '*a',
    '_a',
    '`',
    '~~',
    '<br>',
    'a@b.',
    '[a][b] ',
    '![x](',
    '\\',
    '&amp;',
    '|',
    '<!--',
    '$$',
  ].map((c) => fc.nat({ max: 400 }).map((n) => c.repeat(n))),
  fc.constantFrom('\n', '\r', '\r\n', '\n\n', '\r\r', '\u2028', '\u0085', '\uFEFF', '\u0000', '\uFFFD', '\uD800'),
  fc.constantFrom('10:00 ', '??:?? ', '### 2024-02-30\n', '**2024-13-01**\n', 'Times are PST.\n', 'MTTR: -5m\n'),
  fc.constantFrom(
    '---\n',
    '---\na: &a [x]\nb: [*a, *a]\n---\n',
    '```\n',
    '~~~',
    '| a | b |\n| - | - |\n',
    '[start]',
    '[resolved]',
  ),
  fc.string({ maxLength: 8 }),
];

const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(...HOSTILE),
  /** Sometimes the piece is put at the start of a line, where containers start. */
  lineStart: fc.boolean(),
});

function mutate(text: string, m: { at: number; remove: number; insert: string; lineStart: boolean }): string {
  let at = Math.min(text.length, Math.floor(m.at * (text.length + 1)));
  if (m.lineStart) at = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(0, at) + m.insert + text.slice(Math.min(text.length, at + m.remove));
}

function observable(a: Analysis): string {
  return JSON.stringify({ postmortem: a.postmortem, figures: a.figures, findings: a.findings, failures: a.failures });
}

describe('fuzzing the core with hostile mutations of our own texts', () => {
  it('never throws nor fails, and incremental analysis equals a full one after every mutation', () => {
    let mutations = 0;
    fc.assert(
      fc.property(fc.constantFrom(...TEXTS), fc.array(mutation, { minLength: 8, maxLength: 8 }), (seed, script) => {
        const analyzer = new IncrementalAnalyzer();
        let text = seed;
        analyzer.analyze(text, config, context);
        for (const m of script) {
          text = mutate(text, m);
          mutations++;
          const full = analyze(text, config, context);
          assert.deepEqual(full.failures, [], `failures after mutation ${mutations}`);
          const incremental = analyzer.analyze(text, config, context);
          if (observable(incremental) !== observable(full))
            assert.deepEqual(
              JSON.parse(observable(incremental)),
              JSON.parse(observable(full)),
              `mutation ${mutations}`,
            );
        }
      }),
      { numRuns: 60, seed: Number(process.env.FUZZ_SEED ?? 10) },
    );
    assert.equal(mutations, 480);
  });

  it('fixing a mutated text is idempotent, reads back without failure and keeps its line endings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEXTS), fc.array(mutation, { minLength: 3, maxLength: 3 }), (seed, script) => {
        const text = script.reduce(mutate, seed);
        const analyse = (t: string) => analyze(t, config, context);
        const fixed = fixText(text, analyse);
        assert.equal(fixText(fixed, analyse), fixed, 'a second fix changes nothing');
        assert.deepEqual(analyse(fixed).failures, []);
        // Lines the fixes add end as the text's own do: no LF into a text without one, no lone CR into one without.
        if (!text.includes('\n')) assert.ok(!fixed.includes('\n'), 'an LF written into a text without one');
        if (!/\r(?!\n)/.test(text)) assert.ok(!/\r(?!\n)/.test(fixed), 'a lone CR written into a text without one');
      }),
      { numRuns: 40, seed: Number(process.env.FUZZ_SEED ?? 11) },
    );
  });
});
