// The registry and docs/rules/ must not drift: one page per rule, naming its code, name,
// description and default severity, and no page for a rule that does not exist. Each page's
// example is executed, so what the docs show is what the rule does. Nor may the vocabulary and
// its tables in docs/format.md and README.md drift.
//
// The convention for a page's "## Example" section: three fenced blocks, in this order.
//
//   1. ```markdown: a text the rule reports on;
//   2. ```text: what it reports, one finding a line, `line:column  message`, 1-based as editors
//      and postmortem-lint show positions;
//   3. ```markdown: the text corrected, on which the rule is silent.
//
// Each markdown block is run through the rule alone (runRule), with the default configuration,
// as the file docs/postmortems/example.md: a snippet is a postmortem by its path, and what other
// rules say about it does not matter. An info string may add `repeat-last-line=N`: the block's
// last line is written N times in all, for the shapes too long to show (a 2,001-line paragraph);
// `today=YYYY-MM-DD` on the first block is the host's day for both markdown blocks (due dates).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DOC_TABLES, DOCS_WITH_TABLES, markedTables, withTables } from '../../scripts/docTables';
import { RULES } from '../../server/src/analysis/rules';
import { FIGURE_VOCABULARY, KEY_MOMENT_VOCABULARY, PRESET_NAMES } from '../../server/src/postmortem/vocabulary';
import type { Rule } from '../../server/src/analysis/rule';
import { runRule } from '../support/ruleTester';

const root = join(__dirname, '..', '..');
const docs = join(root, 'docs', 'rules');
const EXAMPLE_PATH = 'docs/postmortems/example.md';

interface Block {
  lang: string;
  text: string;
  today?: string;
}

/** The fenced blocks of a page's Example section, the repetition of `repeat-last-line` applied. */
function exampleBlocks(page: string): Block[] {
  const section = /^## Example\n([\s\S]*?)(?=^## (?!#))/m.exec(skipFences(page));
  assert.ok(section, 'the page has an "## Example" section before the next one');
  const body = page.slice(section.index, section.index + section[0].length);
  return [...body.matchAll(/^(`{3,}|~{3,})(\w*)([^\n]*)\n([\s\S]*?)\n\1$/gm)].map((m) => {
    const repeat = /\brepeat-last-line=(\d+)\b/.exec(m[3]);
    let text = m[4] + '\n';
    if (repeat) {
      const last = text.slice(text.lastIndexOf('\n', text.length - 2) + 1);
      text += last.repeat(Number(repeat[1]) - 1);
    }
    return { lang: m[2], text, today: /\btoday=(\d{4}-\d{2}-\d{2})\b/.exec(m[3])?.[1] };
  });
}

/** The page with the content of its fences blanked (same length), so a heading inside one is no heading. */
function skipFences(page: string): string {
  return page.replace(/^(`{3,}|~{3,}).*\n[\s\S]*?\n\1$/gm, (fence) => fence.replace(/[^\n]/g, ' '));
}

function reported(rule: Rule, text: string, today?: string): string {
  const { analysis, findings } = runRule(rule, text, { path: EXAMPLE_PATH, today });
  assert.equal(analysis.postmortem.classification, 'path');
  return findings
    .map((f) => {
      const at = analysis.lines.position(f.span.start);
      return `${at.line + 1}:${at.character + 1}  ${f.message}`;
    })
    .join('\n');
}

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
    it(`${rule.name}.md shows an example the rule reports as it says, and its correction`, () => {
      const blocks = exampleBlocks(readFileSync(join(docs, `${rule.name}.md`), 'utf8'));
      assert.deepEqual(
        blocks.map((b) => b.lang),
        ['markdown', 'text', 'markdown'],
        'the example, what it reports, the corrected example',
      );
      const [example, report, corrected] = blocks;
      const { today } = example;
      assert.equal(
        reported(rule, example.text, today),
        report.text.trimEnd(),
        'the example reports what the page says',
      );
      assert.equal(reported(rule, corrected.text, today), '', 'the corrected example has no finding');
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
      'format-figure-definitions',
    ]);
    assert.deepEqual(markedTables(readFileSync(join(root, 'README.md'), 'utf8')), [
      'readme-key-moments',
      'readme-figures',
      'readme-sections',
      'readme-presets',
    ]);
  });
  it('each preset page keeps its own table', () => {
    for (const name of PRESET_NAMES)
      assert.deepEqual(markedTables(readFileSync(join(root, 'docs', 'presets', `${name}.md`), 'utf8')), [
        `preset-${name}`,
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
