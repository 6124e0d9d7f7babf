// FORMAT.md section 7: ranges land on the right UTF-16 characters whatever the text holds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Rule } from '../../server/src/analysis/rule';
import { placeholder } from '../../server/src/analysis/rules/placeholder';
import { titleDate } from '../../server/src/analysis/rules/title-date';
import { lint, postmortem, rangeOf } from '../support/core';
import { runRule } from '../support/ruleTester';

const withDescription = (line: string) => postmortem({ description: `## Description\n\n${line}\n` });
/** Where the rule's findings are, as LSP ranges. */
const ranges = (rule: Rule, text: string) => {
  const { analysis, findings } = runRule(rule, text);
  return findings.map((f) => rangeOf(analysis, f.span));
};

describe('positions', () => {
  it('tabs count as one character', () => {
    assert.deepEqual(ranges(placeholder, withDescription('We\tsaw\tTODO here')), ['6:7-6:11']);
  });
  it('emoji count as two UTF-16 units and CJK as one', () => {
    assert.deepEqual(ranges(placeholder, withDescription('🔥🔥 障害 TODO')), ['6:8-6:12']);
  });
  it('CRLF line endings', () => {
    const text = withDescription('Before TODO').replace(/\n/g, '\r\n');
    assert.deepEqual(ranges(placeholder, text), ['6:7-6:11']);
    const a = lint(text);
    assert.equal(a.postmortem.eol, '\r\n');
    assert.equal(a.postmortem.timeline?.entries.length, 5);
  });
  it('a BOM shifts offsets by one but not characters on later lines', () => {
    assert.deepEqual(ranges(placeholder, '\uFEFF' + withDescription('Before TODO')), ['6:7-6:11']);
    const bomTitle = '\uFEFF# Checkout errors\n\n**Incident Leader: Dana**\n' + postmortem({ head: '' });
    assert.deepEqual(ranges(titleDate, bomTitle), ['0:1-0:18']);
  });
  it('entries with emoji before a marker keep the marker span exact', () => {
    const a = lint(
      postmortem({
        timeline:
          '## Timeline\n\nAll times UTC.\n\n09:58 🚀 push [start]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n',
      }),
      { requiredFigures: [] },
    );
    const tag = a.postmortem.timeline!.entries[0].moments[0];
    assert.deepEqual(a.lines.range(tag.span), { start: { line: 12, character: 14 }, end: { line: 12, character: 21 } });
  });
});
