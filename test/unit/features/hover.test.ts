// Hover, in process over an Analysis: what a stated figure measures and whether it agrees, a
// timeline time in absolute terms, a key-moment tag and the figures that use it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../../server/src/analysis/analyze';
import { hoverAt } from '../../../server/src/features/hover';
import { lint, postmortem } from '../../support/core';
import { example, offsetOf, URI } from '../../support/features';

/** The hover's markdown and the range it covers, `line:character-line:character`. */
function hover(analysis: Analysis, needle: string, delta = 0) {
  const h = hoverAt(analysis, URI, offsetOf(analysis.postmortem.text, needle, delta));
  if (!h) return null;
  assert.ok(typeof h.contents === 'object' && 'kind' in h.contents && h.contents.kind === 'markdown');
  const r = h.range!;
  return { value: h.contents.value, range: `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}` };
}
const text = (h: ReturnType<typeof hover>) => h?.value.split('\n\n');
const MTTR_ENTRIES = [
  `- detected: [10:12](${URI}#L15) error-rate alert fires \\[detected\\]`,
  `- resolved: [10:40](${URI}#L21) error rate back to normal \\[resolved\\]`,
];

describe('hover on a stated figure', () => {
  it('inferred: its meaning, both entries with links to their lines, the value, the inference, agreement', () => {
    const { analysis } = example('2024-08-14-receipt-uploads-dropped.md');
    assert.deepEqual(hover(analysis, 'MTTR: 1h35m', 2), {
      value: [
        '**MTTR** (time to resolve): from *detected* to *resolved*.',
        'Timeline: **1h35m**, from detected to resolved:',
        `- detected: [20:10](${URI}#L27) Finance dashboard shows receipt volume at a third of a normal Wedne... (inferred)`,
        `- resolved: [21:45](${URI}#L40) Receipts arriving at the usual rate, and spot checks in production ... (inferred)`,
        'Inferred from the stated figures: no entry is marked; mark them to keep this checked.',
        'Stated 1h35m: agrees with the timeline.',
      ].join('\n\n'),
      range: '59:0-59:11',
    });
  });

  it('from markers, in a table row, the tag in an entry’s text escaped', () => {
    const { analysis } = example('2024-11-02-overnight-batch-berlin.md');
    assert.deepEqual(text(hover(analysis, '| MTTD', 3)), [
      '**MTTD** (time to detect): from *start* to *detected*.',
      'Timeline: **1h18m**, from start to detected:',
      `- start: [23:47](${URI}#L22) Database failover to the replica; the batch keeps its old connectio...`,
      `- detected: [01:05](${URI}#L26) Batch watchdog alerts: no progress for 60 minutes \\[detected\\]`,
      'From the key moments marked in the timeline.',
      'Stated 1h18m: agrees with the timeline.',
    ]);
  });

  it('a value that differs says what the timeline gives', () => {
    const a = lint(postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 2h\n' }));
    assert.deepEqual(hover(a, 'MTTR: 2h', 1), {
      value: [
        '**MTTR** (time to resolve): from *detected* to *resolved*.',
        'Timeline: **28m**, from detected to resolved:',
        ...MTTR_ENTRIES,
        'From the key moments marked in the timeline.',
        'Stated 2h: **differs**, the timeline says 28m.',
      ].join('\n\n'),
      range: '34:0-34:8',
    });
  });

  it('a value that cannot be read, and no value', () => {
    const unreadable = lint(postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: soon\n' }));
    assert.equal(text(hover(unreadable, 'MTTR: soon', 1))?.at(-1), 'Stated "soon" cannot be read as a duration.');
    const empty = lint(postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR:\n' }));
    assert.deepEqual(hover(empty, 'MTTR:', 1), {
      value: [
        '**MTTR** (time to resolve): from *detected* to *resolved*.',
        'Timeline: **28m**, from detected to resolved:',
        ...MTTR_ENTRIES,
        'From the key moments marked in the timeline.',
        'No value is stated yet.',
      ].join('\n\n'),
      range: '34:0-34:5',
    });
  });

  it('a figure the timeline cannot give says which moments to mark', () => {
    const a = lint(
      postmortem({ timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n10:12 alert [detected]\n' }),
    );
    assert.deepEqual(hover(a, 'MTTR: 28m', 1), {
      value:
        '**MTTR** (time to resolve): from *detected* to *resolved*.\n\nThe timeline does not give it: mark the `[detected]` and `[resolved]` entries.',
      range: '28:0-28:9',
    });
  });
});

describe('hover on a timeline time', () => {
  it('the ISO time in the declared zone, in UTC, and the time since impact start (inferred here)', () => {
    const { analysis } = example('2024-08-14-receipt-uploads-dropped.md');
    assert.deepEqual(hover(analysis, '20:10 Finance', 1), {
      value:
        '**2024-08-14T20:10:00+00:00** (UTC)\n\nUTC: 2024-08-14T20:10:00+00:00\n\n**T+2h52m** since impact start (17:18)',
      range: '26:0-26:5',
    });
  });

  it('in a zone with an offset, across midnight', () => {
    const { analysis } = example('2024-11-02-overnight-batch-berlin.md');
    assert.deepEqual(hover(analysis, '01:05 Batch'), {
      value:
        '**2024-11-03T01:05:00+01:00** (Europe/Berlin)\n\nUTC: 2024-11-03T00:05:00+00:00\n\n**T+1h18m** since impact start (23:47)',
      range: '25:0-25:5',
    });
  });

  const timeline = postmortem({
    timeline:
      '## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n??:?? noticed\n\n25:61 what\n\n~10:12 alert [detected]\n',
  });
  it('an approximate time says so', () => {
    assert.deepEqual(text(hover(lint(timeline), '~10:12', 2)), [
      '**2024-03-05T10:12:00+00:00** (UTC)',
      'UTC: 2024-03-05T10:12:00+00:00',
      '**T+14m** since impact start (09:58)',
      'Approximate time.',
    ]);
  });
  it('an unknown and an unreadable time say why they count for nothing', () => {
    const a = lint(timeline);
    assert.deepEqual(hover(a, '??:??', 1), {
      value: 'Unknown time: this entry is left out of the figures.',
      range: '14:0-14:5',
    });
    assert.deepEqual(hover(a, '25:61', 1), { value: '`25:61` is not a time of day.', range: '16:0-16:5' });
  });
  it('a time with no date says where to give one', () => {
    const a = lint(postmortem({ head: '# Checkout\n\n**Incident Leader: Dana**\n' }));
    assert.deepEqual(text(hover(a, '10:12 error', 1)), [
      '**10:12** UTC, on a day the document does not give: add the date to the title or a date line.',
      '**T+14m** since impact start (09:58)',
    ]);
  });
});

describe('hover on a key-moment tag', () => {
  it('what it marks and every figure using it, with its value', () => {
    const { analysis } = example('2024-03-05-checkout-errors.md');
    assert.deepEqual(hover(analysis, '[detected]', 3), {
      value:
        '`[detected]` marks when the incident was detected.\n\nUsed by:\n- **MTTD** (start → detected): 14m\n- **MTTA** (detected → acknowledged): 3m\n- **MTTM** (detected → mitigated): 19m\n- **MTTR** (detected → resolved): 28m\n- **MTTDecl** (detected → declared)',
      range: '17:75-17:85',
    });
    assert.deepEqual(hover(analysis, '[start]', 1), {
      value:
        '`[start]` marks when the impact started.\n\nUsed by:\n- **MTTD** (start → detected): 14m\n- **Duration** (start → resolved): 42m',
      range: '15:67-15:74',
    });
  });
});

describe('no hover', () => {
  it('on prose, on an entry’s text, or in a file that is not a postmortem', () => {
    const a = lint(postmortem());
    assert.equal(hover(a, 'Checkout returned', 3), null);
    assert.equal(hover(a, '10:12 error-rate alert', 8), null);
    assert.equal(hover(lint('# Notes\n\n10:00 standup\n\nMTTR: 2h\n'), 'MTTR', 1), null);
  });
});
