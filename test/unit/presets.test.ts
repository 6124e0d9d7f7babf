// Presets: each a configuration of a public template. A postmortem written in that template (our
// own, in test/fixtures/presets/) gets no structure finding with its preset, the ones it should
// without it, and its figures computed. A team's own keys refine the preset entry by entry.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Analysis } from '../../server/src/analysis/analyze';
import { analyze } from '../../server/src/analysis/analyze';
import { RULE_NAMES } from '../../server/src/analysis/rules';
import { checkConfig } from '../../server/src/config/check';
import { mergeConfig } from '../../server/src/config/load';
import { PRESETS } from '../../server/src/config/presets';
import type { ConfigInput } from '../../server/src/config/schema';
import { defaultConfig } from '../../server/src/config/schema';
import { hoverAt } from '../../server/src/features/hover';
import { loadConfigFor } from '../../server/src/configuration';
import type { PresetName } from '../../server/src/postmortem/vocabulary';
import { PRESET_NAMES, PRESET_VOCABULARY } from '../../server/src/postmortem/vocabulary';
import { CHECKED_RULES } from '../support/core';
import { tempTree } from '../support/fixtures';

const root = join(__dirname, '..', '..');
const fixture = (name: string) => readFileSync(join(root, 'test', 'fixtures', 'presets', `${name}.md`), 'utf8');
const PATH = 'docs/postmortems/incident.md';

/** The rules about a document's structure: its sections, their order, the header and the title. */
const STRUCTURE = new Set(['PM001', 'PM002', 'PM003', 'PM004', 'PM005', 'PM006', 'PM007']);
const structure = (a: Analysis) => a.findings.filter((f) => STRUCTURE.has(f.code)).map((f) => `${f.code} ${f.message}`);
const withPreset = (name: PresetName, text = fixture(name)) =>
  analyze(text, mergeConfig({}, { preset: name }), { path: PATH, rules: CHECKED_RULES });
const withoutPreset = (text: string) => analyze(text, defaultConfig(), { path: PATH, rules: CHECKED_RULES });
const computed = (a: Analysis) =>
  Object.fromEntries(a.figures.filter((f) => f.minutes !== null).map((f) => [f.name, f.minutes]));

/** What each fixture's timeline gives, figure by figure, and the structure findings it gets without its preset. */
const EXPECTED: Record<string, { figures: Record<string, number>; without: string[] }> = {
  etsy: { figures: { MTTD: 7, MTTA: 2, MTTDecl: 9, MTTM: 16, MTTR: 28, Duration: 35 }, without: [] },
  'google-sre': { figures: { Duration: 52 }, without: ['PM002', 'PM004', 'PM006', 'PM007'] },
  pagerduty: { figures: { MTTD: 9, MTTA: 3, MTTDecl: 9, MTTM: 24, MTTR: 32, Duration: 41 }, without: ['PM002'] },
  atlassian: { figures: { MTTD: 8, MTTA: 4, MTTM: 18, MTTR: 37, Duration: 45 }, without: ['PM002'] },
  gitlab: { figures: { MTTD: 12, MTTM: 8, MTTR: 26, Duration: 38 }, without: ['PM001', 'PM002', 'PM006'] },
  'incident-io-cmr': { figures: { MTTD: 8, MTTM: 5, MTTR: 18, Duration: 26 }, without: ['PM001'] },
  'incident-io-rca': { figures: { MTTD: 11, MTTM: 21, MTTR: 36, Duration: 47 }, without: ['PM002'] },
  'incident-io-lightweight': { figures: { MTTD: 6, MTTM: 8, MTTR: 14, Duration: 20 }, without: ['PM001'] },
  // Its Key events list states when the incident was declared, too.
  'moj-cloud-platform': { figures: { MTTM: 50, MTTR: 148, MTTDecl: 18 }, without: ['PM001', 'PM002', 'PM006'] },
  dfds: { figures: { MTTD: 31, MTTM: 13, MTTR: 34, Duration: 65 }, without: ['PM001', 'PM006'] },
  flutter: { figures: { Duration: 145 }, without: ['PM001', 'PM002'] },
};

describe('presets', () => {
  it('every preset has a configuration, a fixture written in its template and a docs page naming its source', () => {
    assert.deepEqual(Object.keys(PRESETS).sort(), [...PRESET_NAMES].sort());
    assert.deepEqual(Object.keys(EXPECTED).sort(), [...PRESET_NAMES].sort());
    for (const entry of PRESET_VOCABULARY) {
      const page = join(root, 'docs', 'presets', `${entry.name}.md`);
      assert.ok(existsSync(page), `docs/presets/${entry.name}.md`);
      assert.ok(readFileSync(page, 'utf8').includes(entry.source), `${entry.name}.md names ${entry.source}`);
    }
  });

  for (const name of PRESET_NAMES) {
    it(`${name}: valid as a configuration file would be`, () => {
      assert.deepEqual(checkConfig({ ...PRESETS[name] }, { ruleNames: RULE_NAMES }).issues, []);
    });

    it(`${name}: its own postmortem gets no structure finding with the preset and its figures computed`, () => {
      const a = withPreset(name);
      assert.deepEqual(structure(a), []);
      // The MoJ writes no timezone and marks no moments: those timeline notes are not about structure.
      if (name !== 'moj-cloud-platform') assert.deepEqual(a.findings, []);
      assert.deepEqual(a.failures, []);
      assert.deepEqual(computed(a), EXPECTED[name].figures);
    });

    it(`${name}: the same postmortem without the preset gets the structure findings it should`, () => {
      const codes = [...new Set(structure(withoutPreset(fixture(name))).map((f) => f.slice(0, 5)))].sort();
      assert.deepEqual(codes, EXPECTED[name].without);
    });
  }

  it("google-sre: TODO and DONE at a cell's end are the action's status; elsewhere still placeholders", () => {
    const text = fixture('google-sre');
    assert.deepEqual(withPreset('google-sre', text).findings, []);
    const without = withoutPreset(text).findings.filter((f) => f.code === 'PM007');
    assert.deepEqual(
      without.map((f) => f.message),
      ['Resolve the "TODO" left in the text.', 'Resolve the "TODO" left in the text.'],
    );
    const prose = text.replace('The alert fired within minutes.', 'TODO: say what went well.');
    assert.deepEqual(
      withPreset('google-sre', prose).findings.map((f) => f.message),
      ['Resolve the "TODO" left in the text.'],
    );
  });

  it('google-sre: Trigger is a section of its own, not a second Root Causes', () => {
    const without = withoutPreset(fixture('google-sre')).findings.find((f) => f.code === 'PM004');
    assert.equal(without?.message, '"Trigger" repeats the "Root Causes" section: merge the two.');
    const sections = withPreset('google-sre').postmortem.sections.map((s) => [s.heading, s.form, s.role ?? null]);
    assert.deepEqual(sections.slice(0, 4), [
      ['Summary', 'bold-label', 'summary'],
      ['Impact', 'bold-label', 'impact'],
      ['Root Causes', 'bold-label', 'factors'],
      ['Trigger', 'bold-label', null],
    ]);
  });

  it('pagerduty and google-sre: who stands for the incident leader, or that nobody does', () => {
    const unnamed = fixture('pagerduty').replace('**Postmortem Owner:** Marta Ruiz', '**Postmortem Owner:**');
    assert.deepEqual(
      withPreset('pagerduty', unnamed).findings.map((f) => f.message),
      ['Name the incident leader: add "**Postmortem Owner: Name**" under the title (or "leader:" in front matter).'],
    );
    assert.deepEqual(withPreset('google-sre').findings, []);
  });

  it('moj-cloud-platform: Time to repair is MTTM and Time to resolve MTTR, stated in Key events', () => {
    const a = withPreset('moj-cloud-platform');
    assert.deepEqual(
      a.postmortem.statedFigures.map((s) => [s.label, s.figure, s.value?.minutes]),
      [
        ['Time to repair', 'MTTM', 50],
        ['Time to resolve', 'MTTR', 148],
      ],
    );
    assert.deepEqual(
      a.postmortem.sections.map((s) => s.heading),
      ['Key events', 'Identified', 'Impact', 'Context', 'Resolution', 'Review actions'],
    );
    assert.equal(a.postmortem.timeline?.entries.length, 5);
  });

  it('flutter: Duration stated among the Summary fields, between <br> tags', () => {
    const a = withPreset('flutter');
    assert.deepEqual(
      a.postmortem.statedFigures.map((s) => [s.figure, s.valueText]),
      [['Duration', '2h 25m']],
    );
  });
});

describe('a preset under a team’s own keys', () => {
  it('is refined entry by entry: a rule, a figure, a moment; a list replaces the whole list', () => {
    const config = mergeConfig(
      { rules: { 'incident-leader': 'off' } },
      {
        preset: 'incident-io-cmr',
        rules: { placeholder: 'hint' },
        figures: { MTTR: { aliases: ['Time to fix'] } },
        requiredFigures: ['MTTD'],
      },
    );
    assert.deepEqual(config.rules, {
      'section-order': 'off',
      'action-item-ticket': 'off',
      'incident-leader': 'off',
      placeholder: 'hint',
    });
    assert.deepEqual(config.figures.MTTR?.aliases, ['Time to fix']);
    assert.deepEqual(config.requiredFigures, ['MTTD']);
    assert.deepEqual(
      config.sections.map((s) => s.name),
      PRESETS['incident-io-cmr'].sections?.map((s) => s.name),
    );
  });

  it("the file's preset wins over the settings', and settings at their default value do not undo it", () => {
    const editorDefaults = { ...defaultConfig(), preset: 'pagerduty' as const };
    const config = mergeConfig(editorDefaults, { preset: 'dfds' });
    assert.equal(config.preset, 'dfds');
    assert.equal(config.sections[0].name, 'Summary');
    assert.equal(mergeConfig(editorDefaults, {}).sections[0].name, 'Overview');
    // A changed setting still refines it.
    assert.equal(mergeConfig({ ...editorDefaults, defaultTimezone: 'Europe/Oslo' }, {}).defaultTimezone, 'Europe/Oslo');
  });

  it('is the same Config object for the same inputs, so what the core remembers stays valid', () => {
    assert.equal(mergeConfig({}, { preset: 'gitlab' }), mergeConfig({}, { preset: 'gitlab' }));
  });
});

describe('figure definitions', () => {
  const text = fixture('etsy');
  const figures = (figureDefinitions?: string) =>
    computed(
      analyze(text, mergeConfig({}, figureDefinitions ? ({ figureDefinitions } as never) : {}), {
        path: PATH,
        rules: CHECKED_RULES,
      }),
    );

  it('firehydrant and rootly measure every time-to from the start', () => {
    for (const vendor of ['firehydrant', 'rootly'])
      assert.deepEqual(figures(vendor), { MTTD: 7, MTTA: 9, MTTDecl: 16, MTTM: 23, MTTR: 35, Duration: 35 });
  });
  it('pagerduty measures MTTA and MTTR from the alert; datadog its time to resolve from the declaration', () => {
    assert.deepEqual(figures('pagerduty'), figures());
    assert.deepEqual(figures('datadog'), { MTTD: 7, MTTA: 2, MTTDecl: 9, MTTM: 16, MTTR: 28, Duration: 19 });
  });
  it('a name the vendor gives a figure is read as that figure: Datadog’s "Time to resolve" is its Duration', () => {
    const stated = text.replace('MTTR: 28m', 'Time to resolve: 19m');
    const a = analyze(stated, mergeConfig({}, { figureDefinitions: 'datadog' }), { path: PATH, rules: CHECKED_RULES });
    assert.deepEqual(
      a.postmortem.statedFigures.map((s) => [s.label, s.figure]),
      [
        ['MTTD', 'MTTD'],
        ['Time to resolve', 'Duration'],
      ],
    );
    // Read as Duration and agreeing with it; only the MTTR the default configuration requires is
    // missing, named as Datadog names it.
    assert.deepEqual(
      a.findings.map((f) => f.message),
      ['State Time to repair in Impact: the timeline says 28m.'],
    );
  });
  it('hover says which definition is in use', () => {
    const hoverText = (config: ConfigInput) => {
      const a = analyze(text, mergeConfig({}, config), { path: PATH, rules: CHECKED_RULES });
      const stated = a.postmortem.statedFigures.find((s) => s.figure === 'MTTR')!;
      const hover = hoverAt(a, 'file:///x.md', stated.nameSpan.start);
      return (hover?.contents as { value: string }).value.split('\n\n')[0];
    };
    assert.equal(hoverText({}), '**MTTR** (time to resolve): from *detected* to *resolved*.');
    assert.equal(
      hoverText({ figureDefinitions: 'firehydrant' }),
      '**MTTR** (time to resolve): from *start* to *resolved*, as FireHydrant measures it.',
    );
    assert.equal(
      hoverText({ figures: { MTTR: { from: 'declared' } } }),
      '**MTTR** (time to resolve): from *declared* to *resolved*, as your configuration defines it.',
    );
  });

  it('a figure the team requires is asked for by the team’s name for it', () => {
    const stated = fixture('moj-cloud-platform').replace('- **Time to repair**: 0h 50m\n\n', '');
    assert.deepEqual(
      withPreset('moj-cloud-platform', stated)
        .findings.filter((f) => f.code === 'PM201')
        .map((f) => [f.message, f.fixes[0]?.title]),
      // The MoJ marks no entry, but its Key events list states the moments: the value is offered.
      [['State Time to repair in Impact: the timeline says 50m.', 'Add "Time to repair: 50m"']],
    );
  });

  it('a team’s own from and to win over the vendor’s', () => {
    const config = mergeConfig({}, { figureDefinitions: 'firehydrant', figures: { MTTR: { from: 'declared' } } });
    assert.equal(computed(analyze(text, config, { path: PATH, rules: CHECKED_RULES })).MTTR, 19);
  });
});

describe('the team’s template is the configuration', () => {
  const template =
    '# YYYY-MM-DD Title\n\n## Overview\n\n<What happened>\n\n## Timeline\n\n## Root Causes\n\n## Follow-ups\n\n## Appendix\n\n<Logs>\n';
  const doc =
    '# 2025-01-02 Queue stall\n\n**Incident Leader: Ana**\n\n## Overview\n\nThe queue stalled for ten minutes.\n\n## Timeline\n\nAll times UTC.\n\n10:00 stall [start]\n\n10:04 alert [detected]\n\n10:10 restart [resolved]\n\n## Root Causes\n\n- No liveness probe.\n\n## Follow-ups\n\n- Add a liveness probe (owner: Ana, OPS-7).\n';

  it('with no preset and no sections, its sections, order and required ones apply', () => {
    const dir = tempTree({ 'postmortems/template.md': template, 'postmortems/2025-01-02.md': doc });
    const loaded = loadConfigFor(join(dir, 'postmortems/2025-01-02.md'), { root: dir });
    assert.deepEqual(
      loaded.config.sections.map((s) => [s.name, s.required]),
      [
        ['Overview', true],
        ['Timeline', true],
        ['Root Causes', true],
        ['Follow-ups', true],
        ['Appendix', false],
      ],
    );
    const a = analyze(doc, loaded.config, {
      path: join(dir, 'postmortems/2025-01-02.md'),
      template,
      rules: CHECKED_RULES,
    });
    assert.deepEqual(a.findings, []);
    // Without the template's sections the default template's are missing.
    const defaults = analyze(doc, defaultConfig(), {
      path: join(dir, 'postmortems/2025-01-02.md'),
      template,
      rules: CHECKED_RULES,
    });
    assert.deepEqual(
      defaults.findings.map((f) => f.message),
      [
        'Add a "## Stabilization Steps" section: this postmortem has none.',
        'Add a "## Impact" section: this postmortem has none.',
      ],
    );
  });

  it('a preset or sections in the configuration win over the template', () => {
    const dir = tempTree({
      'postmortems/template.md': template,
      'postmortems/a.md': doc,
      'other/template.md': template,
      'other/.postmortemrc.json': '{ "sections": [{ "name": "Timeline" }] }',
      'other/a.md': doc,
    });
    assert.equal(
      loadConfigFor(join(dir, 'postmortems/a.md'), { root: dir, settings: { preset: 'dfds' } }).config.sections[0].name,
      'Summary',
    );
    assert.deepEqual(
      loadConfigFor(join(dir, 'other/a.md'), { root: dir }).config.sections.map((s) => s.name),
      ['Timeline'],
    );
  });
});
