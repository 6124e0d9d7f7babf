// The code lens above the Timeline heading, in process over an Analysis: the incident's span and
// its figures at a glance.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeLenses } from '../../../server/src/features/codeLens';
import { lint, postmortem } from '../../support/core';
import { example } from '../../support/features';

/** Each lens as `line: title`; a lens is a label, its command does nothing. */
const lenses = (text: string | ReturnType<typeof example>, path?: string) =>
  codeLenses(typeof text === 'string' ? lint(text, {}, { path }) : text.analysis).map((l) => {
    assert.equal(l.command?.command, '');
    return `${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character} ${l.command?.title}`;
  });

describe('code lens', () => {
  it('entries, first and last time, span and zone, then each figure the timeline gives', () => {
    assert.deepEqual(lenses(example('2024-03-05-checkout-errors.md')), [
      '11:0-11:11 6 entries, 09:58 → 10:40 (42m) UTC — MTTD 14m · MTTA 3m · MTTM 19m · MTTR 28m · Duration 42m',
    ]);
  });
  it('across midnight, in the declared zone', () => {
    assert.deepEqual(lenses(example('2024-11-02-overnight-batch-berlin.md')), [
      '15:0-15:11 6 entries, 22:30 → 05:55 (7h25m) Europe/Berlin — MTTD 1h18m · MTTA 15m · MTTM 1h5m · MTTR 4h50m · Duration 6h8m',
    ]);
  });
  it('says when the figures were inferred', () => {
    assert.deepEqual(lenses(example('2024-08-14-receipt-uploads-dropped.md')), [
      // The stated figures give start, detected and resolved; the entries' words suggest the rest (≈).
      "8:0-8:11 12 entries, 09:30 → 21:45 (12h15m) UTC — MTTD 2h52m · MTTA ≈11m · MTTM ≈1h7m · MTTR 1h35m · Duration 4h27m (inferred, ≈ suggested by the entries' words)",
    ]);
  });
  it('says when no key moment is marked, and when no time is known', () => {
    const timeline = (body: string) =>
      postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}`, impact: '## Impact\n\nMTTD: 3h\n' });
    assert.deepEqual(lenses(timeline('09:58 push\n\n10:12 alert\n')), [
      '8:0-8:11 2 entries, 09:58 → 10:12 (14m) UTC — no key moments marked; suggested: ≈detected 10:12',
    ]);
    assert.deepEqual(lenses(timeline('??:?? push\n\n??:?? alert\n')), ['8:0-8:11 2 entries — no key moments marked']);
  });
  it('none without a Timeline, nor in a file that is not a postmortem', () => {
    assert.deepEqual(lenses(postmortem({ timeline: '' }), '/repo/incidents/a.md'), []);
    assert.deepEqual(lenses('# Notes\n\n## Timeline\n\n10:00 a [start]\n'), []);
  });
});
