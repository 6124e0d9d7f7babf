// Completion, in process over an Analysis: the sections still missing after "## ", the key-moment
// tags after "[" in the timeline, a figure line with its computed value in Impact, front matter keys.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { analyze } from '../../../server/src/analysis/analyze';
import { mergeConfig } from '../../../server/src/config/load';
import type { ConfigInput } from '../../../server/src/config/schema';
import { completions } from '../../../server/src/features/completion';
import { lint, postmortem } from '../../support/core';
import { example, offsetOf } from '../../support/features';

const complete = (text: string, offset: number) =>
  completions(lint(text, {}, { path: '/repo/incidents/a.md' }), offset);
const edit = (line: number, from: number, to: number, newText: string) => ({
  range: { start: { line, character: from }, end: { line, character: to } },
  newText,
});
const { text: clean } = example('2024-03-05-checkout-errors.md');

describe('completion after "## "', () => {
  const missing = postmortem({ description: '', stabilization: '', actions: '' });
  it('offers the sections still missing, in the configured order, with their aliases', () => {
    const text = `${missing}\n## `;
    assert.deepEqual(complete(text, text.length), [
      {
        label: 'Description',
        kind: CompletionItemKind.Module,
        detail: 'missing section',
        documentation: 'What happened, to whom and for how long.\n\nAlso written: Summary, Overview',
        sortText: '00',
        textEdit: edit(28, 3, 3, 'Description'),
      },
      {
        label: 'Stabilization Steps',
        kind: CompletionItemKind.Module,
        detail: 'missing section',
        documentation: 'What was done to stop the impact.\n\nAlso written: Mitigation, Resolution, Recovery',
        sortText: '01',
        textEdit: edit(28, 3, 3, 'Stabilization Steps'),
      },
      {
        label: 'Corrective Actions',
        kind: CompletionItemKind.Module,
        detail: 'missing section',
        documentation:
          'What will make this less likely or less harmful, each with an owner.\n\nAlso written: Action Items, Follow-ups, Followups, Remediation, Corrective Measures, Preventive Measures, Preventative Measures',
        sortText: '02',
        textEdit: edit(28, 3, 3, 'Corrective Actions'),
      },
    ]);
  });
  it('replaces what is typed of the heading', () => {
    const text = `${missing}\n## Sta`;
    assert.deepEqual(
      complete(text, text.length).map((i) => i.textEdit),
      [edit(28, 3, 6, 'Description'), edit(28, 3, 6, 'Stabilization Steps'), edit(28, 3, 6, 'Corrective Actions')],
    );
  });
});

describe('completion after "[" in a timeline entry', () => {
  it('offers every key-moment tag, saying where each is already marked', () => {
    const text = clean.replace('10:24 Proxy logs show', '10:24 Proxy [ logs show');
    const items = complete(text, offsetOf(text, '[ logs', 1));
    assert.deepEqual(
      items.map((i) => [i.label, i.detail, i.sortText, i.textEdit]),
      [
        ['[start]', 'already marked at 09:58', '10', edit(21, 12, 13, '[start]')],
        ['[detected]', 'already marked at 10:12', '11', edit(21, 12, 13, '[detected]')],
        ['[acknowledged]', 'already marked at 10:15', '12', edit(21, 12, 13, '[acknowledged]')],
        ['[declared]', 'when the incident was declared', '03', edit(21, 12, 13, '[declared]')],
        ['[mitigated]', 'already marked at 10:31', '14', edit(21, 12, 13, '[mitigated]')],
        ['[resolved]', 'already marked at 10:40', '15', edit(21, 12, 13, '[resolved]')],
      ],
    );
    assert.deepEqual([items[0].kind, items[0].filterText], [CompletionItemKind.EnumMember, '[start']);
  });
  it('leaves out the closing bracket when one follows', () => {
    const text = clean.replace('10:24 Proxy logs show', '10:24 Proxy [mi] logs show');
    assert.deepEqual(
      complete(text, offsetOf(text, '[mi]', 3)).map((i) => i.textEdit),
      ['[start', '[detected', '[acknowledged', '[declared', '[mitigated', '[resolved'].map((t) => edit(21, 12, 15, t)),
    );
  });
  it('says what each moment means when none is marked (inferred moments are no markers)', () => {
    const { text } = example('2024-08-14-receipt-uploads-dropped.md');
    const typed = text.replace('20:52 Rollback started', '20:52 Rollback started [');
    assert.deepEqual(
      complete(typed, offsetOf(typed, 'started [', 9)).map((i) => [i.label, i.detail, i.sortText]),
      [
        ['[start]', 'when the impact started', '00'],
        ['[detected]', 'when the incident was detected', '01'],
        ['[acknowledged]', 'when someone acknowledged it and started working on it', '02'],
        ['[declared]', 'when the incident was declared', '03'],
        ['[mitigated]', 'when the impact was mitigated', '04'],
        ['[resolved]', 'when the impact ended', '05'],
      ],
    );
  });
});

describe('completion on a new line in Impact', () => {
  const unstated = clean.replace('MTTA: 3m\n\n', '').replace('Duration: 42m\n', '');
  it('offers each unstated figure pre-filled with its computed value, in the document style', () => {
    const text = unstated.replace('MTTR: 28m\n', 'MTTR: 28m\n\nM\n');
    assert.deepEqual(complete(text, offsetOf(text, '\nM\n', 2)), [
      {
        label: 'MTTA: 3m',
        kind: CompletionItemKind.Value,
        detail: 'time to acknowledge, detected → acknowledged (from the timeline)',
        filterText: 'MTTA',
        sortText: '0',
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: edit(45, 0, 1, 'MTTA: 3m'),
      },
      {
        label: 'MTTM: 19m',
        kind: CompletionItemKind.Value,
        detail: 'time to mitigate, detected → mitigated (from the timeline)',
        filterText: 'MTTM',
        sortText: '1',
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: edit(45, 0, 1, 'MTTM: 19m'),
      },
      {
        label: 'MTTDecl:',
        kind: CompletionItemKind.Value,
        detail: 'time to declare, detected → declared',
        filterText: 'MTTDecl',
        sortText: '2',
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: edit(45, 0, 1, 'MTTDecl: ${1:duration}'),
      },
      {
        label: 'Duration: 42m',
        kind: CompletionItemKind.Value,
        detail: 'total impact, start → resolved (from the timeline)',
        filterText: 'Duration',
        sortText: '3',
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: edit(45, 0, 1, 'Duration: 42m'),
      },
    ]);
  });
  it('keeps a list item’s marker and bold labels', () => {
    const text = unstated.replace('MTTR: 28m\n', 'MTTR: 28m\n\n- **M\n');
    assert.deepEqual(
      complete(text, offsetOf(text, '- **M', 5)).map((i) => [i.filterText, i.textEdit]),
      [
        ['**MTTA', edit(45, 2, 5, '**MTTA:** 3m')],
        ['**MTTM', edit(45, 2, 5, '**MTTM:** 19m')],
        ['**MTTDecl', edit(45, 2, 5, '**MTTDecl:** ${1:duration}')],
        ['**Duration', edit(45, 2, 5, '**Duration:** 42m')],
      ],
    );
  });
  it('offers nothing outside the Impact section', () => {
    const text = `${unstated}\nM`;
    assert.deepEqual(complete(text, text.length), []);
  });
});

describe('completion in front matter', () => {
  it('offers the known keys not yet there, as snippets', () => {
    const text = '---\ntype: postmortem\nd\n---\n' + clean;
    const items = complete(text, offsetOf(text, '\nd\n', 2));
    assert.deepEqual(
      items.map((i) => [i.label, i.textEdit]),
      [
        ['date', edit(2, 0, 1, 'date: ${1:YYYY-MM-DD}')],
        ['timezone', edit(2, 0, 1, 'timezone: ${1:UTC}')],
        ['leader', edit(2, 0, 1, 'leader: ${1:name}')],
        ['severity', edit(2, 0, 1, 'severity: ${1:SEV2}')],
        ['status', edit(2, 0, 1, 'status: ${1|draft,in review,final|}')],
        ['services', edit(2, 0, 1, 'services: [${1:service}]')],
        ['title', edit(2, 0, 1, 'title: ${1:title}')],
      ],
    );
    assert.deepEqual(
      [items[0].kind, items[0].detail, items[0].insertTextFormat],
      [CompletionItemKind.Property, 'Incident date: anchors the timeline', InsertTextFormat.Snippet],
    );
  });
});

describe('no completion', () => {
  it('in prose', () => assert.deepEqual(complete(clean, offsetOf(clean, 'For 42 minutes', 3)), []));
});

describe('completion after "pm-": the snippets of a preset or of your own sections', () => {
  // As the hosts merge it: the preset under the keys given.
  const presetComplete = (text: string, offset: number, config: ConfigInput) =>
    completions(analyze(text, mergeConfig({}, config), { path: '/repo/incidents/a.md' }), offset);
  it('offers nothing under the default configuration, whose snippets the extension contributes', () => {
    const text = `${postmortem()}\npm-`;
    assert.deepEqual(complete(text, text.length), []);
  });
  it("offers the preset's skeleton and sections, written as the preset writes them", () => {
    const text = `${postmortem()}\npm-`;
    // pm-timeline is the contributed one (the same prompts); no figure is required, so no pm-figures.
    const items = presetComplete(text, text.length, { preset: 'google-sre' });
    const line = text.split('\n').length - 1;
    assert.deepEqual(
      items.map((i) => i.label),
      [
        'pm-postmortem',
        'pm-description',
        'pm-impact',
        'pm-factors',
        'pm-trigger',
        'pm-stabilization',
        'pm-detection',
        'pm-actions',
        'pm-lessons-learned',
        'pm-supporting-information',
        'pm-action',
      ],
    );
    const trigger = items.find((i) => i.label === 'pm-trigger');
    assert.deepEqual(trigger, {
      label: 'pm-trigger',
      kind: CompletionItemKind.Snippet,
      detail: 'The Trigger section with its prompts (Google SRE preset)',
      filterText: 'pm-trigger',
      sortText: '04',
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: edit(line, 0, 3, '**Trigger**: <What set the latent cause off>'),
    });
    assert.match(items[0].textEdit!.newText, /^# \$\{CURRENT_YEAR\}.*\n\n\*\*Date: <date>\*\*/);
  });
  it('names your own sections as yours', () => {
    const text = `${postmortem()}\n  pm-l`;
    const items = presetComplete(text, text.length, { sections: [{ name: 'Timeline' }, { name: 'Lessons Learned' }] });
    const lessons = items.find((i) => i.label === 'pm-lessons-learned');
    assert.equal(lessons?.detail, 'The Lessons Learned section with its prompts (your sections)');
    assert.deepEqual(
      (lessons?.textEdit as { range: unknown } | undefined)?.range,
      edit(text.split('\n').length - 1, 2, 6, '').range,
    );
  });
});
