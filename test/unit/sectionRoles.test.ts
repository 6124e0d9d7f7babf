// Section roles, resolved once from the configuration (config/sectionRoles.ts), and every reader
// of a role agreeing with them: the reader, classification, rules, Insert Timeline Entry, the
// missing-section fix, completion and the skeleton.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/analysis/fixAll';
import { insertTimelineEntry } from '../../server/src/analysis/insertEntry';
import { postmortemSkeleton } from '../../server/src/analysis/skeletons';
import { readerSettings } from '../../server/src/config/readerSettings';
import type { ConfigInput } from '../../server/src/config/schema';
import { configSchema, defaultConfig } from '../../server/src/config/schema';
import { sectionNameFor, sectionRoles } from '../../server/src/config/sectionRoles';
import { vocabulary } from '../../server/src/config/vocabulary';
import { readConfigText } from '../../server/src/configuration';
import { completions } from '../../server/src/features/completion';
import { inserted, lint } from '../support/core';

const rolesOf = (sections: ConfigInput['sections']) => sectionRoles(configSchema.parse({ sections })).roles;

// A team whose template calls the timeline "Incident Timeline".
const INCIDENT_TIMELINE: ConfigInput = {
  sections: [{ name: 'Summary' }, { name: 'Incident Timeline' }, { name: 'Impact' }, { name: 'Action Items' }],
};
const head =
  '# 2024-03-05 Checkout errors\n\n**Incident Leader: Dana**\n\n## Summary\n\nCheckout failed for 40 minutes.\n';
const timeline =
  '## Incident Timeline\n\nAll times UTC.\n\n09:58 config push [start]\n\n10:12 error-rate alert [detected]\n';
const impact = '## Impact\n\nA fifth of checkouts failed.\n\nMTTD: 14m\n';
const actions = '## Action Items\n\n- Add a canary stage.\n';

describe('a configured timeline named "Incident Timeline"', () => {
  it('classifies a file with it and another section as a postmortem by its content', () => {
    const a = lint([head, timeline, impact].join('\n'), INCIDENT_TIMELINE, { path: 'notes/checkout.md' });
    assert.equal(a.postmortem.classification, 'content');
    assert.equal(a.postmortem.timeline?.section.heading, 'Incident Timeline');
    assert.deepEqual(
      a.postmortem.timeline?.entries.map((e) => e.text),
      ['config push [start]', 'error-rate alert [detected]'],
    );
  });
  it('does not classify a file with only the timeline and the summary', () => {
    const a = lint([head, timeline].join('\n'), INCIDENT_TIMELINE, { path: 'notes/checkout.md' });
    assert.equal(a.postmortem.classification, null);
  });
  it('Insert Timeline Entry writes the configured heading, which the same configuration then reads', () => {
    const config = configSchema.parse(INCIDENT_TIMELINE);
    const text = [head, impact, actions].join('\n');
    const before = lint(text, INCIDENT_TIMELINE, { path: 'incidents/a.md' });
    assert.match(before.findings.map((f) => f.message).join('\n'), /Add a "## Incident Timeline" section/);
    const { edit, cursor } = inserted(insertTimelineEntry(before.postmortem, config, Date.UTC(2024, 2, 5, 10, 30)));
    const after = applyEdits(text, [edit]);
    const reread = lint(after, INCIDENT_TIMELINE, { path: 'incidents/a.md' });
    assert.deepEqual(
      reread.findings.filter((f) => f.code === 'PM001').map((f) => f.message),
      [],
    );
    assert.equal(reread.postmortem.timeline?.section.heading, 'Incident Timeline');
    assert.deepEqual(
      reread.postmortem.timeline?.entries.map((e) => e.timeText),
      ['10:30'],
    );
    assert.equal(after, [head, '## Incident Timeline\n\nAll times UTC.\n\n10:30 \n', impact, actions].join('\n'));
    assert.equal(after.slice(0, cursor), [head, '## Incident Timeline\n\nAll times UTC.\n\n10:30 '].join('\n'));
  });
  it('the missing-section fix writes it with the timeline prompts', () => {
    const a = lint([head, impact, actions].join('\n'), INCIDENT_TIMELINE, { path: 'incidents/a.md' });
    const fix = a.findings.find((f) => f.code === 'PM001')?.fixes[0];
    assert.equal(
      fix?.edits[0].newText,
      '## Incident Timeline\n\nAll times UTC.\n\n<HH:MM> <First sign of trouble> [start]\n\n<HH:MM> <How we found out> [detected]\n\n<HH:MM> <Impact over> [resolved]\n\n',
    );
  });
});

describe('resolving roles', () => {
  it('gives the default sections their roles', () => {
    assert.deepEqual(sectionRoles(defaultConfig()).roles, [
      'summary',
      'timeline',
      'factors',
      'mitigation',
      'impact',
      'actions',
    ]);
  });
  it('by a default heading or alias, named by the section or one of its aliases', () => {
    assert.deepEqual(rolesOf([{ name: 'Overview' }, { name: 'Root Causes' }, { name: 'Recovery' }]), [
      'summary',
      'factors',
      'mitigation',
    ]);
    assert.deepEqual(rolesOf([{ name: 'Timeline' }, { name: 'Why it happened', aliases: ['Root Cause'] }]), [
      'timeline',
      'factors',
    ]);
  });
  it('by a word of the name: Incident Timeline, Customer Impact, Follow-up Actions, Corrective Measures', () => {
    assert.deepEqual(
      rolesOf([
        { name: 'Incident Timeline' },
        { name: 'Customer Impact' },
        { name: 'Follow-up Actions' },
        { name: 'Lessons Learned' },
      ]),
      [
        'timeline',
        'impact',
        'actions',
        // The first section is the summary only when it has no other role and nothing else is one.
        undefined,
      ],
    );
    assert.deepEqual(rolesOf([{ name: 'Timeline' }, { name: 'Corrective Measures' }]), ['timeline', 'actions']);
  });
  it('by an explicit role, which wins over a name', () => {
    assert.deepEqual(rolesOf([{ name: 'Chronology', role: 'timeline' }, { name: 'Timeline' }]), [
      'timeline',
      undefined,
    ]);
    const config: ConfigInput = { sections: [{ name: 'Overview' }, { name: 'Chronology', role: 'timeline' }] };
    const a = lint(
      '# 2024-03-05 X\n\n## Overview\n\nx\n\n## Chronology\n\nAll times UTC.\n\n09:58 push [start]\n',
      config,
    );
    assert.equal(a.postmortem.timeline?.section.heading, 'Chronology');
    assert.equal(a.postmortem.timeline?.entries.length, 1);
  });
  it('gives each role to the first section that claims it', () => {
    assert.deepEqual(rolesOf([{ name: 'Impact' }, { name: 'Customer Impact' }]), ['impact', undefined]);
  });
  it('makes an unnamed first section the summary, as the first section of a postmortem is', () => {
    assert.deepEqual(rolesOf([{ name: 'What happened' }, { name: 'Timeline' }]), ['summary', 'timeline']);
    assert.deepEqual(rolesOf([{ name: 'Timeline' }, { name: 'Overview' }]), ['timeline', 'summary']);
  });
  it('names the heading to write for a role: the configured one, else the default template', () => {
    const config = configSchema.parse(INCIDENT_TIMELINE);
    assert.equal(sectionNameFor(config, 'timeline'), 'Incident Timeline');
    assert.equal(sectionNameFor(config, 'mitigation'), 'Stabilization Steps');
  });
  it('resolves once per configuration object: the same roles, settings and vocabulary each time', () => {
    const config = configSchema.parse(INCIDENT_TIMELINE);
    assert.equal(sectionRoles(config), sectionRoles(config));
    assert.equal(readerSettings(config), readerSettings(config));
    assert.equal(readerSettings(config).vocab, vocabulary(config));
  });
});

describe('the role key', () => {
  it('reports two sections given one role, at the second, and keeps the default sections', () => {
    const text =
      '{ "sections": [{ "name": "Timeline", "role": "timeline" }, { "name": "Chronology", "role": "timeline" }] }';
    const { input, problems } = readConfigText('rc', text);
    assert.deepEqual(
      problems.map((p) => [p.message, text.slice(p.span.start, p.span.end)]),
      [['"sections.1.role": "Chronology" cannot have the role "timeline": "Timeline" has it already.', '"timeline"']],
    );
    assert.equal(input.sections, undefined);
  });
  it('reports a role that is not one, naming the roles', () => {
    const text = '{ "sections": [{ "name": "Timeline", "role": "chronology" }] }';
    assert.deepEqual(
      readConfigText('rc', text).problems.map((p) => p.message),
      [
        '"sections.0.role": "chronology" is not one of "summary", "timeline", "factors", "mitigation", "impact", "actions".',
      ],
    );
  });
});

describe('readers of a role', () => {
  const FOLLOW_UPS: ConfigInput = {
    sections: [{ name: 'Summary' }, { name: 'Timeline' }, { name: 'Customer Impact' }, { name: 'Follow-up Actions' }],
  };
  it('no-corrective-actions reads the actions section, whatever it is called, and empty-section leaves it', () => {
    const text = `${head}\n## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n## Customer Impact\n\nMTTD: 14m\n\n## Follow-up Actions\n`;
    const a = lint(text, FOLLOW_UPS, { path: 'incidents/a.md' });
    assert.deepEqual(
      a.findings.filter((f) => f.code === 'PM301' || f.code === 'PM003').map((f) => [f.code, f.message]),
      [['PM301', 'List the corrective actions under "Follow-up Actions", one per line ("- Add an alert on ...").']],
    );
  });
  it('the stated figures are read from the impact section, whatever it is called', () => {
    const text = `${head}\n## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n## Customer Impact\n\nMTTD: 14m\n`;
    const a = lint(text, FOLLOW_UPS, { path: 'incidents/a.md' });
    assert.equal(a.postmortem.impactSection?.heading, 'Customer Impact');
    assert.deepEqual(
      a.postmortem.statedFigures.map((s) => [s.figure, s.valueText]),
      [['MTTD', '14m']],
    );
  });
  it('the skeleton writes each section with its role prompts and the required figures', () => {
    const config = configSchema.parse({ ...FOLLOW_UPS, requiredFigures: ['MTTD', 'MTTA'], defaultTimezone: 'PST' });
    assert.equal(
      postmortemSkeleton('Checkout errors', '2024-03-05', config),
      [
        '# 2024-03-05 Checkout errors\n\n**Incident Leader: <name>**\n',
        '## Summary\n\n<What happened, to whom and for how long, in two or three sentences>\n',
        '## Timeline\n\nAll times PST.\n\n<HH:MM> <First sign of trouble> [start]\n\n<HH:MM> <How we found out> [detected]\n\n<HH:MM> <Impact over> [resolved]\n',
        '## Customer Impact\n\n<Who was affected, how, and how many>\n\nMTTD: <duration, e.g. 1h20m>\n\nMTTA: <duration, e.g. 5m>\n',
        '## Follow-up Actions\n\n- <An action that makes this less likely or less harmful> (owner: <name>)\n',
      ].join('\n'),
    );
  });
  it('completion of a heading says what the missing section is for', () => {
    const text = `${head}\n## `;
    const items = completions(lint(text, FOLLOW_UPS, { path: 'incidents/a.md' }), text.length);
    assert.deepEqual(
      items.map((i) => [i.label, i.documentation]),
      [
        ['Timeline', 'What happened when, in one timezone, with the key moments marked.'],
        ['Customer Impact', 'Who was affected and how, and the figures (MTTD, MTTR...).'],
        ['Follow-up Actions', 'What will make this less likely or less harmful, each with an owner.'],
      ],
    );
  });
});
