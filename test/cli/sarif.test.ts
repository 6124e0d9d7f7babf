// SARIF 2.1.0 essentials, as code-scanning services read them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/analysis/rules';
import { artifactUri } from '../../server/src/cli/formatters/sarif';
import { DOCS_BASE } from '../../server/src/features/diagnostics';
import { tempTree } from '../support/fixtures';
import { MARKED, run } from './cliProcess';

interface Sarif {
  version: string;
  $schema: string;
  runs: {
    tool: {
      driver: {
        name: string;
        informationUri: string;
        rules: {
          id: string;
          name: string;
          shortDescription: { text: string };
          helpUri: string;
          defaultConfiguration: { level: string };
        }[];
      };
    };
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> };
      }[];
    }[];
  }[];
}

describe('--format sarif', () => {
  const dir = tempTree({
    'incidents/a.md': MARKED.replace('MTTR: 45m', 'MTTR: 2h').replace('**Incident Leader: Dana**', ''),
    'incidents/second incident.md': MARKED.replace('10:00 deploy', '~10:00 deploy'),
    'README.md': '# Project\n',
  });
  const r = run(['--format', 'sarif', 'incidents', 'README.md'], dir);
  const sarif = JSON.parse(r.stdout) as Sarif;
  const run0 = sarif.runs[0];

  it('is version 2.1.0 with its schema and one run by postmortem-lint', () => {
    assert.equal(r.code, 0, r.stderr);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    assert.equal(run0.tool.driver.name, 'postmortem-lint');
    assert.match(run0.tool.driver.informationUri, /^https:\/\//);
    assert.equal(run0.columnKind, 'utf16CodeUnits');
  });

  it('carries the whole rule catalogue, ids unique, each linking to its docs page like the editor does', () => {
    const rules = run0.tool.driver.rules;
    assert.deepEqual(
      rules.map((x) => x.id),
      RULES.map((x) => x.code),
    );
    assert.equal(new Set(rules.map((x) => x.id)).size, rules.length);
    for (const rule of rules) {
      assert.equal(rule.helpUri, `${DOCS_BASE}${rule.name}.md`);
      assert.ok(rule.shortDescription.text.length > 0);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
  });

  it('results point into the catalogue, with relative URIs and 1-based regions', () => {
    const result = (ruleId: string) => {
      const found = run0.results.filter((x) => x.ruleId === ruleId);
      assert.equal(found.length, 1, `one ${ruleId} result`);
      return found[0];
    };
    for (const result of run0.results) {
      assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      const { region } = result.locations[0].physicalLocation;
      assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine);
    }
    const [leader, mismatch, approximate] = ['PM006', 'PM203', 'PM105'].map(result);
    assert.equal(leader.locations[0].physicalLocation.artifactLocation.uri, 'incidents/a.md');
    assert.equal(mismatch.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.deepEqual(mismatch.locations[0].physicalLocation.region, {
      startLine: 31,
      startColumn: 7,
      endLine: 31,
      endColumn: 9,
    });
    assert.equal(mismatch.level, 'warning');
    assert.equal(approximate.level, 'note', 'information is a note');
    assert.equal(approximate.locations[0].physicalLocation.artifactLocation.uri, 'incidents/second%20incident.md');
  });

  it('absolute paths become file URIs, relative ones stay relative with forward slashes', () => {
    assert.deepEqual(artifactUri('./docs/a b.md'), { uri: 'docs/a%20b.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(artifactUri('/tmp/x#1.md'), { uri: 'file:///tmp/x%231.md' });
  });
});
