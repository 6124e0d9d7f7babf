// The guards of the remark pipeline (markdown.ts) against texts that would stall micromark: very
// long lines read as plain text, nesting past the limit flattened, offsets unchanged either way.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { configSchema } from '../../server/src/config/schema';
import { parseMarkdown, topBlocksOverlapping } from '../../server/src/postmortem/markdown';
import { flattenDeepNesting, LONG_LINE, MAX_NESTING, quietLongLines } from '../../server/src/postmortem/markdownGuards';
import { lint } from '../support/core';

const config = configSchema.parse({});
const path = '/repo/incidents/giant.md';
const head = '# 2024-01-01 Giant\n\n## Timeline\n\nAll times UTC.\n\n';

describe('very long lines', () => {
  it('are read as plain text at the same length, so offsets still point at the text', () => {
    const line = `10:00 ${'[a](b) *x* '.repeat(LONG_LINE / 10)}`;
    const text = `${head}${line}\n\nshort [link](x) *kept*\n`;
    const quiet = quietLongLines(text);
    assert.equal(quiet.length, text.length);
    assert.ok(
      !/[[\]()*]/.test(quiet.slice(head.length, head.length + line.length)),
      'markup on the long line is quieted',
    );
    assert.equal(
      quiet.slice(head.length + line.length),
      text.slice(head.length + line.length),
      'other lines are untouched',
    );
    assert.equal(quietLongLines(head), head);
  });

  it('are found after CR and CRLF breaks too, and a line just under the limit is kept whole', () => {
    const long = `10:00 *${'a'.repeat(LONG_LINE)}*`;
    const under = `MTTD${' '.repeat(LONG_LINE - 6)}*x`;
    const text = `${head}${under}\r${long}\r\n*short*\n${long}`;
    const quiet = quietLongLines(text);
    assert.equal(quiet.length, text.length);
    assert.equal(quiet, `${head}${under}\r${long.replace(/\*/g, ' ')}\r\n*short*\n${long.replace(/\*/g, ' ')}`);
  });

  it('still give their entry: the time and the tags are read from the text', () => {
    const text = `${head}10:00 deploy [start] ${'[a]'.repeat(33_000)}\n\n10:20 alert [detected]\n`;
    const a = analyze(text, config, { path });
    const entries = a.postmortem.timeline?.entries ?? [];
    assert.deepEqual(
      entries.map((e) => e.timeText),
      ['10:00', '10:20'],
    );
    assert.deepEqual(
      entries[0].moments.map((m) => m.moment),
      ['start'],
    );
    assert.equal(a.figures.find((f) => f.name === 'MTTD')?.minutes, 20);
  });
});

describe('pathological nesting', () => {
  it('lists and quotes nested past the limit are read as text, offsets unchanged', () => {
    const deepList = Array.from({ length: 400 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n');
    const flat = flattenDeepNesting(deepList);
    assert.equal(flat.length, deepList.length);
    const lines = flat.split('\n');
    assert.equal(lines[31], deepList.split('\n')[31], 'nesting within the limit is untouched');
    assert.ok(!/[-*+]/.test(lines[399]), 'no list marker survives past the limit');
    const quotes = '>'.repeat(100) + ' 10:00 x';
    assert.equal(
      flattenDeepNesting(quotes),
      '>'.repeat(MAX_NESTING) + '\u00a0'.repeat(100 - MAX_NESTING + 1) + '10:00 x',
    );
    const a = lint(deepList + '\n\n' + quotes, {}, { path: '/x/incidents/deep.md' });
    assert.deepEqual(a.failures, []);
  });
  it('ordinary documents are left exactly as they are', () => {
    const text = '# 2024-01-01 X\n\n> quoted\n>> twice\n\n- a\n  - b\n    - c\n\n```\n        indented code\n```\n';
    assert.equal(flattenDeepNesting(text), text);
  });
});

describe('the top-level blocks overlapping a span', () => {
  const text = '# Title\n\nfirst paragraph\n\n- an item\n- another\n\nlast paragraph\n';
  const tree = parseMarkdown(text);
  const writtenIn = (start: number, end: number) =>
    topBlocksOverlapping(tree, { start, end }).map((b) => text.slice(tree.spanOf(b).start, tree.spanOf(b).end));

  it('are the blocks the span touches, in order', () => {
    const from = text.indexOf('paragraph');
    const to = text.indexOf('another');
    assert.deepEqual(writtenIn(from, to), ['first paragraph', '- an item\n- another']);
  });

  it('are none in the blank lines between blocks, and all for the whole text', () => {
    const gap = text.indexOf('\n\n- an') + 1;
    assert.deepEqual(writtenIn(gap, gap + 1), []);
    assert.equal(topBlocksOverlapping(tree, { start: 0, end: text.length }).length, 4);
  });

  it('end before a block that starts where the span ends', () => {
    const last = text.indexOf('last');
    assert.deepEqual(writtenIn(last - 2, last), []);
    assert.deepEqual(writtenIn(last - 2, last + 1), ['last paragraph']);
  });
});
