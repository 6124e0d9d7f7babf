// The examples shipped with the project show the features; they must keep showing them. Their
// whole finding lists are in the snapshot (snapshot.test.ts); that no rule raises a false alarm
// on them is each rule's own test (the known texts of test/support/ruleTester.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { figureMismatch } from '../../server/src/analysis/rules/figure-mismatch';
import { inferredMoments } from '../../server/src/analysis/rules/key-moments-inferred';
import { placeholder } from '../../server/src/analysis/rules/placeholder';
import { figure, lint, rangeOf } from '../support/core';
import { runRule } from '../support/ruleTester';

const dir = join(__dirname, '..', '..', 'examples', 'postmortems');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const example = (name: string) => lint(read(name), {}, { path: join(dir, name) });
const hhmm = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString().slice(11, 16));

describe('examples', () => {
  describe('the receipt uploads one, shaped like the reference postmortem', () => {
    const name = '2024-08-14-receipt-uploads-dropped.md';
    const text = read(name);
    const options = { path: join(dir, name) };

    it('infers MTTD 2h52m and MTTR 1h35m from 17:18 -> 20:10 -> 21:45, no key moment being marked', () => {
      const a = example(name);
      assert.ok(
        a.postmortem.timeline!.entries.every((e) => e.moments.length === 0),
        'nothing is marked',
      );
      const mttd = figure(a, 'MTTD');
      const mttr = figure(a, 'MTTR');
      assert.deepEqual(
        [mttd.minutes, mttd.source, hhmm(mttd.fromEntry?.epochMs), hhmm(mttd.toEntry?.epochMs)],
        [172, 'inferred', '17:18', '20:10'],
      );
      assert.deepEqual(
        [mttr.minutes, mttr.source, hhmm(mttr.fromEntry?.epochMs), hhmm(mttr.toEntry?.epochMs)],
        [95, 'inferred', '20:10', '21:45'],
      );
      assert.deepEqual([mttd.stated?.valueText, mttr.stated?.valueText], ['2h52m', '1h35m']);
    });

    it('confirms both stated figures: no mismatch, and the hint offers to mark the moments', () => {
      assert.deepEqual(runRule(figureMismatch, text, options).findings, []);
      const { analysis, findings } = runRule(inferredMoments, text, options);
      assert.deepEqual(
        findings.map((f) => [rangeOf(analysis, f.span), f.severity, f.message]),
        [
          [
            '8:0-8:11',
            'hint',
            'MTTD and MTTR match the timeline (17:18 start → 20:10 detected → 21:45 resolved): mark these key moments so the figures stay checked.',
          ],
        ],
      );
    });

    it('warns that the Description is still the placeholder', () => {
      const { analysis, findings } = runRule(placeholder, text, options);
      assert.deepEqual(
        findings.map((f) => [rangeOf(analysis, f.span), f.severity, f.message]),
        [
          [
            '6:0-6:68',
            'warning',
            'Replace the placeholder "<What happened, to whom and for how long, in two or three sentences>".',
          ],
        ],
      );
    });
  });

  it('the clean one has all figures confirmed from markers', () => {
    const a = example('2024-03-05-checkout-errors.md');
    assert.deepEqual(
      a.figures.map((f) => [f.name, f.minutes, f.source, f.stated?.value?.minutes ?? null]),
      [
        ['MTTD', 14, 'markers', 14],
        ['MTTA', 3, 'markers', 3],
        ['MTTM', 19, 'markers', null],
        ['MTTR', 28, 'markers', 28],
        ['MTTDecl', null, null, null],
        ['Duration', 42, 'markers', 42],
      ],
    );
  });

  it('the overnight one in Europe/Berlin crosses midnight with a day heading and keeps its offsets', () => {
    const a = example('2024-11-02-overnight-batch-berlin.md');
    const entries = a.postmortem.timeline!.entries;
    assert.deepEqual(
      entries.map((e) => [e.date, e.offsetMinutes]),
      [
        ['2024-11-02', 60],
        ['2024-11-02', 60],
        ['2024-11-03', 60],
        ['2024-11-03', 60],
        ['2024-11-03', 60],
        ['2024-11-03', 60],
      ],
    );
    assert.deepEqual(
      [figure(a, 'MTTD').minutes, figure(a, 'MTTR').minutes, figure(a, 'Duration').minutes],
      [78, 290, 368],
    );
  });
});
