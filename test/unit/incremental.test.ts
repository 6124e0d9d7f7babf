// Incremental analysis equals a full one: the same tree node for node and position for position,
// the same model, figures and findings, after every edit of thousands of random ones.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Analysis } from '../../server/src/analysis/analyze';
import { analyze } from '../../server/src/analysis/analyze';
import { fixText } from '../../server/src/analysis/fixAll';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { defaultConfig } from '../../server/src/config/schema';
import { parseMarkdown } from '../../server/src/postmortem/markdown';
import { MarkdownCache } from '../../server/src/postmortem/markdownCache';
import { generatePostmortem } from '../../bench/generate';
import { MISSING_SHARED, SHARED } from '../support/shared';

const config = defaultConfig();
const context = { path: '/repo/incidents/edited.md' };

/** Everything an analysis tells a user, as plain data; the tree is compared on its own. */
function observable(a: Analysis): unknown {
  return {
    postmortem: a.postmortem,
    figures: a.figures,
    moments: a.moments,
    findings: a.findings,
    failures: a.failures,
  };
}

/** Compared as JSON first: deepEqual on every edit would be most of the test's time. */
function same(actual: unknown, expected: unknown, message: string): void {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) assert.deepEqual(JSON.parse(a), JSON.parse(b), message);
}

function sameTree(incremental: MarkdownCache, text: string, message: string): void {
  same(incremental.parse(text).root, parseMarkdown(text).root, message);
}

const SEED = [
  '---',
  'title: Outage',
  '',
  'date: 2024-03-05',
  '---',
  '# 2024-03-05 Outage',
  '',
  '**Incident Leader: A**',
  '',
  '## Timeline',
  '',
  'All times UTC. See [the runbook] and the note[^1].',
  '',
  '10:00 deploy starts [start]',
  '',
  '10:05 alert fires [detected]',
  '- paged on-call',
  '- second note',
  '',
  '```',
  '10:07 inside a fence',
  '',
  'still code',
  '```',
  '',
  '<!-- a comment',
  '',
  'that spans blank lines -->',
  '',
  '| Time | Event |',
  '| --- | --- |',
  '| 10:20 | rollback [mitigated] |',
  '',
  '> 10:30 quoted entry',
  '',
  '1. first',
  '',
  '2. second, a loose list',
  '',
  '**2024-03-06**',
  '',
  '00:10 resolved [resolved]',
  '',
  '## Impact',
  '',
  'MTTD: 5m',
  '',
  'MTTR: 14h',
  '',
  '[the runbook]: https://example.org/runbook',
  '',
  '[^1]: A footnote.',
  '',
].join('\n');

const FRAGMENTS = [
  '\n',
  '\n\n',
  '```\n',
  '~~~\n',
  '```',
  '<!--',
  '-->',
  '<script>\n',
  '</script>',
  '<?php',
  '?>',
  '[the runbook]: https://x\n',
  '[the runbook]',
  '[other]',
  '[other]: /o\n',
  '[^1]',
  '[^2]: note\n',
  '- ',
  '* ',
  '1. ',
  '2) ',
  '> ',
  '## ',
  '# ',
  '### 2024-03-07\n',
  '| a | b |\n| - | - |\n',
  '|',
  '10:42 ',
  '~11:00 ',
  '[detected]',
  '[resolved]',
  '---\n',
  '***\n',
  '    ',
  '\t',
  '**2019-02-07**',
  'x',
  'word ',
  '\r\n',
  '\uFEFF',
  '<br>',
  'MTTR: 2h',
  '===\n',
  'TODO ',
  '<placeholder>',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 30 }),
  insert: fc.oneof(
    fc.constantFrom(...FRAGMENTS),
    fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((a) => a.join('')),
    fc.string({ maxLength: 6 }),
  ),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/**
 * Applies the edits one by one to an incremental analyzer that has seen `seed`, and compares its
 * analysis after each with a full one; `edited` may check more and numbers the edit.
 */
function replay(
  seed: string,
  script: { at: number; remove: number; insert: string }[],
  edited: (text: string) => number,
): void {
  const analyzer = new IncrementalAnalyzer();
  let text = seed;
  analyzer.analyze(text, config, context);
  for (const e of script) {
    text = apply(text, e);
    const n = edited(text);
    same(
      observable(analyzer.analyze(text, config, context)),
      observable(analyze(text, config, context)),
      `analysis after edit ${n}`,
    );
  }
}

describe('incremental analysis', () => {
  it('equals a full analysis after every one of 3,000 random edits', () => {
    let edits = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 30, maxLength: 30 }), (script) => {
        const markdown = new MarkdownCache();
        replay(SEED, script, (text) => {
          edits++;
          sameTree(markdown, text, `tree after edit ${edits}`);
          return edits;
        });
      }),
      { numRuns: 100, seed: Number(process.env.INCREMENTAL_SEED ?? 5) },
    );
    assert.equal(edits, 3_000);
  });

  it('reparses only the block an edit touches, and moves the rest', () => {
    const text = generatePostmortem(1_000);
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze(text, config, context);
    assert.ok(analyzer.reparsedBlocks > 900, 'the first analysis parses everything');
    const at = text.indexOf('step 500:');
    const edited = `${text.slice(0, at)}quick ${text.slice(at)}`;
    const a = analyzer.analyze(edited, config, context);
    assert.equal(analyzer.reparsedBlocks, 1);
    same(observable(a), observable(analyze(edited, config, context)), 'the edited analysis');
    const entry = a.postmortem.timeline?.entries.find((e) => e.text.startsWith('quick step 500:'));
    assert.ok(entry, 'the edited entry reads the new text');
    assert.equal(edited.slice(entry.timeSpan.start, entry.timeSpan.end), entry.timeText);
    const last = a.postmortem.timeline?.entries.at(-1);
    assert.ok(
      last && edited.slice(last.timeSpan.start, last.timeSpan.end) === last.timeText,
      'entries after the edit moved',
    );
  });

  it('on a long timeline, reuses the entries before an edit and still equals a full analysis', () => {
    // Long enough for the timeline's checkpoints (every 64 blocks) to be resumed from; the
    // fragments move entries across them, change days, zones, notes and the title's date.
    const long = generatePostmortem(200);
    const fragments = [
      '\n',
      '\n\n',
      '- a note\n',
      '### 2024-06-09\n\n',
      '**2024-06-10**\n\n',
      'Times are PST.\n\n',
      '23:59 late ',
      '00:01 ',
      '~',
      '[resolved]',
      '# 2023-01-01 Retitled\n',
      'x',
      '```\n',
      '> ',
    ];
    const longEdit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat({ max: 40 }),
      insert: fc.constantFrom(...fragments),
    });
    let edits = 0;
    fc.assert(
      fc.property(fc.array(longEdit, { minLength: 10, maxLength: 10 }), (script) =>
        replay(long, script, () => ++edits),
      ),
      { numRuns: 25, seed: Number(process.env.INCREMENTAL_SEED ?? 7) },
    );
    assert.equal(edits, 250);
  });

  it('keeps the entries before an edit as they were, and redoes all when a later note sets the zone', () => {
    // Two days of entries, one a minute, with no zone stated before them.
    const text = generatePostmortem(2_000).replace('All times UTC.', 'Entries below.');
    const analyzer = new IncrementalAnalyzer();
    const before = analyzer.analyze(text, config, context).postmortem.timeline;
    const at = text.indexOf('step 1800:');
    const edited = `${text.slice(0, at)}quick ${text.slice(at)}`;
    const after = analyzer.analyze(edited, config, context).postmortem.timeline;
    assert.ok(before && after);
    assert.equal(after.entries[10], before.entries[10], 'an entry long before the edit is the same object');
    assert.notEqual(after.entries[1900], before.entries[1900], 'an entry after the edit is new');
    same(after, analyze(edited, config, context).postmortem.timeline, 'the timeline after the edit');

    // A zone named after a day heading, late in the timeline: every instant changes.
    const day = edited.indexOf('### 2024-06-02');
    assert.ok(day > edited.indexOf('step 1000:'), 'the generated timeline has a day heading after entry 1,000');
    const zoned = `${edited.slice(0, day)}### 2024-06-02\n\nTimes are PST.\n${edited.slice(day + '### 2024-06-02'.length)}`;
    const rezoned = analyzer.analyze(zoned, config, context).postmortem.timeline;
    assert.equal(rezoned?.timezone.label, 'PST');
    same(rezoned, analyze(zoned, config, context).postmortem.timeline, 'the timeline in its new zone');
    assert.notEqual(rezoned?.entries[10].epochMs, after.entries[10].epochMs, 'early entries moved to the new zone');
  });

  it('keeps an open fence, an HTML comment and definitions whole across blocks', () => {
    const markdown = new MarkdownCache();
    const cases = [
      'intro\n\n```\ncode\n\n10:00 not an entry\n\nmore\n',
      'intro\n\n<!-- open\n\n10:00 hidden\n\nstill -->\n\nafter\n',
      'see [a] and [^n]\n\nmiddle\n\n[a]: /x\n\n[^n]: note\n',
      '---\ntitle: x\n\nempty: line\n---\n\n# Title\n',
      '\uFEFF# Title\n\nbody\r\n\r\nmore\r\n',
    ];
    for (const text of cases) sameTree(markdown, text, JSON.stringify(text));
  });

  describe('several texts on one analyzer', () => {
    // A long document, a newer version edited near its top (every block after the edit moves),
    // and fix-all's texts (a wrong figure at the end corrected), all analysed by one analyzer.
    const base = generatePostmortem(3_000).replace('MTTD: 1m', 'MTTD: 9m');
    const top = base.indexOf('## Timeline');
    const newer = `${base.slice(0, top)}A line added above the timeline.\n\n${base.slice(top)}`;
    const fullNewer = JSON.stringify(observable(analyze(newer, config, context)));
    const fixed = fixText(base, (t) => analyze(t, config, context));
    assert.notEqual(fixed, base, 'the base text has a safe fix');
    const fullFixed = JSON.stringify(observable(analyze(fixed, config, context)));

    /** How many times the newer version's analysis yields after the base. */
    function stepsOf(analyzer: IncrementalAnalyzer): number {
      analyzer.analyze(base, config, context);
      let n = 0;
      const steps = analyzer.analyzeSteps(newer, config, context);
      while (!steps.next().done) n++;
      return n;
    }

    it("finds each result equal to a full analysis, whichever step of a newer version fix-all's texts come in", () => {
      const analyzer = new IncrementalAnalyzer();
      const count = stepsOf(analyzer);
      assert.ok(count > 40, `a 3,000-entry document is analysed in many steps (${count})`);
      for (let pause = 0; pause <= count; pause++) {
        // The analyzer has seen the base; the newer version is paused after `pause` steps.
        analyzer.analyze(base, config, context);
        const steps = analyzer.analyzeSteps(newer, config, context);
        for (let i = 0; i < pause; i++) steps.next();
        // Fix-all's passes run on the same analyzer meanwhile.
        const passes: string[] = [];
        const result = fixText(base, (t) => {
          const a = analyzer.analyze(t, config, context);
          passes.push(t);
          if (t === fixed) same(observable(a), JSON.parse(fullFixed), `the fixed text, paused at step ${pause}`);
          return a;
        });
        assert.equal(result, fixed);
        assert.ok(passes.includes(fixed), 'the fixed text is analysed by its last pass');
        let step = steps.next();
        while (!step.done) step = steps.next();
        const a = step.value;
        const misplaced = (a.postmortem.timeline?.entries ?? []).filter(
          (e) => newer.slice(e.timeSpan.start, e.timeSpan.end) !== e.timeText,
        );
        assert.equal(misplaced.length, 0, `entries whose time span moved off their time, paused at step ${pause}`);
        same(observable(a), JSON.parse(fullNewer), `the newer version, paused at step ${pause}`);
      }
    });

    it('finds the next version right after a version abandoned half-way', () => {
      const analyzer = new IncrementalAnalyzer();
      const count = stepsOf(analyzer);
      for (const pause of [1, Math.floor(count / 2), count - 1]) {
        analyzer.analyze(base, config, context);
        const steps = analyzer.analyzeSteps(newer, config, context);
        for (let i = 0; i < pause; i++) steps.next();
        // Superseded: the host never resumes it, and analyses the fixed text and the newer one.
        same(observable(analyzer.analyze(fixed, config, context)), JSON.parse(fullFixed), `fixed after ${pause}`);
        same(observable(analyzer.analyze(newer, config, context)), JSON.parse(fullNewer), `newer after ${pause}`);
      }
    });

    it('leaves an older analysis as it was: every span still points at its text', () => {
      const analyzer = new IncrementalAnalyzer();
      const older = analyzer.analyze(base, config, context);
      const before = JSON.stringify(older);
      const entries = older.postmortem.timeline?.entries ?? [];
      assert.ok(entries.length === 3_000);
      // Later versions move every block after their edit, and take the previous version's blocks.
      analyzer.analyze(newer, config, context);
      analyzer.analyze(fixed, config, context);
      analyzer.analyze(`${newer}\n\n10:00 appended [resolved]\n`, config, context);
      analyzer.analyze(base.replace('## Timeline', '## Timeline\n\nAll times PST.'), config, context);
      assert.equal(JSON.stringify(older), before, 'the older analysis is unchanged');
      for (const e of entries) assert.equal(base.slice(e.timeSpan.start, e.timeSpan.end), e.timeText);
      for (const f of older.findings)
        assert.ok(f.span.end <= base.length && f.span.start <= f.span.end, `${f.code} stays inside the text`);
      const mttd = older.postmortem.statedFigures.find((f) => f.figure === 'MTTD');
      assert.equal(mttd && base.slice(mttd.valueSpan.start, mttd.valueSpan.end), '9m');
    });
  });

  const corpus = join(SHARED, 'corpus');
  it(
    'parses every corpus file and the reference postmortem as remark does',
    { skip: existsSync(corpus) ? false : MISSING_SHARED },
    () => {
      const files = (readdirSync(corpus, { recursive: true }) as string[])
        .filter((f) => /\.(md|markdown)$/i.test(f))
        .map((f) => join(corpus, f));
      files.push(join(SHARED, 'design', 'example-2019-02-06.md'));
      assert.ok(files.length > 20);
      for (const file of files) sameTree(new MarkdownCache(), readFileSync(file, 'utf8'), file);
    },
  );
});
