// A .postmortemrc.json read (configFile.ts): JSON with comments, validated with the zod schema,
// each problem located at the offending key or value, named with what is expected, and the
// valid rest kept. Bad input case by case: wrong types, unknown keys, invalid JSON, zones that do
// not exist. How the kept settings combine with the editor's is config-load.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/analysis/rules';
import { readConfigText } from '../../server/src/configuration';
import { suggest } from '../../server/src/config/messages';

/** Each problem as [the text it covers, its message]: the range and the words in one check. */
function located(text: string): [string, string][] {
  return readConfigText('rc', text).problems.map((p) => [text.slice(p.span.start, p.span.end), p.message]);
}

/** jsonc-parser builds objects without a prototype (safe against "__proto__" keys); compare plain values. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const NOT_A_ZONE = (zone: string) =>
  `"defaultTimezone": "${zone}" is not a time zone: use an IANA name like "Europe/London" or an offset like "UTC+2".`;
const SEVERITIES = '"error", "warning", "information", "hint", "on", "off"';

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

  it('a bad nested value is located at the value', () => {
    assert.deepEqual(located('{ "figures": { "MTTD": { "from": "nope" } } }'), [
      [
        '"nope"',
        '"figures.MTTD.from": "nope" is not one of "start", "detected", "acknowledged", "declared", "mitigated", "resolved".',
      ],
    ]);
  });

  it('show a missing required key at the object that lacks it', () => {
    assert.deepEqual(located('{ "sections": [{ "aliases": [] }] }'), [
      ['{ "aliases": [] }', '"sections.0.name" is required.'],
    ]);
  });

  it('report each problem at its key, in the order of the file, and keep the valid rest', () => {
    const text =
      '{\n  "rules": { "PM001": "off", "PM002": "loud" },\n  "sections": 3,\n  "bogus": true,\n  "requiredFigures": ["MTTR"]\n}';
    assert.deepEqual(located(text), [
      ['"loud"', '"rules.PM002": "loud" is not one of "error", "warning", "information", "hint", "on", "off".'],
      ['3', '"sections": expected a list, got the number 3.'],
      ['"bogus"', 'Unknown setting "bogus".'],
    ]);
    assert.deepEqual(plain(readConfigText('rc', text).input), { rules: { PM001: 'off' }, requiredFigures: ['MTTR'] });
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

  it('inside an array item are located at the key, and drop that item’s setting', () => {
    const text = '{ "sections": [{ "name": "X", "bogus": 1 }], "defaultTimezone": "Asia/Kolkata" }';
    const { input, problems } = readConfigText('rc', text);
    assert.deepEqual(problems, [
      {
        file: 'rc',
        message:
          'Unknown setting "sections.0.bogus": expected one of "name", "aliases", "required", "role", "style", "prompt".',
        span: { start: text.indexOf('"bogus"'), end: text.indexOf('"bogus"') + 7 },
      },
    ]);
    assert.deepEqual(input, { defaultTimezone: 'Asia/Kolkata' });
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

  it('are suggested (messages.ts) only when one candidate is clearly meant', () => {
    assert.equal(suggest('DefaultTimezone', ['defaultTimezone', 'template']), 'defaultTimezone');
    assert.equal(suggest('PM01', ['PM001', 'PM101']), undefined, 'two as close: no guess');
    assert.equal(suggest('xyz', ['files', 'rules']), undefined);
  });

  it('never include a rule code or name of the registry', () => {
    const names = RULES.flatMap((r) => [r.code, r.name]);
    assert.deepEqual(
      readConfigText('rc', JSON.stringify({ rules: Object.fromEntries(names.map((n) => [n, 'hint'])) })).problems,
      [],
    );
  });
});

describe('invalid JSON', () => {
  it('accepts comments, trailing commas and a BOM, as VS Code does for this file', () => {
    assert.deepEqual(plain(readConfigText('rc', '\uFEFF// team\n{ "rules": { "PM001": "off", }, }')), {
      input: { rules: { PM001: 'off' } },
      problems: [],
    });
    assert.deepEqual(plain(readConfigText('rc', '{\n  // ours\n  "rules": { "PM001": "off", },\n}\n')), {
      input: { rules: { PM001: 'off' } },
      problems: [],
    });
  });

  it('counts offsets in the text as given, BOM included', () => {
    assert.deepEqual(located('\uFEFF{ "defaultTimezone": "Mars/Olympus" }'), [
      ['"Mars/Olympus"', NOT_A_ZONE('Mars/Olympus')],
    ]);
  });

  it('puts a syntax error at its offset and still applies what could be read', () => {
    const text = '{ "rules": { "PM001": "off" } "requiredFigures": ["MTTR"] }';
    const { input, problems } = readConfigText('rc', text);
    assert.deepEqual(problems, [
      {
        file: 'rc',
        message: 'Invalid JSON: a comma is expected.',
        span: { start: text.indexOf('"requiredFigures"'), end: text.indexOf('"requiredFigures"') + 17 },
      },
    ]);
    assert.deepEqual(plain(input), { rules: { PM001: 'off' }, requiredFigures: ['MTTR'] });
  });

  it('a truncated file: one problem per place, the end located, what was read applies', () => {
    const text = '{ "defaultTimezone": "Europe/Paris", "rules": { "PM001": "of';
    assert.deepEqual(located(text), [
      ['"of', 'Invalid JSON: this string is not closed.'],
      ['', 'Invalid JSON: a closing } is expected.'],
    ]);
    assert.equal(readConfigText('rc', text).problems[1].span.start, text.length);
    assert.deepEqual(plain(readConfigText('rc', text).input), { defaultTimezone: 'Europe/Paris', rules: {} });
    assert.deepEqual(plain(readConfigText('rc', '{ "rules": { ')), {
      input: { rules: {} },
      problems: [{ file: 'rc', message: 'Invalid JSON: a closing } is expected.', span: { start: 13, end: 13 } }],
    });
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

  it('binary garbage: one located problem, not one per byte, and nothing applies', () => {
    const garbage = 'PK\u0003\u0004\u0014\u0000\b\u0000' + '\uFFFD\u0001{["'.repeat(500);
    const { input, problems } = readConfigText('rc', garbage);
    assert.deepEqual(input, {});
    // Its 500 unclosed brackets nest far deeper than any configuration: that is said before any parse.
    assert.deepEqual(
      problems.map((p) => [p.span.start, p.span.end, p.message]),
      [[170, 171, 'The configuration is nested more than 32 levels deep here; it needs at most 4.']],
    );
  });

  it('JSON that is not an object covers the whole value', () => {
    assert.deepEqual(located('[1, 2]'), [['[1, 2]', 'The configuration must be a JSON object, like { "rules": {} }.']]);
    assert.deepEqual(located('[1]'), [['[1]', 'The configuration must be a JSON object, like { "rules": {} }.']]);
  });
});

describe('time zones', () => {
  it('a zone that does not exist is located at the value; the rest of the file still applies', () => {
    for (const zone of ['Mars/Olympus', 'UTC+99', 'Europe/Londres', 'XYZ']) {
      const text = `{ "defaultTimezone": "${zone}", "rules": { "incident-leader": "off" } }`;
      assert.deepEqual(located(text), [[`"${zone}"`, NOT_A_ZONE(zone)]]);
      assert.deepEqual(plain(readConfigText('rc', text).input), { rules: { 'incident-leader': 'off' } }, zone);
    }
  });

  it('accepts every form a timeline may declare, IANA names with short parts included', () => {
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
      'Asia/Tokyo',
      'Asia/Seoul',
      'Asia/Dubai',
      'Etc/UTC',
    ]) {
      assert.deepEqual(readConfigText('rc', JSON.stringify({ defaultTimezone: zone })).problems, [], zone);
    }
  });
});
