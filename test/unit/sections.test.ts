// Sections are recognised by meaning whatever their level, numbering, articles, punctuation or
// bold-label form, and a subsection of a recognised section stays part of it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../server/src/analysis/analyze';
import { lint, postmortem } from '../support/core';

const codes = (a: Analysis) => a.findings.map((f) => f.code);

const sections = (text: string) =>
  lint(text, {}, { path: 'docs/postmortems/a.md' }).postmortem.sections.map((s) => [
    s.heading,
    s.canonical ?? null,
    s.form,
  ]);

const TIMELINE =
  '## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n';

describe('sections by meaning', () => {
  it('numbered headings, articles and trailing punctuation name the configured sections', () => {
    const text = postmortem({
      description: '## 1. Summary\n\nCheckout failed.\n',
      timeline:
        '## 2) Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n',
      factors: '## The Root Causes:\n\n- No canary.\n',
      stabilization: '## 4.1 Mitigation\n\n- Reverted.\n',
      impact: '## The Impact\n\nMTTD: 14m\n\nMTTR: 28m\n',
      actions: '## IV. Action Items\n\n- Canary (owner: Dana, OPS-1).\n',
    });
    assert.deepEqual(
      sections(text).map(([, canonical]) => canonical),
      ['Description', 'Timeline', 'Contributing Factors', 'Stabilization Steps', 'Impact', 'Corrective Actions'],
    );
    assert.deepEqual(codes(lint(text)), []);
  });

  it('an H1 that is exactly a section name is a section, not the title, where sections are H1s', () => {
    const text =
      '---\ndate: 2022-12-13\ntitle: Global outage\n---\n\nThe site timed out.\n\n# Timeline\n\nAll times UTC.\n\n' +
      '- **18:53** first report [start]\n- **19:01** alert fires [detected]\n\n# Impact\n\nTimeouts.\n';
    const a = lint(text, {}, { path: '/repo/docs/postmortems/a.md' });
    // The page is titled by its front matter.
    assert.equal(a.postmortem.title?.text, 'Global outage');
    assert.equal(a.postmortem.title?.source, 'front-matter');
    assert.deepEqual(
      a.postmortem.sections.map((s) => s.canonical),
      ['Timeline', 'Impact'],
    );
    assert.equal(a.postmortem.timeline?.entries.length, 2);
    assert.equal(a.figures.find((f) => f.name === 'MTTD')?.minutes, 8);
    // A title that only starts with a section's name is still the title.
    const titled = lint('# Timeline of the checkout outage\n\n## Timeline\n\n10:00 a\n\n## Impact\n\nx\n');
    assert.equal(titled.postmortem.title?.text, 'Timeline of the checkout outage');
  });

  it('a page with no H1 that opens with its only H2 over H3 sections is titled by it', () => {
    const text =
      '## March 5, 2024 checkout incident report\n\nCheckout failed.\n\n### Background\n\nA proxy.\n\n' +
      '### Timeline\n\n10:00 push [start]\n\n10:12 alert [detected]\n\n### Impact\n\nErrors.\n';
    const a = lint(text);
    assert.equal(a.postmortem.title?.text, 'March 5, 2024 checkout incident report');
    assert.equal(a.postmortem.date, '2024-03-05');
    assert.deepEqual(
      a.postmortem.sections.map((s) => s.heading),
      ['Background', 'Timeline', 'Impact'],
    );
    assert.equal(a.postmortem.timeline?.entries.length, 2);
    // A page whose single heading opens it is titled by it too.
    assert.equal(
      lint('## 2024-03-05 Checkout outage\n\nCheckout failed for an hour.\n').postmortem.title?.text,
      '2024-03-05 Checkout outage',
    );
  });

  it('near miss: an opening H2 is a section when another H2 follows, it names a section, or front matter titles the page', () => {
    const twoH2 = lint('## Background\n\nA proxy.\n\n## Looking forward\n\nCanaries.\n');
    assert.equal(twoH2.postmortem.title, undefined);
    assert.deepEqual(
      twoH2.postmortem.sections.map((s) => s.heading),
      ['Background', 'Looking forward'],
    );
    const named = lint('## Summary\n\nCheckout failed.\n\n### Details\n\nA proxy.\n');
    assert.equal(named.postmortem.title, undefined);
    const fm = lint('---\ntitle: Checkout outage\n---\n## What we learnt\n\nCanaries.\n');
    assert.equal(fm.postmortem.title?.text, 'Checkout outage');
    assert.deepEqual(
      fm.postmortem.sections.map((s) => s.heading),
      ['What we learnt'],
    );
    const later = lint('Checkout failed.\n\n## Checkout outage\n\n### Background\n\nA proxy.\n');
    assert.equal(later.postmortem.title, undefined);
  });

  it('a section name qualified by a word or two before it names the section; a summary encloses no section', () => {
    const text =
      '# 2024-03-05 Checkout errors\n\n## Issue Summary\n\nCheckout failed.\n\n### Timeline\n\n10:00 push [start]\n\n10:12 alert [detected]\n\n' +
      '## Customer facing impact\n\nErrors.\n\n## Incident mitigation\n\nReverted.\n';
    const a = lint(text);
    assert.deepEqual(
      a.postmortem.sections.map((s) => [s.heading, s.canonical ?? null]),
      [
        ['Issue Summary', 'Description'],
        ['Timeline', 'Timeline'],
        ['Customer facing impact', 'Impact'],
        ['Incident mitigation', 'Stabilization Steps'],
      ],
    );
    assert.equal(a.postmortem.timeline?.entries.length, 2);
  });

  it('corrective or preventive measures are the corrective actions, qualified or not', () => {
    for (const heading of ['Corrective Measures', 'Preventive measures', 'Corrective and Preventative Measures']) {
      const a = lint(`# 2024-03-05 Checkout\n\n## Summary\n\nx\n\n## ${heading}\n\n- Add a canary (owner: @dana)\n`);
      assert.equal(a.postmortem.sections[1]?.canonical, 'Corrective Actions', heading);
      assert.equal(a.postmortem.actionItems.length, 1, heading);
    }
  });

  it('near miss: three qualifying words, or words after the name, are no section of it', () => {
    const a = lint(
      '# 2024-03-05 Checkout\n\n## What we saw in summary\n\nx\n\n## Summary of the changes\n\ny\n\n## Impact analysis\n\nz\n',
    );
    assert.deepEqual(
      a.postmortem.sections.map((s) => [s.heading, s.canonical ?? null]),
      [
        ['What we saw in summary', null],
        // matchSection's own: a name then more words.
        ['Summary of the changes', 'Description'],
        ['Impact analysis', 'Impact'],
      ],
    );
    // Deeper headings must name a section exactly: `### Customer impact` under an unnamed section is no Impact.
    const deeper = lint('# 2024-03-05 Checkout\n\n## Details\n\n### Customer impact\n\nz\n');
    assert.deepEqual(
      deeper.postmortem.sections.map((s) => s.canonical ?? null),
      [null],
    );
  });

  it('a deeper heading qualified after punctuation still names its section; more words do not', () => {
    const text =
      '# 2024-03-05 Checkout errors\n\n## Incident\n\n### Timeline (all times UTC). Times are approximate\n\n' +
      '- 10:00 alert\n- 10:20 fixed\n\n### Impact: what customers saw\n\nErrors.\n\n### Timeline review meeting\n\nNotes.\n';
    assert.deepEqual(sections(text), [
      ['Incident', null, 'heading'],
      ['Timeline (all times UTC). Times are approximate', 'Timeline', 'heading'],
      ['Impact: what customers saw', 'Impact', 'heading'],
    ]);
  });

  it('a deeper heading is a section where no recognised section encloses it', () => {
    const text =
      '# 2024-03-05 Checkout errors\n\n**Incident Leader: Dana**\n\n## Incident details\n\n### Summary\n\nCheckout failed.\n\n### Impact\n\nMTTD: 14m\n\nMTTR: 28m\n\n' +
      TIMELINE +
      '\n## Contributing Factors\n\n- No canary.\n\n### Mitigation\n\n- Reverted, as a factor’s note.\n\n## Stabilization Steps\n\n- Reverted.\n\n## Corrective Actions\n\n- Canary (owner: Dana, OPS-1).\n';
    assert.deepEqual(sections(text), [
      ['Incident details', null, 'heading'],
      ['Summary', 'Description', 'heading'],
      ['Impact', 'Impact', 'heading'],
      ['Timeline', 'Timeline', 'heading'],
      ['Contributing Factors', 'Contributing Factors', 'heading'],
      ['Stabilization Steps', 'Stabilization Steps', 'heading'],
      ['Corrective Actions', 'Corrective Actions', 'heading'],
    ]);
    const a = lint(text);
    // "Incident details" holds only its subsections: it is not an empty section. Impact before the
    // timeline is out of the configured order, and said so precisely.
    assert.deepEqual(
      a.findings.map((f) => f.message),
      [
        'Move "Impact" directly before "Corrective Actions": the configured order is "Description", "Timeline", "Contributing Factors", "Stabilization Steps", "Impact", "Corrective Actions".',
      ],
    );
  });

  it('a heading inside the timeline that starts like a section name stays in the timeline', () => {
    const text = postmortem({
      timeline:
        '## Timeline\n\nAll times UTC.\n\n### Impact starts\n\n09:58 push [start]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n',
    });
    assert.equal(lint(text).postmortem.timeline?.entries.length, 3);
    assert.deepEqual(codes(lint(text)), []);
  });

  it('bold labels are sections: **Summary:**, **Summary**:, a label alone, a list item', () => {
    const text =
      '# 2024-03-05 Checkout errors\n\n**Incident Leader: Dana**\n\n**Description:** Checkout failed for a fifth of requests.\n\n' +
      TIMELINE +
      '\n**Root Causes**: no canary stage.\n\n**Mitigation**\n\nReverted the push.\n\n- **Impact**: a fifth of checkouts failed.\n- MTTD: 14m\n- MTTR: 28m\n\n## Corrective Actions\n\n- Canary (owner: Dana, OPS-1).\n';
    assert.deepEqual(sections(text), [
      ['Description', 'Description', 'bold-label'],
      ['Timeline', 'Timeline', 'heading'],
      ['Root Causes', 'Contributing Factors', 'bold-label'],
      ['Mitigation', 'Stabilization Steps', 'bold-label'],
      ['Impact', 'Impact', 'bold-label'],
      ['Corrective Actions', 'Corrective Actions', 'heading'],
    ]);
    const a = lint(text);
    assert.deepEqual(a.findings, []);
    assert.deepEqual(
      a.postmortem.statedFigures.map((s) => s.figure),
      ['MTTD', 'MTTR'],
    );
  });

  it('near misses: emphasis in a sentence, a label the configuration does not name, a label whose section has a heading', () => {
    const text = postmortem({
      description:
        '## Description\n\n**Checkout** failed for a fifth of requests.\n\n**Severity:** SEV2\n\n**Impact:** see below.\n',
    });
    assert.deepEqual(
      sections(text).map(([heading]) => heading),
      ['Description', 'Timeline', 'Contributing Factors', 'Stabilization Steps', 'Impact', 'Corrective Actions'],
    );
    assert.deepEqual(codes(lint(text)), []);
  });

  it('a bold label in the timeline is an entry’s text, not a section', () => {
    const text = postmortem({
      timeline:
        '## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n**Impact:** errors climb\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n',
    });
    assert.deepEqual(sections(text).filter(([heading]) => heading === 'Impact').length, 1);
    assert.deepEqual(codes(lint(text)), []);
  });

  it('an empty bold-label section is empty-section, at its label', () => {
    const text = postmortem({ stabilization: '**Stabilization Steps**:\n' });
    const a = lint(text);
    assert.deepEqual(
      a.findings.map((f) => [f.code, a.postmortem.text.slice(f.span.start, f.span.end)]),
      [['PM003', '**Stabilization Steps**:']],
    );
  });
});

describe('section-order messages', () => {
  it('say directly after when the section belongs at the end of the configured order', () => {
    const text = postmortem({
      description: '## Description\n\nCheckout failed.\n\n## Corrective Actions\n\n- Canary (owner: Dana, OPS-1).\n',
      actions: '',
    });
    const a = lint(text);
    assert.deepEqual(
      a.findings.map((f) => f.message),
      [
        'Move "Corrective Actions" directly after "Impact": the configured order is "Description", "Timeline", "Contributing Factors", "Stabilization Steps", "Impact", "Corrective Actions".',
      ],
    );
  });
});
