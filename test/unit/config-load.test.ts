// Config loading as the server and the CLI use it on every validation: precedence, an explicit
// file, fallbacks for the bad parts, located problems, fresh reads after edits, template search.
import assert from 'node:assert/strict';
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findTemplate, mergeConfig } from '../../server/src/config/load';
import { loadConfigFor, readConfigText, validSettings } from '../../server/src/configuration';
import { DEFAULT_SECTIONS } from '../../server/src/config/schema';
import { tempTree } from '../support/fixtures';

/** jsonc-parser builds objects without a prototype (safe against "__proto__" keys); compare plain values. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Rewrites a file with a later mtime, so a same-size edit within the same millisecond is still seen. */
function edit(path: string, text: string, secondsLater: number): void {
  writeFileSync(path, text);
  const t = new Date(Date.now() + secondsLater * 1000);
  utimesSync(path, t, t);
}

describe('loadConfigFor', () => {
  it('without settings or a file gives the defaults and no problems', () => {
    const dir = tempTree({ 'doc.md': '' });
    const loaded = loadConfigFor(join(dir, 'doc.md'), { root: dir });
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.configFile, undefined);
    assert.deepEqual(loaded.config.sections, DEFAULT_SECTIONS);
    assert.equal(loaded.config.defaultTimezone, 'UTC');
  });

  it('takes the nearest file when several folders have one', () => {
    const dir = tempTree({
      '.postmortemrc.json': '{ "defaultTimezone": "Asia/Kolkata" }',
      'team/.postmortemrc.json': '{ "defaultTimezone": "Europe/Paris" }',
      'team/pm/a.md': '',
    });
    const loaded = loadConfigFor(join(dir, 'team/pm/a.md'), { root: dir });
    assert.equal(loaded.configFile, join(dir, 'team/.postmortemrc.json'));
    assert.equal(loaded.config.defaultTimezone, 'Europe/Paris');
  });

  it('uses an explicit file instead of discovery, and reports one that cannot be read', () => {
    const dir = tempTree({
      '.postmortemrc.json': '{ "defaultTimezone": "Asia/Kolkata" }',
      'ci.json': '{ "defaultTimezone": "America/Chicago" }',
      'a.md': '',
    });
    assert.equal(
      loadConfigFor(join(dir, 'a.md'), { explicitConfigFile: join(dir, 'ci.json') }).config.defaultTimezone,
      'America/Chicago',
    );
    const missing = loadConfigFor(join(dir, 'a.md'), { explicitConfigFile: join(dir, 'nope.json') });
    assert.equal(missing.problems.length, 1);
    assert.match(missing.problems[0].message, /Cannot read/);
    assert.equal(missing.config.defaultTimezone, 'UTC');
  });

  it('lets a bad key of the file fall back to the settings, then the defaults, and keeps its good keys', () => {
    const dir = tempTree({
      '.postmortemrc.json': '{ "defaultTimezone": 5, "sections": [], "requiredFigures": ["MTTR"] }',
      'a.md': '',
    });
    const loaded = loadConfigFor(join(dir, 'a.md'), { root: dir, settings: { defaultTimezone: 'Europe/Berlin' } });
    assert.deepEqual(
      loaded.problems.map((p) => /"[^"]*"/.exec(p.message)?.[0]),
      ['"defaultTimezone"', '"sections"'],
    );
    assert.equal(loaded.config.defaultTimezone, 'Europe/Berlin');
    assert.deepEqual(loaded.config.sections, DEFAULT_SECTIONS);
    assert.deepEqual(loaded.config.requiredFigures, ['MTTR']);
  });

  it('sees an edited, created and deleted file at once despite the cache', () => {
    const dir = tempTree({ 'a/b.md': '' });
    const doc = join(dir, 'a/b.md');
    assert.equal(loadConfigFor(doc, { root: dir }).configFile, undefined);
    const rc = join(dir, 'a/.postmortemrc.json');
    edit(rc, '{ "rules": { "PM001": "off" } }', 1);
    assert.deepEqual(loadConfigFor(doc, { root: dir }).config.rules, { PM001: 'off' });
    edit(rc, '{ "rules": { "PM001": "hint" } }', 2);
    assert.deepEqual(loadConfigFor(doc, { root: dir }).config.rules, { PM001: 'hint' });
    rmSync(rc);
    assert.equal(loadConfigFor(doc, { root: dir }).configFile, undefined);
  });
});

describe('settings and merging', () => {
  it('ignores settings that do not validate and keeps the rest', () => {
    assert.deepEqual(
      validSettings({ defaultTimezone: 3, requiredFigures: ['MTTA'], trace: { server: 'off' }, template: null }),
      { requiredFigures: ['MTTA'] },
    );
    assert.deepEqual(validSettings('nonsense'), {});
    assert.deepEqual(validSettings(undefined), {});
  });

  it('merges keyed settings entry by entry, the file winning', () => {
    const config = mergeConfig(
      { rules: { PM001: 'off', PM002: 'hint' }, moments: { start: ['kaboom'] } },
      { rules: { PM002: 'error' }, moments: { detected: ['paged'] } },
    );
    assert.deepEqual(config.rules, { PM001: 'off', PM002: 'error' });
    assert.deepEqual(config.moments, { start: ['kaboom'], detected: ['paged'] });
  });
});

describe('.postmortemrc.json problems', () => {
  it('locates an unknown key inside an array item at the key, and drops its setting', () => {
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

  it('locates a bad nested value at the value', () => {
    const text = '{ "figures": { "MTTD": { "from": "nope" } } }';
    const [problem] = readConfigText('rc', text).problems;
    assert.deepEqual(problem.span, { start: text.indexOf('"nope"'), end: text.indexOf('"nope"') + 6 });
    assert.equal(
      problem.message,
      '"figures.MTTD.from": "nope" is not one of "start", "detected", "acknowledged", "declared", "mitigated", "resolved".',
    );
  });

  it('puts a syntax error at its offset and still applies what could be read', () => {
    const text = '{ "rules": { "PM001": "off" } "requiredFigures": ["MTTR"] }';
    const { input, problems } = readConfigText('rc', text);
    assert.deepEqual(problems[0].span.start, text.indexOf('"requiredFigures"'));
    assert.equal(problems[0].message, 'Invalid JSON: a comma is expected.');
    assert.deepEqual(plain(input), { rules: { PM001: 'off' }, requiredFigures: ['MTTR'] });
  });

  it('accepts comments and trailing commas', () => {
    assert.deepEqual(plain(readConfigText('rc', '{\n  // ours\n  "rules": { "PM001": "off", },\n}\n')), {
      input: { rules: { PM001: 'off' } },
      problems: [],
    });
  });
});

describe('findTemplate', () => {
  it('prefers the nearest folder and matches names case-insensitively, dotfiles included', () => {
    const dir = tempTree({ 'Template.md': 'TOP', 'pm/.Post-Mortem-TEMPLATE.markdown': 'NEAR', 'pm/2024.md': '' });
    assert.deepEqual(findTemplate(join(dir, 'pm/2024.md'), { root: dir }), {
      path: join(dir, 'pm/.Post-Mortem-TEMPLATE.markdown'),
      text: 'NEAR',
    });
  });

  it('does not look above the workspace root', () => {
    const dir = tempTree({ 'template.md': 'OUTSIDE', 'ws/pm/a.md': '' });
    assert.equal(findTemplate(join(dir, 'ws/pm/a.md'), { root: join(dir, 'ws') }), undefined);
  });

  it('never returns the document itself, even when it is the configured template', () => {
    const dir = tempTree({ 'template.md': 'SELF' });
    assert.equal(findTemplate(join(dir, 'template.md'), { root: dir }), undefined);
    assert.equal(findTemplate(join(dir, 'template.md'), { root: dir, configured: 'template.md' }), undefined);
  });

  it('resolves a template setting from the editor against the workspace root', () => {
    const dir = tempTree({ 'tpl/pm.md': 'OURS', 'docs/a.md': '' });
    const loaded = loadConfigFor(join(dir, 'docs/a.md'), { root: dir, settings: { template: 'tpl/pm.md' } });
    assert.deepEqual(loaded.template, { path: join(dir, 'tpl/pm.md'), text: 'OURS' });
  });

  it('finds nothing for a configured template that does not exist, rather than guessing', () => {
    const dir = tempTree({ 'template.md': 'NEAR', 'a.md': '' });
    assert.equal(findTemplate(join(dir, 'a.md'), { root: dir, configured: 'missing.md' }), undefined);
  });
});
