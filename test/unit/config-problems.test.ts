// Bad configuration, case by case: wrong types, unknown keys, invalid JSON, zones that do not
// exist. Each gives a finding at the offending key or value that names it and what is expected,
// the valid rest still applies, and what is wrong falls back to the settings, then the defaults.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/analysis/rules';
import { loadConfigFor, postmortemrcJsonSchema, readConfigText, readSettings } from '../../server/src/configuration';
import { suggest } from '../../server/src/config/messages';
import { DEFAULT_SECTIONS } from '../../server/src/config/schema';
import { analyze } from '../../server/src/analysis/analyze';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';

/** Each problem as [the text it covers, its message]: the range and the words in one check. */
function located(text: string): [string, string][] {
  return readConfigText('rc', text).problems.map((p) => [text.slice(p.span.start, p.span.end), p.message]);
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const NOT_A_ZONE = (zone: string) =>
  `"defaultTimezone": "${zone}" is not a time zone: use an IANA name like "Europe/London" or an offset like "UTC+2".`;
const SEVERITIES = '"error", "warning", "information", "hint", "off"';

describe('wrong types', () => {
  it('are located at the value, name the key and what it must be', () => {
    assert.deepEqual(located('{ "rules": 5 }'), [['5', '"rules": expected an object, got the number 5.']]);
    assert.deepEqual(located('{ "defaultTimezone": 3 }'), [
      ['3', '"defaultTimezone": expected a string, got the number 3.'],
    ]);
    assert.deepEqual(located('{ "rules": { "PM001": "loud" } }'), [
      ['"loud"', `"rules.PM001": "loud" is not one of ${SEVERITIES}.`],
    ]);
    assert.deepEqual(located('{ "inlayHints": { "elapsedTime": "yes" } }'), [
      ['"yes"', '"inlayHints.elapsedTime": expected true or false, got "yes".'],
    ]);
    assert.deepEqual(located('{ "sections": [] }'), [['[]', '"sections" must not be empty.']]);
    assert.deepEqual(located('{ "files": null }'), [['null', '"files": expected a list, got null.']]);
  });

  it('show a missing required key at the object that lacks it', () => {
    assert.deepEqual(located('{ "sections": [{ "aliases": [] }] }'), [
      ['{ "aliases": [] }', '"sections.0.name" is required.'],
    ]);
  });

  it('drop only the wrong entry of an object, but a whole list, and keep the other settings', () => {
    const text =
      '{ "rules": { "PM001": "off", "PM002": "loud" }, "figures": { "MTTD": { "from": "nope", "aliases": ["TTD!"] } }, "requiredFigures": ["MTTR", "MTTX"], "defaultTimezone": "Europe/Paris" }';
    assert.deepEqual(plain(readConfigText('rc', text).input), {
      rules: { PM001: 'off' },
      figures: { MTTD: { aliases: ['TTD!'] } },
      defaultTimezone: 'Europe/Paris',
    });
  });

  it('fall back to the defaults in the effective configuration', () => {
    const dir = tempTree({
      '.postmortemrc.json': '{ "rules": 5, "sections": "all", "requiredFigures": ["MTTA"] }',
      'a.md': '',
    });
    const { config, problems } = loadConfigFor(join(dir, 'a.md'), { root: dir });
    assert.equal(problems.length, 2);
    assert.deepEqual(config.rules, {});
    assert.deepEqual(config.sections, DEFAULT_SECTIONS);
    assert.deepEqual(config.requiredFigures, ['MTTA']);
  });
});

describe('unknown keys', () => {
  it('are located at the key, at the top level and nested, with the likely key', () => {
    assert.deepEqual(located('{ "defaultTimeZone": "UTC" }'), [
      ['"defaultTimeZone"', 'Unknown setting "defaultTimeZone": did you mean "defaultTimezone"?'],
    ]);
    assert.deepEqual(located('{ "requiredFigure": [] }'), [
      ['"requiredFigure"', 'Unknown setting "requiredFigure": did you mean "requiredFigures"?'],
    ]);
    assert.deepEqual(located('{ "colour": 1 }'), [['"colour"', 'Unknown setting "colour".']]);
    assert.deepEqual(located('{ "figures": { "MTTX": {} } }'), [
      [
        '"MTTX"',
        'Unknown setting "figures.MTTX": expected one of "MTTD", "MTTA", "MTTM", "MTTR", "MTTDecl", "Duration".',
      ],
    ]);
    assert.deepEqual(located('{ "figures": { "MTTD": { "form": "start" } } }'), [
      ['"form"', 'Unknown setting "figures.MTTD.form": did you mean "from"?'],
    ]);
  });

  it('include a misspelt rule, which would otherwise silently do nothing', () => {
    assert.deepEqual(located('{ "rules": { "incident-leadr": "off" } }'), [
      ['"incident-leadr"', 'Unknown rule "incident-leadr" in "rules": did you mean "incident-leader"?'],
    ]);
    assert.deepEqual(located('{ "rules": { "pm006": "off" } }'), [
      ['"pm006"', 'Unknown rule "pm006" in "rules": did you mean "PM006"?'],
    ]);
    assert.deepEqual(located('{ "rules": { "PM01": "off" } }'), [
      ['"PM01"', 'Unknown rule "PM01" in "rules": use a rule code like "PM001" or a name like "missing-section".'],
    ]);
  });

  it('are dropped while the known keys beside them apply', () => {
    const text =
      '{ "rules": { "incident-leadr": "off", "incident-leader": "hint" }, "defaultTimeZone": "Asia/Kolkata", "template": "t.md" }';
    assert.deepEqual(plain(readConfigText('rc', text).input), {
      rules: { 'incident-leader': 'hint' },
      template: 't.md',
    });
  });

  it('are suggested only when one candidate is clearly meant', () => {
    assert.equal(suggest('DefaultTimezone', ['defaultTimezone', 'template']), 'defaultTimezone');
    assert.equal(suggest('PM01', ['PM001', 'PM101']), undefined, 'two as close: no guess');
    assert.equal(suggest('xyz', ['files', 'rules']), undefined);
  });

  it('every rule code and name is accepted, and the JSON Schema lists them for completion', () => {
    const names = RULES.flatMap((r) => [r.code, r.name]);
    assert.deepEqual(
      readConfigText('rc', JSON.stringify({ rules: Object.fromEntries(names.map((n) => [n, 'hint'])) })).problems,
      [],
    );
    const rules = postmortemrcJsonSchema().properties?.rules as { propertyNames: { enum: string[] } };
    assert.deepEqual(rules.propertyNames.enum, names);
  });
});

describe('invalid JSON', () => {
  it('accepts a trailing comma, comments and a BOM, as VS Code does for this file, and says so in the schema', () => {
    assert.deepEqual(plain(readConfigText('rc', '\uFEFF// team\n{ "rules": { "PM001": "off", }, }')), {
      input: { rules: { PM001: 'off' } },
      problems: [],
    });
    assert.equal(postmortemrcJsonSchema().allowTrailingCommas, true);
  });

  it('counts offsets in the text as given, BOM included', () => {
    assert.deepEqual(located('\uFEFF{ "defaultTimezone": "Mars/Olympus" }'), [
      ['"Mars/Olympus"', NOT_A_ZONE('Mars/Olympus')],
    ]);
  });

  it('a file read from disk has its BOM removed, as an editor shows it', () => {
    const dir = tempTree({ '.postmortemrc.json': '\uFEFF{ "bogus": 1 }', 'a.md': '' });
    assert.deepEqual(loadConfigFor(join(dir, 'a.md'), { root: dir }).problems[0].span, { start: 2, end: 9 });
  });

  it('a truncated file: one problem per place, the end located, what was read applies', () => {
    const text = '{ "defaultTimezone": "Europe/Paris", "rules": { "PM001": "of';
    assert.deepEqual(located(text), [
      ['"of', 'Invalid JSON: this string is not closed.'],
      ['', 'Invalid JSON: a closing } is expected.'],
    ]);
    assert.equal(readConfigText('rc', text).problems[1].span.start, text.length);
    assert.deepEqual(plain(readConfigText('rc', text).input), { defaultTimezone: 'Europe/Paris', rules: {} });
  });

  it('an empty or blank file says so at its start', () => {
    for (const text of ['', '  \n\n']) {
      assert.deepEqual(readConfigText('rc', text), {
        input: {},
        problems: [
          {
            file: 'rc',
            message: 'The file is empty: write a JSON object, like { "rules": {} }.',
            span: { start: 0, end: 0 },
          },
        ],
      });
    }
  });

  it('binary garbage: a few problems, not one per byte, and nothing applies', () => {
    const garbage = 'PK\u0003\u0004\u0014\u0000\b\u0000' + '\uFFFD\u0001{["'.repeat(500);
    const { input, problems } = readConfigText('rc', garbage);
    assert.deepEqual(input, {});
    assert.ok(problems.length >= 1 && problems.length <= 5, `${problems.length} problems`);
    assert.ok(problems.every((p) => p.message.startsWith('Invalid JSON: ') && p.span.end <= garbage.length));
  });

  it('JSON that is not an object covers the whole value', () => {
    assert.deepEqual(located('[1, 2]'), [['[1, 2]', 'The configuration must be a JSON object, like { "rules": {} }.']]);
  });
});

describe('time zones', () => {
  it('a zone that does not exist is located at the value and UTC applies; the rest of the file still does', () => {
    for (const zone of ['Mars/Olympus', 'UTC+99', 'Europe/Londres', 'XYZ']) {
      const text = `{ "defaultTimezone": "${zone}", "rules": { "incident-leader": "off" } }`;
      assert.deepEqual(located(text), [[`"${zone}"`, NOT_A_ZONE(zone)]]);
      const dir = tempTree({ '.postmortemrc.json': text, 'a.md': '' });
      const { config } = loadConfigFor(join(dir, 'a.md'), { root: dir });
      assert.equal(config.defaultTimezone, 'UTC');
      assert.deepEqual(config.rules, { 'incident-leader': 'off' });
    }
  });

  it('accepts every form a timeline may declare', () => {
    for (const zone of [
      'UTC',
      'utc',
      'Europe/London',
      'America/Argentina/Buenos_Aires',
      'UTC+2',
      'GMT-03:30',
      '+05:30',
      'PST',
      'PST/PDT',
      'ACDT (+10:30)',
    ]) {
      assert.deepEqual(readConfigText('rc', JSON.stringify({ defaultTimezone: zone })).problems, [], zone);
    }
  });

  it('accepts IANA names with short parts, like "Asia/Tokyo"', () => {
    for (const zone of ['Asia/Tokyo', 'Asia/Seoul', 'Asia/Dubai', 'Etc/UTC'])
      assert.deepEqual(readConfigText('rc', JSON.stringify({ defaultTimezone: zone })).problems, [], zone);
  });

  it('the analysis then assumes UTC, and says so', () => {
    const dir = tempTree({ '.postmortemrc.json': '{ "defaultTimezone": "Mars/Olympus" }', 'a.md': '' });
    const { config } = loadConfigFor(join(dir, 'a.md'), { root: dir });
    const text = postmortem({
      timeline: '## Timeline\n\n09:58 push [start]\n\n10:12 alert [detected]\n\n10:40 fixed [resolved]\n',
    });
    const pm101 = analyze(text, config, {}).findings.find((f) => f.code === 'PM101');
    assert.match(pm101?.message ?? '', /: UTC is assumed\.$/);
  });
});

describe('editor settings, which have no file for a finding', () => {
  it('keep what validates and name each bad setting as the editor does', () => {
    const { input, problems } = readSettings({
      defaultTimezone: 'Mars/Olympus',
      rules: { PM001: 'loud', PM002: 'off', 'incident-leadr': 'off' },
      requiredFigures: ['MTTR'],
      trace: { server: 'off' },
      template: null,
    });
    assert.deepEqual(input, { rules: { PM002: 'off' }, requiredFigures: ['MTTR'] });
    assert.deepEqual(problems, [
      `"postmortem.rules.PM001": "loud" is not one of ${SEVERITIES}.`,
      '"postmortem.defaultTimezone": "Mars/Olympus" is not a time zone: use an IANA name like "Europe/London" or an offset like "UTC+2".',
      'Unknown rule "incident-leadr" in "postmortem.rules": did you mean "incident-leader"?',
    ]);
  });

  it('a bad zone setting gives way to a valid one in the file, else to UTC', () => {
    const dir = tempTree({
      'team/.postmortemrc.json': '{ "defaultTimezone": "Europe/Paris" }',
      'team/a.md': '',
      'b.md': '',
    });
    const settings = { defaultTimezone: 'Mars/Olympus' };
    assert.equal(loadConfigFor(join(dir, 'team/a.md'), { root: dir, settings }).config.defaultTimezone, 'Europe/Paris');
    const alone = loadConfigFor(join(dir, 'b.md'), { root: dir, settings });
    assert.equal(alone.config.defaultTimezone, 'UTC');
    assert.equal(alone.settingsProblems.length, 1);
  });

  it('are read once per settings object, as every validation asks again', () => {
    const settings = { defaultTimezone: 'Mars/Olympus' };
    assert.equal(readSettings(settings), readSettings(settings));
  });
});
