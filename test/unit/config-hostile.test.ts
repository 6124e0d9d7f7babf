// Configuration files and templates a stranger may have written (issue 10, items 10, 12, 13, 18,
// 23, 27, 33): nothing read unbounded, nothing outside the workspace, nothing recursing for ever.
import assert from 'node:assert/strict';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULE_NAMES } from '../../server/src/analysis/rules';
import { readConfigTextCached } from '../../server/src/config/configFile';
import { discoveryRoot } from '../../server/src/config/discovery';
import { loadConfigFor, readConfigText } from '../../server/src/configuration';
import { tempTree } from '../support/fixtures';

describe('config files that would break the reader', () => {
  it('5,000 nested arrays are a problem at the first bracket too deep, not a RangeError', () => {
    const text = `{ "rules": ${'['.repeat(5000)}${']'.repeat(5000)} }`;
    const { input, problems } = readConfigText('rc', text);
    assert.deepEqual(input, {});
    assert.deepEqual(
      problems.map((p) => [p.span.start, p.message]),
      [[11 + 31, 'The configuration is nested more than 32 levels deep here; it needs at most 4.']],
    );
  });

  it('10,000 unknown rule names are each reported, in well under the seconds they took', { timeout: 10_000 }, () => {
    const rules = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`unknown-rule-${i}`, 'off']));
    const { input, problems } = readConfigText('rc', JSON.stringify({ rules, requiredFigures: ['MTTR'] }));
    assert.equal(problems.length, 10_000);
    assert.deepEqual(input, { rules: {}, requiredFigures: ['MTTR'] });
  });

  it('12,000 unknown settings are each reported, dropped in one copy (they took a minute)', { timeout: 10_000 }, () => {
    const keys = Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`key${i}`, 1]));
    const { input, problems } = readConfigText('rc', JSON.stringify({ ...keys, requiredFigures: ['MTTR'] }));
    assert.equal(problems.length, 12_000);
    assert.deepEqual(input, { requiredFigures: ['MTTR'] });
  });

  it('the same text is validated once per file, however often it is asked for', () => {
    const text = '{ "rules": { "nope": "off" } }';
    assert.equal(readConfigTextCached('a', text, RULE_NAMES), readConfigTextCached('a', text, RULE_NAMES));
    assert.notEqual(readConfigTextCached('a', text, RULE_NAMES), readConfigTextCached('a', `${text} `, RULE_NAMES));
  });
});

describe('templates stay inside the workspace (item 23)', () => {
  it('refuses a configured template outside the root, or not markdown, at its key', () => {
    const outside = tempTree({ 'fake-secret.env': 'TOKEN=hunter2', 'secret.md': '# SECRET' });
    for (const [template, why] of [
      ['../fake-secret.env', 'is not a markdown file (.md or .markdown)'],
      [join(outside, 'secret.md'), 'is outside the workspace folder; a template must be a markdown file inside it'],
      ['/etc/passwd', 'is not a markdown file (.md or .markdown)'],
    ]) {
      const rc = `{ "template": ${JSON.stringify(template)} }`;
      const fromFile = tempTree({ '.postmortemrc.json': rc, 'pm/a.md': '' });
      const read = loadConfigFor(join(fromFile, 'pm/a.md'), { root: fromFile, rootName: 'the workspace folder' });
      assert.equal(read.template, undefined, template);
      assert.deepEqual(
        read.problems.map((p) => [p.span.start, p.message]),
        [[rc.indexOf(JSON.stringify(template)), `"template": ${JSON.stringify(template)} ${why}.`]],
      );
    }
  });

  it('passes over a found template that is a link leading outside', () => {
    const outside = tempTree({ 'id_rsa.md': 'PRIVATE' });
    const ws = tempTree({ 'pm/a.md': '' });
    symlinkSync(join(outside, 'id_rsa.md'), join(ws, 'pm/template.md'));
    assert.equal(loadConfigFor(join(ws, 'pm/a.md'), { root: ws }).template, undefined);
  });

  it('sets aside template, files and newPostmortem in Restricted Mode, saying so at each key', () => {
    const rc = '{ "template": "t.md", "files": ["**/*.md"], "rules": { "PM001": "off" } }';
    const ws = tempTree({ '.postmortemrc.json': rc, 't.md': '# T', 'a.md': '' });
    const loaded = loadConfigFor(join(ws, 'a.md'), { root: ws, trusted: false });
    assert.equal(loaded.template, undefined);
    assert.deepEqual(loaded.config.rules, { PM001: 'off' });
    assert.deepEqual(
      loaded.problems.map((p) => [p.severity, p.message]),
      [
        ['information', '"template" is ignored in Restricted Mode: trust this workspace to use it.'],
        ['information', '"files" is ignored in Restricted Mode: trust this workspace to use it.'],
      ],
    );
    assert.equal(loadConfigFor(join(ws, 'a.md'), { root: ws }).template?.text, '# T');
  });
});

describe('discovery outside a workspace (item 27)', () => {
  it('stops at the repository root, and below any folder anyone may write to', () => {
    const dir = tempTree({ 'repo/.git/HEAD': '', 'repo/docs/pm/a.md': '', 'shared/team/pm/b.md': '' });
    assert.equal(discoveryRoot(join(dir, 'repo/docs/pm')), join(dir, 'repo'));
    chmodSync(join(dir, 'shared'), 0o1777);
    assert.equal(discoveryRoot(join(dir, 'shared/team/pm')), join(dir, 'shared/team'));
    assert.equal(discoveryRoot(join(dir, 'shared')), undefined);
    assert.equal(discoveryRoot(join(dir, 'repo/docs'), join(dir, 'repo/docs')), join(dir, 'repo/docs'), 'home');
  });
});
