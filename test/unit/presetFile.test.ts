// Writing the preset New Postmortem asked for into .postmortemrc.json: one key set, the rest of
// the file as it was; a file that is not a JSON object is refused, never half-rewritten.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withPreset } from '../../server/src/config/presetFile';
import { readConfigText } from '../../server/src/configuration';

describe('withPreset', () => {
  it('writes a new file holding only the preset', () => {
    assert.equal(withPreset(undefined, 'google-sre'), '{\n  "preset": "google-sre"\n}\n');
    assert.equal(withPreset('  \n', 'dfds'), '{\n  "preset": "dfds"\n}\n');
  });

  it('adds the key first and keeps other keys, comments and trailing commas', () => {
    const text = '{\n  // our team\n  "defaultTimezone": "Europe/Oslo",\n  "rules": { "PM001": "off", },\n}\n';
    const updated = withPreset(text, 'pagerduty');
    assert.equal(
      updated,
      '{\n  "preset": "pagerduty",\n  // our team\n  "defaultTimezone": "Europe/Oslo",\n  "rules": { "PM001": "off", },\n}\n',
    );
    assert.deepEqual(JSON.parse(JSON.stringify(readConfigText('rc', updated).input)), {
      preset: 'pagerduty',
      defaultTimezone: 'Europe/Oslo',
      rules: { PM001: 'off' },
    });
  });

  it('replaces a preset already there, keeping a BOM and CRLF line endings', () => {
    const text = '\uFEFF{\r\n  "preset": "etsy",\r\n  "defaultTimezone": "UTC"\r\n}\r\n';
    assert.equal(
      withPreset(text, 'flutter'),
      '\uFEFF{\r\n  "preset": "flutter",\r\n  "defaultTimezone": "UTC"\r\n}\r\n',
    );
  });

  it('refuses a file whose JSON has errors, or that is no object', () => {
    assert.throws(() => withPreset('{ "rules": { ', 'dfds'), /JSON has errors/);
    assert.throws(() => withPreset('[1, 2]', 'dfds'), /JSON has errors/);
  });
});
