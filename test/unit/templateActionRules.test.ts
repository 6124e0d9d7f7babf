// The team's template says what an action item carries: what it has no place for is not asked of postmortems.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { templateConfig } from '../../server/src/config/templateConfig';
import { loadConfigFor } from '../../server/src/configuration';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';

const template = (actions: string) =>
  `# YYYY-MM-DD Title\n\n## Description\n\n## Timeline\n\n## Impact\n\n## Corrective Actions\n\n${actions}`;

describe("the template's action items", () => {
  it('a list of issue links with no owner: owners are not asked for, tickets are', () => {
    assert.deepEqual(
      templateConfig(template('- [Fix A with B](https://github.com/acme/shop/issues/1)\n- ...\n'))?.rules,
      {
        'action-item-owner': 'off',
      },
    );
  });

  it('a table with Owner and Bug columns asks for both', () => {
    const table = '| Action Item | Owner | Bug |\n| --- | --- | --- |\n| <action> | <owner> | <ABC-1> |\n';
    assert.equal(templateConfig(template(table))?.rules, undefined);
  });

  it('plain items ask for neither; a template with no action items says nothing', () => {
    assert.deepEqual(templateConfig(template('- An action that makes this less likely\n'))?.rules, {
      'action-item-owner': 'off',
      'action-item-ticket': 'off',
    });
    assert.equal(templateConfig(template(''))?.rules, undefined);
  });

  it("found beside a postmortem, it turns the rules off for it, under the team's own settings", () => {
    const dir = tempTree({
      'docs/.post-mortem-template.md': template('- An action that makes this less likely\n'),
      'docs/incidents/a.md': postmortem(),
    });
    const path = join(dir, 'docs/incidents/a.md');
    const text = postmortem({ actions: '## Corrective Actions\n\n- Add a canary stage\n' });
    const codes = (config: ReturnType<typeof loadConfigFor>['config']) =>
      analyze(text, config, { path })
        .findings.map((f) => f.code)
        .filter((c) => c === 'PM302' || c === 'PM303');
    assert.deepEqual(codes(loadConfigFor(path).config), []);
    const team = tempTree({
      '.postmortemrc.json': '{ "rules": { "action-item-owner": "warning" } }',
      'docs/.post-mortem-template.md': template('- An action that makes this less likely\n'),
      'docs/incidents/a.md': postmortem(),
    });
    assert.deepEqual(codes(loadConfigFor(join(team, 'docs/incidents/a.md')).config), ['PM302']);
  });
});
