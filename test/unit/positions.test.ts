// FORMAT.md section 7: ranges land on the right UTF-16 characters whatever the text holds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, located, postmortem } from '../support/core';

const withDescription = (line: string) => postmortem({ description: `## Description\n\n${line}\n` });

describe('positions', () => {
  it('tabs count as one character', () => {
    assert.deepEqual(located(lint(withDescription('We\tsaw\tTODO here'))), ['PM007 6:7-6:11']);
  });
  it('emoji count as two UTF-16 units and CJK as one', () => {
    assert.deepEqual(located(lint(withDescription('🔥🔥 障害 TODO'))), ['PM007 6:8-6:12']);
  });
  it('CRLF line endings', () => {
    const a = lint(withDescription('Before TODO').replace(/\n/g, '\r\n'));
    assert.deepEqual(located(a), ['PM007 6:7-6:11']);
    assert.equal(a.postmortem.eol, '\r\n');
    assert.equal(a.postmortem.timeline?.entries.length, 5);
  });
  it('a BOM shifts offsets by one but not characters on later lines', () => {
    const a = lint('\uFEFF' + withDescription('Before TODO'));
    assert.deepEqual(located(a), ['PM007 6:7-6:11']);
    const bomTitle = lint('\uFEFF# Checkout errors\n\n**Incident Leader: Dana**\n' + postmortem({ head: '' }));
    assert.deepEqual(located(bomTitle), ['PM005 0:1-0:18']);
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
