// Real postmortems drift from any template (FORMAT.md section 8); these are the shapes seen in
// the corpus, written afresh, so the behaviour is pinned without the corpus present.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureMismatch } from '../../server/src/analysis/rules/figure-mismatch';
import { incidentLeader } from '../../server/src/analysis/rules/incident-leader';
import { unknownTime } from '../../server/src/analysis/rules/timeline-unknown-time';
import { figure, lint, postmortem, rangeOf } from '../support/core';
import { runRule } from '../support/ruleTester';

const iso = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString().slice(0, 16));

describe('real-world variety', () => {
  it('entries separated by <br> inside one paragraph, markers wrapped across lines and HTML-escaped', () => {
    const a = lint(
      [
        '# Postmortem: site outage',
        'Status: final<br> Owners: @sam',
        '## Timeline (all times in PST/PDT)',
        '### 2023-08-25',
        '21:14 - DNS change takes effect. **\\<START OF\nOUTAGE>**<br> 21:20 - Monitoring sends a first e-mail.<br> 23:54 - A report\narrives.',
        '### 2023-08-26',
        '12:55 - Fix takes effect. **&lt;END OF OUTAGE&gt;**',
        '## Impact',
        'Users could not reach the site.',
      ].join('\n\n'),
      { requiredFigures: [] },
    );
    const entries = a.postmortem.timeline!.entries;
    assert.deepEqual(
      entries.map((e) => e.timeText),
      ['21:14', '21:20', '23:54', '12:55'],
    );
    assert.deepEqual(
      entries.map((e) => e.text),
      [
        'DNS change takes effect. **\\<START OF',
        'Monitoring sends a first e-mail.',
        'A report',
        'Fix takes effect. **&lt;END OF OUTAGE&gt;**',
      ],
    );
    assert.deepEqual(
      entries.map((e) => e.moments.map((m) => m.moment)),
      [['start'], [], [], ['resolved']],
    );
    assert.equal(a.postmortem.timeline!.timezone.zone, 'America/Los_Angeles');
    const duration = figure(a, 'Duration');
    assert.deepEqual(
      [duration.minutes, iso(duration.fromEntry?.epochMs), iso(duration.toEntry?.epochMs)],
      [941, '2023-08-26T04:14', '2023-08-26T19:55'],
    );
    assert.deepEqual(
      a.postmortem.metadata.map((m) => [m.key, m.value]),
      [
        ['Status', 'final'],
        ['Owners', '@sam'],
      ],
    );
    assert.deepEqual(runRule(incidentLeader, a.postmortem.text).findings, [], 'Owners names the leader');
  });

  it('a table whose first cell holds date and time, and figures in a Stats section', () => {
    const a = lint(
      [
        '# Login outage',
        '## Summary',
        'Certificates expired.',
        '## Timeline',
        'All times in UTC.',
        '| Time | Event |\n| :--- | --- |\n| 2021-03-31 12:06 | Certificates expire |\n| 2021-03-31   12:11 | Reports of failures |\n| 2021-03-31 13:30 | Confirmed working |',
        '## Action Items',
        '- Monitor certificate expiry',
        '## Stats',
        '- Category: Auth\n- Time to detection: 5 minutes\n- Time to recovery: 79 minutes',
      ].join('\n\n'),
    );
    const entries = a.postmortem.timeline!.entries;
    assert.deepEqual(
      entries.map((e) => [e.date, e.timeText, e.text]),
      [
        ['2021-03-31', '2021-03-31 12:06', 'Certificates expire'],
        ['2021-03-31', '2021-03-31   12:11', 'Reports of failures'],
        ['2021-03-31', '2021-03-31 13:30', 'Confirmed working'],
      ],
    );
    assert.deepEqual(
      a.postmortem.statedFigures.map((s) => [s.figure, s.label, s.value?.minutes]),
      [
        ['MTTD', 'Time to detection', 5],
        ['MTTR', 'Time to recovery', 79],
      ],
    );
    assert.deepEqual(
      [figure(a, 'MTTD').minutes, figure(a, 'MTTR').minutes, figure(a, 'MTTR').source],
      [5, 79, 'inferred'],
    );
  });

  it('day headings in words, times without a colon or with a dot, bold times, 12-hour times', () => {
    const a = lint(
      [
        '# 2019-02-15 Build broken',
        '**Incident Leader: Kim**',
        '## timeline',
        'All times UTC.',
        '### Friday 15th February',
        '**15:11** Change lands [start]',
        '1915 UTC - Alarm [detected]',
        '### Saturday 16th February',
        '07:52am - still failing',
        '15.26 fixed [resolved]',
        '## impact',
        'MTTD: 4h04m\n\nMTTR: 20h11m',
      ].join('\n\n'),
    );
    const entries = a.postmortem.timeline!.entries;
    assert.deepEqual(
      entries.map((e) => [e.date, e.time && `${e.time.hour}:${e.time.minute}`]),
      [
        ['2019-02-15', '15:11'],
        ['2019-02-15', '19:15'],
        ['2019-02-16', '7:52'],
        ['2019-02-16', '15:26'],
      ],
    );
    assert.deepEqual([figure(a, 'MTTD').minutes, figure(a, 'MTTR').minutes], [244, 1211]);
    assert.deepEqual(runRule(figureMismatch, a.postmortem.text).findings, [], 'the stated figures agree');
  });

  it('an unknown time is kept as an entry without a timestamp', () => {
    const a = lint(
      '# 2024-01-01 X\n\n## Timeline\n\nAll times UTC.\n\n??:?? a customer reports errors\n\n10:00 paged\n\n## Impact\n\nMTTD: 1h\n',
    );
    const [unknown] = a.postmortem.timeline!.entries;
    assert.deepEqual([unknown.time, unknown.epochMs, unknown.text], [null, null, 'a customer reports errors']);
    const { analysis, findings } = runRule(unknownTime, a.postmortem.text);
    assert.deepEqual(
      findings.map((f) => rangeOf(analysis, f.span)),
      ['6:0-6:5'],
    );
  });

  it('headings match their section case-insensitively, ignoring (s), punctuation and trailing text', () => {
    const a = lint(
      postmortem({
        timeline: '## timeline (all times UTC):\n\n09:58 push [start]\n',
        factors: '## Contributing Factor(s)\n\n- One.\n',
        actions: '## ACTION ITEMS!\n\n- Canary.\n',
      }),
    );
    assert.deepEqual(
      a.postmortem.sections.map((s) => [s.heading, s.canonical ?? null]),
      [
        ['Description', 'Description'],
        ['timeline (all times UTC):', 'Timeline'],
        ['Contributing Factor(s)', 'Contributing Factors'],
        ['Stabilization Steps', 'Stabilization Steps'],
        ['Impact', 'Impact'],
        ['ACTION ITEMS!', 'Corrective Actions'],
      ],
    );
    assert.equal(a.postmortem.timeline?.timezone.zone, 'UTC');
  });

  it('several H1s and no H2: the H1s after the title are the sections', () => {
    const a = lint(
      '# 2024-01-01 Delays\n\n**Incident Leader: A**\n\n# Incident Summary\n\nSlow.\n\n# Timeline\n\nAll times UTC.\n\n10:00 x\n\n# Causes\n\n- load\n',
    );
    assert.deepEqual(
      a.postmortem.sections.map((s) => [s.heading, s.canonical ?? null]),
      [
        ['Incident Summary', 'Description'],
        ['Timeline', 'Timeline'],
        ['Causes', 'Contributing Factors'],
      ],
    );
    assert.equal(a.postmortem.timeline?.entries.length, 1);
  });

  it('never throws on hostile text', () => {
    const pieces = [
      '# ',
      '## Timeline\n',
      '## Impact\n',
      'MTTR: ',
      '25:61 ',
      '??:?? ',
      '[start]',
      '<br>',
      '\r\n',
      '\n\n',
      '| 12:00 | x |\n',
      '---\n',
      'type: postmortem\n',
      '\uFEFF',
      '😀',
      '\t',
      '~',
      '**',
      '2019-02-30 ',
      '### Friday 31st February\n',
      '`',
      '<!--',
      '\u0000',
    ];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      let text = '';
      for (let j = 0; j < 40; j++) text += pieces[Math.floor(random() * pieces.length)];
      const a = lint(text, {}, { path: '/x/incidents/fuzz.md' });
      assert.deepEqual(a.failures, [], text);
      for (const f of a.findings) assert.ok(f.span.start >= 0 && f.span.end <= text.length, text);
    }
  });
});
