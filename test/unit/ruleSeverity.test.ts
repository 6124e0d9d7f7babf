// Which rules run and at what severity: a rule's own default, the configuration's entry for its
// code or name, and `"default"` for every rule the configuration does not name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { configSchema } from '../../server/src/config/schema';
import { readConfigText } from '../../server/src/configuration';

// No Timeline, Impact or Corrective Actions (missing-section), and a TODO (placeholder).
const TEXT = '# 2026-02-03 Queue backlog\n\n## Description\n\nTODO: describe the backlog.\n';

function findings(rules: Record<string, string>): [string, string][] {
  const config = configSchema.parse({ rules });
  return analyze(TEXT, config, { path: '/repo/postmortems/2026-02-03.md' }).findings.map((f) => [f.name, f.severity]);
}

describe('rule severities', () => {
  it('are each rule’s own by default', () => {
    const all = findings({});
    assert.ok(all.some(([name, severity]) => name === 'placeholder' && severity === 'warning'));
    assert.ok(all.some(([name]) => name === 'missing-section'));
  });

  it('"default": "off" runs only the rules named', () => {
    assert.deepEqual(findings({ default: 'off', placeholder: 'error' }), [['placeholder', 'error']]);
    assert.deepEqual(findings({ default: 'off', PM007: 'warning' }), [['placeholder', 'warning']]);
    assert.deepEqual(
      findings({ default: 'off', placeholder: 'on' }),
      [['placeholder', 'warning']],
      'on: its own severity',
    );
    assert.deepEqual(findings({ default: 'off' }), []);
  });

  it('a "default" severity is every unnamed rule’s, and a named rule keeps its own', () => {
    const all = findings({ default: 'hint', placeholder: 'error' });
    assert.ok(all.length > 1);
    for (const [name, severity] of all) assert.equal(severity, name === 'placeholder' ? 'error' : 'hint', name);
  });

  it('is a key .postmortemrc.json accepts, with no unknown-rule problem', () => {
    const { input, problems } = readConfigText('rc', '{ "rules": { "default": "off", "placeholder": "warning" } }');
    assert.deepEqual(problems, []);
    assert.deepEqual({ ...input.rules }, { default: 'off', placeholder: 'warning' });
  });
});
