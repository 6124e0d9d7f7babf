// Key moments as people write them (issue 11, "Key moments" and "Figures as people state them"):
// markers in any case and form, Key events lists, impact windows, figure lines under their many
// names and places, prose durations, and the moments a reviewer reads from the entries' words
// when nothing is marked (source `wording`, a suggestion).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../server/src/analysis/analyze';
import { buildReport } from '../../server/src/cli/report';
import { configSchema } from '../../server/src/config/schema';
import { vocabulary } from '../../server/src/config/vocabulary';
import { readProseDurations } from '../../server/src/postmortem/proseDurations';
import { matchFigureLine } from '../../server/src/postmortem/statedFigures';
import { figure, lint, postmortem } from '../support/core';

const timeline = (body: string) => `## Timeline\n\nAll times UTC.\n\n${body}`;

function moments(a: Analysis): string[] {
  return [...a.moments.moments.values()].map((m) => {
    const line = m.entry ? a.postmortem.text.slice(m.entry.lineSpan.start, m.entry.lineSpan.end) : m.keyEvent?.label;
    return `${m.moment} ${m.source}: ${line}${m.words ? ` (${m.words.text})` : ''}`;
  });
}

const UNMARKED =
  '09:58 config push to the payment proxy\n\n10:12 error-rate alert fires\n\n10:15 on-call acknowledges the page\n\n10:31 push reverted\n\n10:40 error rate back to normal\n';

describe('moments from wording', () => {
  it('are suggested from the words of an unmarked timeline, each as source wording', () => {
    const a = lint(postmortem({ timeline: timeline(UNMARKED), impact: '## Impact\n\nCheckout failed.\n' }));
    assert.deepEqual(moments(a), [
      'detected wording: 10:12 error-rate alert fires (alert)',
      'acknowledged wording: 10:15 on-call acknowledges the page (acknowledges)',
      'mitigated wording: 10:31 push reverted (reverted)',
      'resolved wording: 10:40 error rate back to normal (back to normal)',
    ]);
    assert.equal(figure(a, 'MTTR').minutes, 28);
    assert.equal(figure(a, 'MTTR').source, 'wording');
    // Never a warning on their own.
    assert.deepEqual(
      a.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').map((f) => f.code),
      ['PM201', 'PM201'],
    );
  });

  it('the first entry describing impact is the start, only before a moment already known', () => {
    const a = lint(
      postmortem({
        timeline: timeline('09:50 deploy\n\n09:58 checkout errors spike\n\n10:12 alert fires\n\n10:40 all clear\n'),
      }).replace(/MTTD: 14m\n\nMTTR: 28m\n/, 'Checkout failed.\n'),
    );
    assert.deepEqual(moments(a).slice(0, 1), ['detected wording: 10:12 alert fires (alert)']);
    assert.ok(moments(a).includes('start wording: 09:58 checkout errors spike (errors)'), moments(a).join('\n'));
  });

  it('are not read from words negated, not yet done, or meaning something else', () => {
    const a = lint(
      postmortem({
        timeline: timeline(
          '10:00 no alert fired\n\n10:05 we will add an alert for this\n\n10:10 started the rollback\n\n10:12 db.example resolved to 10.0.0.1\n\n10:20 did not recover\n',
        ),
        impact: '## Impact\n\nCheckout failed.\n',
      }),
    );
    assert.deepEqual(moments(a), []);
  });

  it('lose to what the stated figures infer, and are off with suggestMoments: false', () => {
    const text = postmortem({ timeline: timeline(UNMARKED) });
    const inferred = lint(text);
    assert.equal(figure(inferred, 'MTTD').source, 'inferred');
    assert.equal(figure(inferred, 'MTTR').source, 'inferred');
    assert.equal(figure(inferred, 'MTTM').source, 'wording');
    const off = lint(text, { suggestMoments: false });
    assert.deepEqual(
      off.figures.filter((f) => f.minutes !== null).map((f) => f.source),
      off.figures.filter((f) => f.minutes !== null).map(() => 'inferred'),
    );
  });

  it('read a service available again, or healed on its own, as resolved', () => {
    for (const [line, words] of [
      ['10:40 the checkout page became available again', 'available again'],
      ['10:40 the proxy auto-healed with no one acting', 'auto-healed'],
      ['10:40 the API is reachable again', 'reachable again'],
    ]) {
      const a = lint(
        postmortem({
          timeline: timeline(`10:12 error-rate alert fires\n\n${line}\n`),
          impact: '## Impact\n\nCheckout failed.\n',
        }),
      );
      assert.ok(moments(a).includes(`resolved wording: ${line} (${words})`), moments(a).join('\n'));
      assert.equal(figure(a, 'MTTR').minutes, 28);
    }
    const not = lint(
      postmortem({
        timeline: timeline('10:12 error-rate alert fires\n\n10:40 the page was not available again until noon\n'),
        impact: '## Impact\n\nCheckout failed.\n',
      }),
    );
    assert.ok(!moments(not).some((m) => m.startsWith('resolved')), moments(not).join('\n'));
  });

  it("take a team's own phrases from the wording setting", () => {
    const text = postmortem({
      timeline: timeline('10:00 checkout errors\n\n10:12 the bat-signal lit up\n\n10:40 all clear\n'),
      impact: '## Impact\n\nCheckout failed.\n',
    });
    assert.ok(!moments(lint(text)).some((m) => m.startsWith('detected')));
    assert.ok(
      moments(lint(text, { wording: { detected: ['bat-signal'] } })).includes(
        'detected wording: 10:12 the bat-signal lit up (bat-signal)',
      ),
    );
  });

  it('are reported as wording in the JSON report, with their lines', () => {
    const a = lint(postmortem({ timeline: timeline(UNMARKED), impact: '## Impact\n\nCheckout failed.\n' }));
    const report = buildReport('a.md', a);
    assert.equal(report.figures.MTTR.source, 'wording');
    assert.equal(report.moments.detected?.source, 'wording');
    assert.equal(report.moments.detected?.at, '2024-03-05T10:12:00+00:00');
    assert.equal(report.moments.start, null);
  });
});

describe('markers in any case and form', () => {
  const marked = (body: string) => moments(lint(postmortem({ timeline: timeline(body) })));
  it('emphasised, standing alone, in capitals, in headings', () => {
    assert.deepEqual(marked('09:58 Config pushed. **Outage begins.**\n\n10:40 Rolled back (**outage ends**)\n'), [
      'start markers: 09:58 Config pushed. **Outage begins.**',
      'resolved markers: 10:40 Rolled back (**outage ends**)',
    ]);
    assert.deepEqual(marked('09:58 __EVENT BEGINS__\n\n10:40 Outage ends.\n'), [
      'start markers: 09:58 __EVENT BEGINS__',
      'resolved markers: 10:40 Outage ends.',
    ]);
  });
  it('but not a phrase inside a sentence in lower case', () => {
    const a = lint(postmortem({ timeline: timeline('09:58 we wrote the outage ends page\n\n10:40 done\n') }));
    assert.ok(!a.moments.moments.get('resolved') || a.moments.moments.get('resolved')?.source !== 'markers');
  });
});

describe('key moments stated outside the timeline', () => {
  it('a Key events list marks its moments and gives the figures', () => {
    const text = postmortem({
      timeline: timeline('09:58 config push\n\n10:12 alert\n\n10:40 ok\n'),
      impact:
        '## Impact\n\nKey events:\n\n- Started: 09:58\n- First detected: 10:12\n- Resolved: 10:40\n\nMTTD: 14m\n\nMTTR: 28m\n',
    });
    const a = lint(text);
    assert.deepEqual(
      [...a.moments.moments.values()]
        .filter((m) => m.keyEvent)
        .map((m) => `${m.moment} ${m.source} ${m.keyEvent?.label}`),
      ['start markers Started', 'detected markers First detected', 'resolved markers Resolved'],
    );
    assert.equal(figure(a, 'Duration').minutes, 42);
    assert.equal(figure(a, 'Duration').source, 'markers');
  });

  it('an impact window states Duration and both ends', () => {
    const a = lint(
      postmortem({
        timeline: timeline('02:00 errors\n\n02:08 fixed\n'),
        impact: '## Impact\n\nImpact window: 02:00–02:08 UTC\n',
      }),
    );
    const stated = a.postmortem.statedFigures.find((s) => s.window);
    assert.equal(stated?.figure, 'Duration');
    assert.equal(stated?.value?.minutes, 8);
    assert.equal(figure(a, 'Duration').minutes, 8);
    assert.equal(figure(a, 'Duration').source, 'markers');
  });
});

describe('figure lines as people state them', () => {
  const stated = (text: string) =>
    lint(text).postmortem.statedFigures.map((s) => `${s.figure} ${s.label}: ${s.value?.minutes ?? null}`);
  it('under other names, in bullets, tables and bold labels', () => {
    assert.deepEqual(
      stated(
        postmortem({
          impact:
            '## Impact\n\n- Time to detect: 14m\n- **Time to repair**: 28m\n\n| Figure | Value |\n| --- | --- |\n| Impact duration | 1h 20m |\n',
        }),
      ),
      ['MTTD Time to detect: 14', 'MTTR Time to repair: 28', 'Duration Impact duration: 80'],
    );
  });
  it('with a value whose unit hard wrapping put on the next line', () => {
    const text = postmortem({
      description: '## Description\n\nDate: 2024-03-05<br> Duration: 19\nhours<br> User impact: checkout\n',
      impact: '## Impact\n\nMTTD: 14m\n',
    });
    const a = lint(text);
    assert.deepEqual(
      a.postmortem.statedFigures.map((s) => [s.figure, s.valueText, s.value?.minutes]),
      [
        ['Duration', '19 hours', 19 * 60],
        ['MTTD', '14m', 14],
      ],
    );
    // The value's span runs to the end of its unit, so a fix replaces both lines' parts.
    const duration = a.postmortem.statedFigures[0];
    assert.equal(text.slice(duration.valueSpan.start, duration.valueSpan.end), '19\nhours');
  });
  it('in the Summary too', () => {
    const text = postmortem({
      description: '## Description\n\nCheckout failed after a push.\n\nDuration: 16h 45m<br>\n',
      impact: '## Impact\n\nMTTD: 14m\n',
    });
    assert.deepEqual(stated(text), ['Duration Duration: 1005', 'MTTD MTTD: 14']);
  });
  it('looks at each character of a hostile figure line a bounded number of times (issue 10, item 15)', () => {
    const figures = vocabulary(configSchema.parse({})).figures;
    for (const n of [1_000, 10_000]) {
      const work = { examined: 0 };
      matchFigureLine(`MTTD${' '.repeat(n)}x`, figures, work);
      assert.ok(work.examined <= 4 * (n + 5), `${work.examined} looks at a ${n + 5}-character line`);
    }
    const work = { examined: 0 };
    assert.equal(matchFigureLine(`MTTD:${' '.repeat(10_000)}14m`, figures, work)?.label.definition.name, 'MTTD');
    assert.ok(work.examined <= 4 * 10_010, `${work.examined}`);
  });
});

describe('durations stated in prose', () => {
  const read = (sentence: string) =>
    readProseDurations(sentence, { start: 0, end: sentence.length }).map(
      (p) => `${p.text}: ${p.minutes} (${p.minMinutes}-${p.maxMinutes})`,
    );
  it('with their own approximation, numbers in words included', () => {
    assert.deepEqual(read('The outage lasted 47 minutes.'), ['47 minutes: 47 (45-49)']);
    assert.deepEqual(read('Users were unable to log in for approximately nine hours.'), [
      'approximately nine hours: 540 (405-675)',
    ]);
    assert.deepEqual(read('There were 22 hours of downtime.'), ['22 hours: 1320 (1254-1386)']);
    assert.deepEqual(read('The site was down for about 13 minutes.'), ['about 13 minutes: 13 (9-17)']);
    assert.deepEqual(read('The incident lasted just over nine hours.'), ['just over nine hours: 540 (540-621)']);
    assert.deepEqual(read('For about 13 minutes, between 12:17 and 12:30, our users saw this incident.'), [
      'about 13 minutes: 13 (9-17)',
    ]);
    assert.deepEqual(read('The outage lasted at least seven hours.'), ['at least seven hours: 420 (420-Infinity)']);
  });
  it('only when the sentence states the incident’s length', () => {
    assert.deepEqual(read('Some users saw errors for three hours.'), []);
    assert.deepEqual(read('It took two hours to detect the problem.'), []);
    assert.deepEqual(read('After 10 minutes the alert fired.'), []);
    assert.deepEqual(read('We met for an hour.'), []);
    assert.deepEqual(read('For two hours, we debated the design.'), []);
  });
});
