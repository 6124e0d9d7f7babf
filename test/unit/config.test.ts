// Configuration: discovery by walking up, merging over settings, located problems, the template,
// and the generated JSON Schema and settings that must not drift from the zod schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findTemplate } from '../../server/src/config/load';
import {
  loadConfigFor,
  postmortemrcJsonSchema,
  readConfigText,
  settingsContribution,
} from '../../server/src/configuration';
import { tempTree } from '../support/fixtures';

const root = join(__dirname, '..', '..');

describe('.postmortemrc.json', () => {
  it('is found by walking up from the document, and merges over the settings', () => {
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
  it('reports each problem at its key and keeps the valid rest', () => {
    const text =
      '{\n  "rules": { "PM001": "off", "PM002": "loud" },\n  "sections": 3,\n  "bogus": true,\n  "requiredFigures": ["MTTR"]\n}';
    const { input, problems } = readConfigText('rc', text);
    const at = (needle: string) => text.indexOf(needle);
    assert.deepEqual(
      problems.map((p) => [p.span.start, p.message]),
      [
        [at('"loud"'), '"rules.PM002": "loud" is not one of "error", "warning", "information", "hint", "off".'],
        [at('3'), '"sections": expected a list, got the number 3.'],
        [at('"bogus"'), 'Unknown setting "bogus".'],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    assert.deepEqual(input, { rules: { PM001: 'off' }, requiredFigures: ['MTTR'] });
  });
  it('reports JSON syntax errors where they are, and a non-object', () => {
    const { problems } = readConfigText('rc', '{ "rules": { ');
    assert.match(problems[0].message, /Invalid JSON/);
    assert.match(readConfigText('rc', '[1]').problems[0].message, /must be a JSON object/);
  });
});

describe('the team template', () => {
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
});

describe('generated schemas', () => {
  it('schemas/postmortemrc.schema.json matches the zod schema (run npm run gen:schema)', () => {
    const committed = JSON.parse(readFileSync(join(root, 'schemas', 'postmortemrc.schema.json'), 'utf8')) as unknown;
    assert.deepEqual(committed, JSON.parse(JSON.stringify(postmortemrcJsonSchema())));
  });
  it("package.json's postmortem.* settings match the zod schema (run npm run gen:schema)", () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      contributes: { configuration: unknown; jsonValidation: { url: string }[] };
    };
    assert.deepEqual(manifest.contributes.configuration, JSON.parse(JSON.stringify(settingsContribution())));
    assert.equal(manifest.contributes.jsonValidation[0].url, './schemas/postmortemrc.schema.json');
  });
});
