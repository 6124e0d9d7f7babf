// Config loading (load.ts) as the server and the CLI use it on every validation: discovery by
// walking up, precedence over the editor's settings, an explicit file, fallbacks for the bad parts
// (to the settings, then the defaults), fresh reads after edits, the editor's own settings, and
// the template search. How a file's text is read and its problems located is config-file.test.ts.
import assert from 'node:assert/strict';
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { timezone } from '../../server/src/analysis/rules/timeline-timezone';
import { findTemplate, mergeConfig } from '../../server/src/config/load';
import { loadConfigFor, readSettings, validSettings } from '../../server/src/configuration';
import { DEFAULT_SECTIONS } from '../../server/src/config/schema';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import { runRule } from '../support/ruleTester';

const SEVERITIES = '"error", "warning", "information", "hint", "on", "off"';

/** Rewrites a file with a later mtime, so a same-size edit within the same millisecond is still seen. */
function edit(path: string, text: string, secondsLater: number): void {
  writeFileSync(path, text);
  const t = new Date(Date.now() + secondsLater * 1000);
  utimesSync(path, t, t);
}

describe('loadConfigFor', () => {
  it('finds the file by walking up from the document, and merges it over the settings', () => {
    const dir = tempTree({
      '.postmortemrc.json': '// team config\n{ "rules": { "PM005": "error" }, "requiredFigures": ["MTTR"] }',
      'a/b/c.md': '',
    });
    const loaded = loadConfigFor(join(dir, 'a/b/c.md'), {
      settings: { rules: { PM006: 'off', PM005: 'hint' }, defaultTimezone: 'Europe/Berlin' },
    });
    assert.equal(loaded.configFile, join(dir, '.postmortemrc.json'));
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.config.rules, { PM006: 'off', PM005: 'error' });
    assert.deepEqual(loaded.config.requiredFigures, ['MTTR']);
    assert.equal(loaded.config.defaultTimezone, 'Europe/Berlin');
  });

  it('stops at the workspace root', () => {
    const dir = tempTree({ '.postmortemrc.json': '{}', 'ws/doc.md': '' });
    assert.equal(loadConfigFor(join(dir, 'ws/doc.md'), { root: join(dir, 'ws') }).configFile, undefined);
  });

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
      loaded.problems.map((p) => [p.span, p.message]),
      [
        [{ start: 21, end: 22 }, '"defaultTimezone": expected a string, got the number 5.'],
        [{ start: 36, end: 38 }, '"sections" must not be empty.'],
      ],
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

  it('falls back to the defaults for what the file gets wrong, and says where', () => {
    const dir = tempTree({
      '.postmortemrc.json': '{ "rules": 5, "sections": "all", "requiredFigures": ["MTTA"] }',
      'a.md': '',
    });
    const { config, problems } = loadConfigFor(join(dir, 'a.md'), { root: dir });
    assert.deepEqual(
      problems.map((p) => [p.file, p.span, p.message]),
      [
        [join(dir, '.postmortemrc.json'), { start: 11, end: 12 }, '"rules": expected an object, got the number 5.'],
        [join(dir, '.postmortemrc.json'), { start: 26, end: 31 }, '"sections": expected a list, got "all".'],
      ],
    );
    assert.deepEqual(config.rules, {});
    assert.deepEqual(config.sections, DEFAULT_SECTIONS);
    assert.deepEqual(config.requiredFigures, ['MTTA']);
  });

  it('removes the BOM of a file read from disk, as an editor shows it', () => {
    const dir = tempTree({ '.postmortemrc.json': '\uFEFF{ "bogus": 1 }', 'a.md': '' });
    assert.deepEqual(loadConfigFor(join(dir, 'a.md'), { root: dir }).problems[0].span, { start: 2, end: 9 });
  });

  it('a zone that does not exist gives way to UTC, the rest of the file applies, and the analysis says so', () => {
    for (const zone of ['Mars/Olympus', 'UTC+99', 'Europe/Londres', 'XYZ']) {
      const dir = tempTree({
        '.postmortemrc.json': `{ "defaultTimezone": "${zone}", "rules": { "incident-leader": "off" } }`,
        'a.md': '',
      });
      const { config } = loadConfigFor(join(dir, 'a.md'), { root: dir });
      assert.equal(config.defaultTimezone, 'UTC');
      assert.deepEqual(config.rules, { 'incident-leader': 'off' });
    }
    const dir = tempTree({ '.postmortemrc.json': '{ "defaultTimezone": "Mars/Olympus" }', 'a.md': '' });
    const { config } = loadConfigFor(join(dir, 'a.md'), { root: dir });
    const text = postmortem({
      timeline: '## Timeline\n\n09:58 push [start]\n\n10:12 alert [detected]\n\n10:40 fixed [resolved]\n',
    });
    assert.deepEqual(
      runRule(timezone, text, { config }).findings.map((f) => f.message),
      ['Say which timezone the times are in (e.g. "All times UTC."): UTC is assumed.'],
    );
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

  it('keeps the editor settings that validate and names each bad one as the editor does', () => {
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
    assert.deepEqual(alone.settingsProblems, [
      '"postmortem.defaultTimezone": "Mars/Olympus" is not a time zone: use an IANA name like "Europe/London" or an offset like "UTC+2".',
    ]);
  });

  it('reads the editor settings once per settings object, as every validation asks again', () => {
    const settings = { defaultTimezone: 'Mars/Olympus' };
    assert.equal(readSettings(settings), readSettings(settings));
  });
});

describe('findTemplate', () => {
  it('is a markdown file named like a template beside the document or in a parent, never the document itself', () => {
    const dir = tempTree({
      'docs/.post-mortem-template.md': 'T',
      'docs/incidents/2024.md': '',
      'docs/incidents/my-template-notes.txt': 'x',
    });
    assert.deepEqual(findTemplate(join(dir, 'docs/incidents/2024.md'), { root: dir }), {
      path: join(dir, 'docs/.post-mortem-template.md'),
      text: 'T',
    });
    assert.equal(findTemplate(join(dir, 'docs/.post-mortem-template.md'), { root: join(dir, 'docs') }), undefined);
  });

  it('the template setting wins, relative to the config file', () => {
    const dir = tempTree({
      '.postmortemrc.json': '{ "template": "tpl/pm.md" }',
      'tpl/pm.md': 'OURS',
      'x/Template.md': 'NEAR',
      'x/a.md': '',
    });
    assert.equal(loadConfigFor(join(dir, 'x/a.md')).template?.text, 'OURS');
  });

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
    assert.equal(
      loadConfigFor(join(dir, 'template.md'), { root: dir, settings: { template: 'template.md' } }).template,
      undefined,
    );
  });

  it('resolves a template setting from the editor against the workspace root', () => {
    const dir = tempTree({ 'tpl/pm.md': 'OURS', 'docs/a.md': '' });
    const loaded = loadConfigFor(join(dir, 'docs/a.md'), { root: dir, settings: { template: 'tpl/pm.md' } });
    assert.deepEqual(loaded.template, { path: join(dir, 'tpl/pm.md'), text: 'OURS' });
  });

  it('finds nothing for a configured template that does not exist, rather than guessing, and says so', () => {
    const dir = tempTree({ 'template.md': 'NEAR', 'a.md': '' });
    const loaded = loadConfigFor(join(dir, 'a.md'), { root: dir, settings: { template: 'missing.md' } });
    assert.equal(loaded.template, undefined);
    assert.deepEqual(loaded.settingsProblems, [
      '"postmortem.template": "missing.md" cannot be used: it does not exist.',
    ]);
  });
});
