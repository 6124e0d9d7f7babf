// Edits applied as fix-all applies them (fixAll.ts): right to left, an edit overlapping one
// already applied left for the next pass. The test helper applyFixes uses the same function.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, fixText } from '../../server/src/analysis/fixAll';
import { lint, postmortem } from '../support/core';

describe('applyEdits', () => {
  it('applies right to left and skips an edit overlapping one already applied', () => {
    const edits = [
      { span: { start: 0, end: 3 }, newText: 'AAA' },
      { span: { start: 2, end: 5 }, newText: 'X' },
      { span: { start: 6, end: 6 }, newText: '!' },
    ];
    assert.equal(applyEdits('abcdefg', edits), 'abXf!g');
  });
  it('keeps insertions at one offset in the order they were given', () => {
    const edits = [
      { span: { start: 3, end: 3 }, newText: '1' },
      { span: { start: 3, end: 3 }, newText: '2' },
      { span: { start: 3, end: 3 }, newText: '3' },
    ];
    assert.equal(applyEdits('abcdef', edits), 'abc123def');
  });
});

describe('fix all', () => {
  it('adds missing figures to Impact in the figures order, MTTD before MTTR (issue 10, item 38)', () => {
    const text = postmortem({ impact: '## Impact\n\nCheckout failed for a fifth of requests.\n' });
    const fixed = fixText(text, (t) => lint(t, { requiredFigures: ['MTTD', 'MTTR'] }));
    assert.ok(
      fixed.includes('## Impact\n\nCheckout failed for a fifth of requests.\n\nMTTD: 14m\n\nMTTR: 28m\n'),
      fixed,
    );
  });
});
