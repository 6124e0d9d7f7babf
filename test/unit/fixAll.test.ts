// Edits applied as fix-all applies them (fixAll.ts): right to left, an edit overlapping one
// already applied left for the next pass. The test helper applyFixes uses the same function.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/analysis/fixAll';

describe('applyEdits', () => {
  it('applies right to left and skips an edit overlapping one already applied', () => {
    const edits = [
      { span: { start: 0, end: 3 }, newText: 'AAA' },
      { span: { start: 2, end: 5 }, newText: 'X' },
      { span: { start: 6, end: 6 }, newText: '!' },
    ];
    assert.equal(applyEdits('abcdefg', edits), 'abXf!g');
  });
});
