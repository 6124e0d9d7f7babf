// Fix all in process: listed without its edit when a safe fix exists, resolved into the one edit
// that applies every safe fix, pass after pass.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { fixText } from '../../server/src/analysis/fixAll';
import { fixAllAction, fixAllTarget, resolvedFixAll } from '../../server/src/features/fixAllAction';
import { LineIndex } from '../../server/src/postmortem/positions';
import { lint, postmortem } from '../support/core';

const uri = 'file:///repo/incidents/checkout.md';
const listed: CodeAction = {
  title: 'Fix all safe postmortem problems',
  kind: 'source.fixAll.postmortem',
  data: { fixAll: { uri } },
};
// The markers come first; only then can the stated Duration be checked and corrected.
const unmarked = postmortem({
  timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push\n\n10:12 alert\n\n10:40 ok\n',
  impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 28m\n\nDuration: 1h\n',
});
const positionOf = (text: string, needle: string, after = false) => {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return new LineIndex(text).position(offset + (after ? needle.length : 0));
};

describe('fix all', () => {
  it('is listed, without its edit, when a safe fix exists', () => {
    assert.deepEqual(fixAllAction(lint(unmarked), uri), listed);
    assert.deepEqual(fixAllAction(lint(postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 2h\n' })), uri), listed);
  });

  it('is not listed when no finding has a safe fix', () => {
    assert.equal(fixAllAction(lint(postmortem()), uri), undefined);
    // A missing section has a fix, but not a safe one: it writes a skeleton to fill in.
    const missing = lint(postmortem({ stabilization: '' }));
    assert.deepEqual(
      missing.findings.map((f) => [f.code, f.fixes.map((x) => x.safe)]),
      [['PM001', [false]]],
    );
    assert.equal(fixAllAction(missing, uri), undefined);
  });

  it('names its document for the resolution, and no other action does', () => {
    assert.equal(fixAllTarget(listed), uri);
    assert.equal(fixAllTarget({ title: 'Change MTTR to 28m', kind: 'quickfix' }), undefined);
    assert.equal(fixAllTarget({ ...listed, data: undefined }), undefined);
    assert.equal(fixAllTarget({ ...listed, data: { fixAll: { uri: 7 } } }), undefined);
  });

  it('resolves into one edit from the first change to the last, with every pass applied', () => {
    const fixed = fixText(unmarked, (t) => lint(t));
    const expected = unmarked
      .replace('09:58 push\n', '09:58 push [start]\n')
      .replace('10:12 alert\n', '10:12 alert [detected]\n')
      .replace('10:40 ok\n', '10:40 ok [resolved]\n')
      .replace('Duration: 1h', 'Duration: 42m');
    assert.equal(fixed, expected);
    const action = resolvedFixAll(listed, unmarked, fixed, new LineIndex(unmarked));
    const edits = action.edit?.changes?.[uri] ?? [];
    assert.deepEqual(
      edits.map((e) => e.range),
      [{ start: positionOf(unmarked, '09:58 push', true), end: positionOf(unmarked, 'Duration: 1h', true) }],
    );
    // From the first marker added to the corrected Duration, everything between as fixed.
    const from = unmarked.indexOf('09:58 push') + '09:58 push'.length;
    const to = expected.indexOf('Duration: 42m') + 'Duration: 42m'.length;
    assert.equal(edits[0].newText, expected.slice(from, to));
    const document = TextDocument.create(uri, 'markdown', 1, unmarked);
    assert.equal(TextDocument.applyEdits(document, edits), expected);
    assert.deepEqual({ ...action, edit: undefined }, { ...listed, edit: undefined });
  });

  it('resolves into no edit when the fixes change nothing', () => {
    const text = postmortem();
    assert.equal(resolvedFixAll(listed, text, text, new LineIndex(text)), listed);
  });
});
