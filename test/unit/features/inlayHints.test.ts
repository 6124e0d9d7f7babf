// Inlay hints, in process over an Analysis: the timeline's value after each stated figure, the
// unstated figures on the Impact heading, the time since impact start after each entry's time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InlayHintKind } from 'vscode-languageserver';
import type { Analysis } from '../../../server/src/analysis/analyze';
import type { Span } from '../../../server/src/postmortem/model';
import { inlayHints } from '../../../server/src/features/inlayHints';
import { lint, postmortem } from '../../support/core';
import { example, offsetOf } from '../../support/features';

const whole = (a: Analysis): Span => ({ start: 0, end: a.postmortem.text.length });
/** Each hint as `line:character label`. */
const brief = (a: Analysis, range = whole(a), elapsedTime = true) =>
  inlayHints(a, range, { elapsedTime }).map((h) => `${h.position.line}:${h.position.character} ${String(h.label)}`);

describe('inlay hints', () => {
  const clean = example('2024-03-05-checkout-errors.md');

  it('T+ after each entry’s time, the unstated figures on the Impact heading, ✓ after each stated one', () => {
    assert.deepEqual(brief(clean.analysis), [
      '15:5 T+0m',
      '17:5 T+14m',
      '19:5 T+17m',
      '21:5 T+26m',
      '23:5 T+33m',
      '25:5 T+42m',
      '37:9 MTTM 19m',
      '41:9 ✓ 14m',
      '43:8 ✓ 3m',
      '45:9 ✓ 28m',
      '47:13 ✓ 42m',
    ]);
  });

  it('of the kinds and tooltips an editor shows them with', () => {
    const hints = inlayHints(clean.analysis, whole(clean.analysis), { elapsedTime: true });
    assert.deepEqual(hints[0], {
      position: { line: 15, character: 5 },
      label: 'T+0m',
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
    });
    assert.deepEqual(hints.slice(6, 8), [
      {
        position: { line: 37, character: 9 },
        label: 'MTTM 19m',
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: 'Computed from the timeline; not stated in this section',
      },
      {
        position: { line: 41, character: 9 },
        label: '✓ 14m',
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: 'MTTD from the key moments marked',
      },
    ]);
  });

  it('say what the timeline gives where a stated figure disagrees, and nothing of T+ when turned off', () => {
    const text = clean.text.replace('MTTR: 28m', 'MTTR: 3h02m');
    assert.deepEqual(brief(lint(text, {}, { path: '/repo/incidents/a.md' }), undefined, false), [
      '37:9 MTTM 19m',
      '41:9 ✓ 14m',
      '43:8 ✓ 3m',
      '45:11 timeline says 28m',
      '47:13 ✓ 42m',
    ]);
  });

  it('in the document’s style; a value that cannot be read is no agreement', () => {
    const a = lint(postmortem({ impact: '## Impact\n\nMTTD: 14 minutes\n\nMTTR: soon\n' }));
    assert.deepEqual(brief(a, undefined, false), [
      '30:9 MTTA 3m · MTTM 19m · Duration 42m',
      '32:16 ✓ 14m',
      '34:10 timeline says 28m',
    ]);
  });

  it('only within the range asked for', () => {
    const { text, analysis } = clean;
    assert.deepEqual(brief(analysis, { start: offsetOf(text, '10:15'), end: offsetOf(text, '10:40') }), [
      '19:5 T+17m',
      '21:5 T+26m',
      '23:5 T+33m',
    ]);
  });

  it('none where the timeline gives nothing, nor in a file that is not a postmortem', () => {
    const unmarked = lint(
      postmortem({
        timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push\n\n10:12 deploy\n',
        impact: '## Impact\n\nMTTD: 3h\n',
      }),
    );
    assert.deepEqual(brief(unmarked), []);
    assert.deepEqual(brief(lint('# Notes\n\n## Timeline\n\n10:00 a [start]\n\n10:20 b [detected]\n')), []);
  });

  it('show what the words suggest as ≈, never as what the timeline says', () => {
    const a = lint(
      postmortem({
        timeline:
          '## Timeline\n\nAll times UTC.\n\n09:58 config push to the payment proxy\n\n10:12 error-rate alert fires\n\n10:40 error rate back to normal\n',
        impact: '## Impact\n\nMTTR: 2h\n',
      }),
    );
    const hints = inlayHints(a, whole(a), { elapsedTime: false }).map((h) => [h.label, h.tooltip]);
    assert.deepEqual(hints, [
      ['≈ [detected]', 'Suggested by "alert": Mark as detected (the lightbulb) to make it count'],
      ['≈ [resolved]', 'Suggested by "back to normal": Mark as resolved (the lightbulb) to make it count'],
      ['≈ 28m suggested', "MTTR ≈ suggested by the entries' words (nothing is marked: not checked)"],
    ]);
  });
});
