// The registry and docs/rules/ must not drift: one page per rule, naming its code, name,
// description and default severity, and no page for a rule that does not exist.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/analysis/rules';

const root = join(__dirname, '..', '..');
const docs = join(root, 'docs', 'rules');

describe('rule documentation', () => {
  it('has one page per rule and no other', () => {
    assert.deepEqual(
      readdirSync(docs)
        .filter((f) => f.endsWith('.md'))
        .sort(),
      RULES.map((r) => `${r.name}.md`).sort(),
    );
  });
  for (const rule of RULES) {
    it(`${rule.name}.md describes ${rule.code}`, () => {
      const page = readFileSync(join(docs, `${rule.name}.md`), 'utf8');
      assert.equal(page.split('\n')[0], `# ${rule.code} \`${rule.name}\``);
      assert.ok(page.includes(rule.description), 'the registry description appears on the page');
      assert.ok(page.includes(`Default severity: **${rule.defaultSeverity}**`));
    });
  }
  it('the README indexes every rule with a link to its page', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const rule of RULES) assert.ok(readme.includes(`(docs/rules/${rule.name}.md)`), rule.name);
  });
});
