// The figures (figures.ts): each measured between its two key moments' entries, whatever the
// stated values say, across midnight too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figure, lint, postmortem } from '../support/core';

describe('figures from marked key moments', () => {
  it('gives every figure the markers of the shared postmortem give', () => {
    const a = lint(postmortem());
    assert.deepEqual(
      a.figures.map((f) => [f.name, f.from, f.to, f.minutes, f.source, f.fromEntry?.timeText, f.toEntry?.timeText]),
      [
        ['MTTD', 'start', 'detected', 14, 'markers', '09:58', '10:12'],
        ['MTTA', 'detected', 'acknowledged', 3, 'markers', '10:12', '10:15'],
        ['MTTM', 'detected', 'mitigated', 19, 'markers', '10:12', '10:31'],
        ['MTTR', 'detected', 'resolved', 28, 'markers', '10:12', '10:40'],
        ['MTTDecl', 'detected', 'declared', null, null, '10:12', undefined],
        ['Duration', 'start', 'resolved', 42, 'markers', '09:58', '10:40'],
      ],
    );
    assert.deepEqual(
      a.figures.map((f) => f.stated?.value?.minutes ?? null),
      [14, null, null, 28, null, null],
    );
  });

  it('measures across midnight: a time more than 12 hours back is the next day', () => {
    const a = lint(
      postmortem({
        timeline:
          '## Timeline\n\nAll times UTC.\n\n23:50 push [start]\n\n00:04 alert [detected]\n\n00:32 ok [resolved]\n',
      }),
    );
    assert.deepEqual(
      a.postmortem.timeline!.entries.map((e) => [e.timeText, e.date, e.dateSource]),
      [
        ['23:50', '2024-03-05', 'title'],
        ['00:04', '2024-03-06', 'rollover'],
        ['00:32', '2024-03-06', 'rollover'],
      ],
    );
    assert.deepEqual(
      [figure(a, 'MTTD').minutes, figure(a, 'MTTR').minutes, figure(a, 'Duration').minutes],
      [14, 28, 42],
    );
  });

  it('gives none for a moment nobody marked, when the stated figures cannot tell', () => {
    const a = lint(
      postmortem({
        timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push\n\n10:12 alert\n',
        impact: '## Impact\n\nMTTD: 3h\n',
      }),
    );
    assert.deepEqual(
      a.figures.map((f) => [f.name, f.minutes, f.source]),
      [
        ['MTTD', null, null],
        ['MTTA', null, null],
        ['MTTM', null, null],
        ['MTTR', null, null],
        ['MTTDecl', null, null],
        ['Duration', null, null],
      ],
    );
  });
});
