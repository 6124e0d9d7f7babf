import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/analysis/rules';
import { applyFixes, codes, figure, lint, located, postmortem } from '../support/core';

describe('a clean postmortem', () => {
  it('has no findings and every figure its markers give', () => {
    const a = lint(postmortem());
    assert.deepEqual(a.findings, []);
    assert.deepEqual(
      a.figures.map((f) => [f.name, f.minutes, f.source]),
      [
        ['MTTD', 14, 'markers'],
        ['MTTA', 3, 'markers'],
        ['MTTM', 19, 'markers'],
        ['MTTR', 28, 'markers'],
        ['MTTDecl', null, null],
        ['Duration', 42, 'markers'],
      ],
    );
  });
});

describe('sections', () => {
  it('PM001 missing-section fires at the title and its fix inserts the heading at its canonical place', () => {
    const text = postmortem({ stabilization: '' });
    const a = lint(text);
    assert.deepEqual(located(a), ['PM001 0:0-0:28']);
    assert.match(a.findings[0].message, /Stabilization Steps/);
    const fixed = applyFixes(text, a);
    assert.match(
      fixed,
      /- The proxy config had no canary stage\.\n\n## Stabilization Steps\n\n- <What was done to stop the impact>\n\n## Impact/,
    );
  });
  it('PM001 respects configured sections', () => {
    const a = lint(
      postmortem(),
      { sections: [{ name: 'Timeline' }, { name: 'Lessons Learned' }] },
      { path: 'docs/postmortems/a.md' },
    );
    assert.deepEqual(codes(a), ['PM001']);
    assert.match(a.findings[0].message, /Lessons Learned/);
  });
  it('PM002 section-order flags the section that is out of place', () => {
    const text = postmortem({
      impact: '',
      actions: '## Corrective Actions\n\n- Canary.\n\n## Impact\n\nMTTD: 14m\n\nMTTR: 28m\n',
    });
    const a = lint(text);
    assert.deepEqual(codes(a), ['PM002']);
    assert.match(
      a.findings[0].message,
      /Move "Impact" directly before "Corrective Actions": the configured order is "Description", "Timeline", "Contributing Factors", "Stabilization Steps", "Impact", "Corrective Actions"\./,
    );
  });
  it('PM003 empty-section fires on a heading with nothing under it, comments included', () => {
    const a = lint(postmortem({ stabilization: '## Stabilization Steps\n\n<!-- what did you do? -->\n' }));
    assert.deepEqual(codes(a), ['PM003']);
  });
  it('PM004 duplicate-section fires on the second heading of a section, aliases included', () => {
    const a = lint(postmortem({ factors: '## Contributing Factor(s)\n\n- One.\n\n## Root Causes\n\n- Two.\n' }));
    assert.deepEqual(codes(a), ['PM004']);
    assert.match(a.findings[0].message, /"Root Causes" repeats the "Contributing Factor\(s\)" section/);
  });
  it('matches headings case-insensitively, ignoring (s), punctuation and trailing text', () => {
    const a = lint(
      postmortem({
        timeline: postmortem()
          .split('\n\n## Contributing')[0]
          .split('## Timeline')
          .pop()!
          .replace(/^/, '## timeline (all times UTC):'),
      }),
    );
    assert.ok(a.postmortem.sections.some((s) => s.canonical === 'Timeline' && s.heading.startsWith('timeline')));
  });
  it('extra sections are welcome', () => {
    const a = lint(
      postmortem({ actions: '## Corrective Actions\n\n- Canary.\n\n## Lessons Learned\n\nCanaries matter.\n' }),
    );
    assert.deepEqual(a.findings, []);
  });
});

describe('header', () => {
  it('PM005 title-date fires on a title without a date, not with front matter date', () => {
    assert.deepEqual(codes(lint(postmortem({ head: '# Checkout errors\n\n**Incident Leader: Dana**\n' }))), ['PM005']);
    assert.deepEqual(
      codes(
        lint('---\ndate: 2024-03-05\n---\n' + postmortem({ head: '# Checkout errors\n\n**Incident Leader: Dana**\n' })),
      ),
      [],
    );
  });
  it('PM005 fires at the start when there is no title', () => {
    assert.deepEqual(located(lint(postmortem({ head: '**Incident Leader: Dana**\n' }))), ['PM005 0:0-0:0']);
  });
  it('PM006 incident-leader fires when nobody is named; plain, bold and front matter forms count', () => {
    assert.deepEqual(located(lint(postmortem({ head: '# 2024-03-05 Checkout errors\n' }))), ['PM006 0:0-0:28']);
    assert.deepEqual(
      codes(lint(postmortem({ head: '# 2024-03-05 X\n\nIncident Commander: Sam\nSeverity: SEV2\n' }))),
      [],
    );
    assert.deepEqual(codes(lint(postmortem({ head: '---\nleader: Sam\n---\n# 2024-03-05 X\n' }))), []);
    assert.deepEqual(codes(lint(postmortem({ head: '# 2024-03-05 X\n\n**Incident Leader:** Sam\n' }))), []);
  });
  it('PM008 front-matter reports a wrong type at the key, and bad YAML, without crashing', () => {
    const a = lint('---\ntype: postmortem\ndate: 5\nservices:\n  a: b\n---\n' + postmortem());
    assert.deepEqual(
      located(a).filter((l) => l.startsWith('PM008')),
      ['PM008 2:0-2:4', 'PM008 3:0-3:8'],
    );
    assert.match(a.findings[0].message, /"date" must be a date written YYYY-MM-DD/);
    const bad = lint('---\ntype: postmortem\ndate: [\n---\n' + postmortem());
    assert.ok(codes(bad).includes('PM008'));
  });
  it('PM008 rejects an unknown timezone in front matter', () => {
    const a = lint('---\ntimezone: Mars/Olympus\n---\n' + postmortem());
    assert.deepEqual(located(a), ['PM008 1:0-1:8']);
  });
});

describe('placeholders', () => {
  it('PM007 finds TODO, TBD, FIXME, lorem ipsum and <angle placeholders>, not prose or HTML', () => {
    const a = lint(
      postmortem({
        description:
          '## Description\n\nTODO: write this. The Todo column was full. <describe the impact> a<br>b <https://x.org> `<code>` lorem ipsum\n',
      }),
    );
    assert.deepEqual(
      a.findings.map((f) => a.postmortem.text.slice(f.span.start, f.span.end)),
      ['TODO', '<describe the impact>', 'lorem ipsum'],
    );
  });
  it("PM007 finds a paragraph copied unchanged from the team's template, but not lines every postmortem keeps", () => {
    const template =
      '# YYYY-MM-DD\n\n## Description\n\nSomething went wrong and caused this problem.\n\n## Timeline\n\nAll times UTC.\n';
    const text = postmortem({ description: '## Description\n\nSomething went wrong and\ncaused this problem.\n' });
    assert.deepEqual(codes(lint(text, {}, { template })), []);
    const copied = postmortem({ description: '## Description\n\nSomething went wrong and caused this problem.\n' });
    const a = lint(copied, {}, { template });
    assert.deepEqual(located(a), ['PM007 6:0-6:45']);
    assert.match(a.findings[0].message, /template text "Something went wrong and caused this problem\."/);
  });
});

describe('timeline', () => {
  const tl = (body: string, zone = 'All times UTC.\n\n') =>
    postmortem({ timeline: `## Timeline\n\n${zone}${body}`, impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 28m\n' });
  it('PM101 fires when no timezone is declared, and its fix declares UTC', () => {
    const text = postmortem({
      timeline: '## Timeline\n\n09:58 push [start]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n',
    });
    const a = lint(text);
    assert.deepEqual(codes(a), ['PM101']);
    assert.match(applyFixes(text, a), /## Timeline\n\nAll times UTC\.\n\n09:58/);
  });
  it('PM102 unreadable time, PM107 unknown time', () => {
    const a = lint(
      tl(
        '09:58 push [start]\n\n25:61 what\n\n??:?? someone noticed\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n',
      ),
      { requiredFigures: [] },
    );
    assert.deepEqual(
      codes(a).filter((c) => c !== 'PM203'),
      ['PM102', 'PM107'],
    );
  });
  it('PM103 out of order, PM104 duplicate, PM105 approximate', () => {
    const a = lint(
      tl(
        '09:58 push [start]\n\n10:12 alert [detected]\n\n10:05 someone looked\n\n10:12 alert [detected]\n\n~10:40 ok [resolved]\n',
      ),
    );
    assert.deepEqual(codes(a), ['PM103', 'PM104', 'PM205', 'PM105']);
  });
  it('PM106 day rollover: a time more than 12 hours back is the next day', () => {
    const a = lint(tl('23:50 push [start]\n\n00:04 alert [detected]\n\n00:32 ok [resolved]\n'), {
      requiredFigures: [],
    });
    assert.deepEqual(codes(a), ['PM106']);
    assert.equal(a.postmortem.timeline!.entries[1].date, '2024-03-06');
    assert.equal(figure(a, 'MTTD').minutes, 14);
  });
});

describe('impact figures', () => {
  it('PM201 missing figure, with a safe fix that states the computed value', () => {
    const text = postmortem({ impact: '## Impact\n\nMTTD: 14m\n' });
    const a = lint(text);
    assert.deepEqual(codes(a), ['PM201']);
    assert.equal(a.findings[0].fixes[0].safe, true);
    assert.match(applyFixes(text, a), /MTTD: 14m\n\nMTTR: 28m\n/);
  });
  it('PM202 unreadable figure is information, never a mismatch', () => {
    const a = lint(postmortem({ impact: '## Impact\n\nMTTD: soon-ish\n\nMTTR:\n' }));
    assert.deepEqual(
      a.findings.map((f) => [f.code, f.severity]),
      [
        ['PM202', 'information'],
        ['PM202', 'information'],
      ],
    );
  });
  it('PM203 mismatch names both entries and fixes in the document style', () => {
    const text = postmortem({ impact: '## Impact\n\nMTTD: 14 min\n\nMTTR: 2h 10m\n' });
    const a = lint(text);
    assert.deepEqual(codes(a), ['PM203']);
    assert.equal(
      a.findings[0].message,
      'MTTR says 2h 10m but the timeline says 28m (from 10:12 (detected) to 10:40 (resolved)).',
    );
    assert.match(applyFixes(text, a), /MTTR: 0h 28m\n|MTTR: 28m\n/);
  });
  it('approximate and bounded stated values are not false mismatches', () => {
    assert.deepEqual(codes(lint(postmortem({ impact: '## Impact\n\nMTTD: ~15m\n\nMTTR: < 30 min\n' }))), []);
  });
  it('PM204 fires when a stated figure cannot be checked', () => {
    const a = lint(
      postmortem({
        timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push\n\n10:12 alert\n',
        impact: '## Impact\n\nMTTD: 3h\n\nMTTR: 28m\n',
      }),
    );
    assert.deepEqual(codes(a), ['PM204', 'PM204']);
  });
  it('PM206 inference: stated figures that match one pair of entries each are confirmed, with a fix adding markers', () => {
    const text = postmortem({
      timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push\n\n10:12 alert\n\n10:15 ack\n\n10:40 ok\n',
    });
    const a = lint(text);
    assert.deepEqual(codes(a), ['PM206']);
    assert.equal(figure(a, 'MTTD').source, 'inferred');
    assert.equal(figure(a, 'MTTR').minutes, 28);
    const fixed = applyFixes(text, a);
    assert.match(fixed, /09:58 push \[start\]\n\n10:12 alert \[detected\]\n\n10:15 ack\n\n10:40 ok \[resolved\]/);
    assert.deepEqual(codes(lint(fixed)), []);
  });
  it('PM301 fires when Corrective Actions lists nothing', () => {
    assert.deepEqual(codes(lint(postmortem({ actions: '## Corrective Actions\n\nNone yet.\n' }))), ['PM301']);
    assert.deepEqual(codes(lint(postmortem({ actions: '## Corrective Actions\n' }))), ['PM301']);
  });
});

describe('configuration of rules', () => {
  it('severity can be changed by code or name, or turned off', () => {
    const text = postmortem({ head: '# Checkout errors\n\n**Incident Leader: Dana**\n' });
    assert.equal(lint(text, { rules: { PM005: 'error' } }).findings[0].severity, 'error');
    assert.equal(lint(text, { rules: { 'title-date': 'hint' } }).findings[0].severity, 'hint');
    assert.deepEqual(codes(lint(text, { rules: { 'title-date': 'off' } })), []);
  });
  it('every rule has a unique code and name', () => {
    assert.equal(new Set(RULES.map((r) => r.code)).size, RULES.length);
    assert.equal(new Set(RULES.map((r) => r.name)).size, RULES.length);
  });
});

describe('classification', () => {
  it('a README gets no findings; a postmortem path, front matter or headings make a postmortem', () => {
    const readme = '# My project\n\nTODO: write docs\n\n## Install\n\nnpm i\n';
    assert.deepEqual(lint(readme).findings, []);
    assert.equal(lint(readme).postmortem.classification, null);
    assert.equal(lint(readme, {}, { path: '/repo/docs/incidents/2024-01-01.md' }).postmortem.classification, 'path');
    assert.equal(lint('---\ntype: postmortem\n---\n' + readme).postmortem.classification, 'front-matter');
    assert.equal(lint(postmortem()).postmortem.classification, 'content');
    assert.equal(
      lint(postmortem(), {}, { path: '/repo/incidents/.post-mortem-template.md' }).postmortem.classification,
      null,
    );
  });
});

describe('placeholders on their own line', () => {
  it('PM007 finds an <angle placeholder> that markdown reads as an HTML block, but not real HTML', () => {
    const a = lint(
      postmortem({
        description:
          '## Description\n\n<describe who was affected>\n\n<details>\n<summary>Logs</summary>\n</details>\n',
      }),
    );
    assert.deepEqual(located(a), ['PM007 6:0-6:27']);
  });
});

describe('quick fixes of the timeline rules', () => {
  const tl = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
  it('PM106 adds the date line above the first entry of the next day', () => {
    const text = tl('23:50 push [start]\n\n00:04 alert [detected]\n\n00:32 ok [resolved]\n');
    const a = lint(text, { requiredFigures: [] });
    assert.match(applyFixes(text, a, 'PM106'), /23:50 push \[start\]\n\n### 2024-03-06\n\n00:04 alert/);
    assert.deepEqual(codes(lint(applyFixes(text, a, 'PM106'), { requiredFigures: [] })), []);
  });
  it('PM104 removes the repeated entry and PM205 the second marker', () => {
    const text = tl('09:58 push [start]\n\n10:12 alert [detected]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n');
    const a = lint(text);
    assert.match(applyFixes(text, a, 'PM104'), /10:12 alert \[detected\]\n\n10:40 ok/);
    assert.match(applyFixes(text, a, 'PM205'), /10:12 alert \[detected\]\n\n10:12 alert\n\n10:40/);
  });
});
