// The reference postmortem (FORMAT.md): MTTD 2h52m and MTTR 1h35m confirmed against the timeline,
// a placeholder finding on its Description, and no false alarms elsewhere: every other rule's own
// test runs it over this file (the known texts of test/support/ruleTester.ts). The same shape,
// written for this project, is examples/postmortems/2024-08-14-receipt-uploads-dropped.md.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Rule } from '../../server/src/analysis/rule';
import { figureMismatch } from '../../server/src/analysis/rules/figure-mismatch';
import { inferredMoments } from '../../server/src/analysis/rules/key-moments-inferred';
import { placeholder } from '../../server/src/analysis/rules/placeholder';
import { approximateTime } from '../../server/src/analysis/rules/timeline-approximate-time';
import { hoverAt } from '../../server/src/features/hover';
import { figure, lint, rangeOf } from '../support/core';
import { runRule } from '../support/ruleTester';
import { MISSING_SHARED, sharedFile } from '../support/shared';

const reference = sharedFile('design', 'example-2019-02-06.md');
const template = sharedFile('design', '.post-mortem-template.md');

describe('the reference postmortem', { skip: !reference || !template ? MISSING_SHARED : false }, () => {
  const options = { path: '/repo/docs/incidents/2019-02-06.md', template };
  const a = lint(reference ?? '', {}, options);
  /** The rule's findings on the reference, as [range, severity, message]. */
  const findingsOf = (rule: Rule, withTemplate = true) => {
    const run = runRule(rule, reference ?? '', withTemplate ? options : { path: options.path });
    return run.findings.map((f) => [rangeOf(run.analysis, f.span), f.severity, f.message]);
  };
  const hhmm = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString().slice(11, 16));

  it('is a postmortem with its title date and leader', () => {
    assert.equal(a.postmortem.classification, 'path');
    assert.equal(a.postmortem.date, '2019-02-06');
    assert.deepEqual(
      a.postmortem.metadata.map((m) => [m.key, m.value]),
      [['Incident Leader', 'Peter']],
    );
  });

  it('parses the timeline: 15 entries in UTC, notes attached, one approximate', () => {
    const tl = a.postmortem.timeline!;
    assert.equal(tl.timezone.zone, 'UTC');
    assert.equal(tl.timezone.source, 'timeline');
    assert.deepEqual(
      tl.entries.map((e) => e.timeText),
      [
        '10:00',
        '10:42',
        '~16:50',
        '16:57',
        '17:18',
        '18:10',
        '20:10',
        '20:18',
        '20:26',
        '20:39',
        '20:42',
        '20:45',
        '20:57',
        '21:28',
        '21:45',
      ],
    );
    assert.equal(tl.entries[1].notes.length, 4);
    assert.equal(tl.entries[8].notes.length, 3, 'the two bullets and the paragraph after 20:26');
    assert.deepEqual(
      tl.entries.filter((e) => e.approximate).map((e) => e.timeText),
      ['~16:50'],
    );
    assert.ok(tl.entries.every((e) => e.date === '2019-02-06'));
  });

  it('infers MTTD 172 and MTTR 95 minutes from 17:18 -> 20:10 -> 21:45', () => {
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
    assert.equal(mttd.stated?.value?.minutes, 172);
    assert.equal(mttr.stated?.value?.minutes, 95);
  });

  it('confirms both stated figures', () => {
    assert.deepEqual(findingsOf(figureMismatch), []);
    assert.deepEqual(findingsOf(inferredMoments), [
      [
        '8:0-8:11',
        'hint',
        'MTTD and MTTR match the timeline (17:18 start → 20:10 detected → 21:45 resolved): mark these key moments so the figures stay checked.',
      ],
    ]);
  });

  it('finds the placeholder Description, and notes the approximate time', () => {
    assert.deepEqual(findingsOf(placeholder), [
      [
        '6:0-6:45',
        'warning',
        'Replace the template text "Something went wrong and caused this problem." with what happened in this incident.',
      ],
    ]);
    assert.deepEqual(findingsOf(approximateTime), [
      [
        '26:0-26:6',
        'information',
        'Approximate time "~16:50": figures measured from it are approximate; give the exact time if logs have it.',
      ],
    ]);
  });

  it('without the template the Description is not flagged: no sentence is hard-coded', () => {
    assert.deepEqual(findingsOf(placeholder, false), []);
  });

  it('explains MTTR on hover: both entries with links to their lines, inferred, agreeing', () => {
    const uri = 'file:///repo/docs/incidents/2019-02-06.md';
    const text = a.postmortem.text;
    const hover = hoverAt(a, uri, text.indexOf('MTTR: 1h35m') + 2);
    assert.deepEqual(hover?.contents, {
      kind: 'markdown',
      value: [
        '**MTTR** (time to resolve): from *detected* to *resolved*.',
        'Timeline: **1h35m**, from detected to resolved:',
        `- detected: [20:10](${uri}#L35) "seems like multifile upload is broken in production": database sta... (inferred)`,
        `- resolved: [21:45](${uri}#L58) testing in production is ok (inferred)`,
        'Inferred from the stated figures: no entry is marked; mark them to keep this checked.',
        'Stated 1h35m: agrees with the timeline.',
      ].join('\n\n'),
    });
    assert.deepEqual(hover?.range, { start: { line: 75, character: 0 }, end: { line: 75, character: 11 } });
    assert.deepEqual(hoverAt(a, uri, text.indexOf('20:10:') + 1)?.contents, {
      kind: 'markdown',
      value:
        '**2019-02-06T20:10:00+00:00** (UTC)\n\nUTC: 2019-02-06T20:10:00+00:00\n\n**T+2h52m** since impact start (17:18)',
    });
  });
});
