// The registry and docs/rules/ must not drift: one page per rule, naming its code, name,
// description and default severity, and no page for a rule that does not exist. Nor may the
// vocabulary and its tables in docs/format.md and README.md.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DOC_TABLES, DOCS_WITH_TABLES, markedTables, withTables } from '../../scripts/docTables';
import { RULES } from '../../server/src/analysis/rules';
import { FIGURE_VOCABULARY, KEY_MOMENT_VOCABULARY } from '../../server/src/postmortem/vocabulary';

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

describe("the vocabulary's tables in the docs", () => {
  for (const file of DOCS_WITH_TABLES) {
    it(`${file} shows the tables the vocabulary generates (run npm run gen:docs)`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      assert.equal(text, withTables(text));
    });
  }
  it('docs/format.md and README.md each keep their tables', () => {
    assert.deepEqual(markedTables(readFileSync(join(root, 'docs', 'format.md'), 'utf8')), [
      'format-sections',
      'format-key-moments',
      'format-figures',
    ]);
    assert.deepEqual(markedTables(readFileSync(join(root, 'README.md'), 'utf8')), [
      'readme-key-moments',
      'readme-figures',
      'readme-sections',
    ]);
  });
  it('a table names every entry of the vocabulary: a new figure appears in it', () => {
    const figures = DOC_TABLES['format-figures']();
    for (const figure of FIGURE_VOCABULARY)
      assert.match(
        figures,
        new RegExp(`\\| ${figure.name} +\\| ${figure.meaning} +\\| ${figure.from} +\\| ${figure.to} +\\|`),
      );
    const moments = DOC_TABLES['format-key-moments']();
    for (const moment of KEY_MOMENT_VOCABULARY)
      for (const tag of moment.tags) assert.ok(moments.includes(`\`[${tag}]\``), tag);
  });
});
