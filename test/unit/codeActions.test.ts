// Which code actions a request gets: quick fixes, fix-all and Mark as, as far as `only` asks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { lint, postmortem } from '../support/core';

const uri = 'file:///repo/incidents/checkout.md';
const text = postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 2h\n' });
const analysis = lint(text);
const onEntry = { start: text.indexOf('10:40'), end: text.indexOf('10:40') };
const request = (only?: string[]) => ({ uri, span: onEntry, diagnostics: toDiagnostics(analysis), only });
const kinds = (only?: string[]) => codeActions(analysis, request(only)).map((a) => `${a.kind}: ${a.title}`);

describe('code actions', () => {
  it('gives the quick fixes, then fix-all, then Mark as, when the client asks for every kind', () => {
    assert.deepEqual(kinds(), [
      'quickfix: Change MTTR to 28m',
      'source.fixAll.postmortem: Fix all safe postmortem problems',
      'refactor.rewrite: Mark as start',
      'refactor.rewrite: Mark as detected',
      'refactor.rewrite: Mark as acknowledged',
      'refactor.rewrite: Mark as declared',
      'refactor.rewrite: Mark as mitigated',
    ]);
  });

  it('gives only the kinds `only` names, a kind asking for the kinds under it', () => {
    assert.deepEqual(kinds(['quickfix']), ['quickfix: Change MTTR to 28m']);
    assert.deepEqual(kinds(['source.fixAll']), ['source.fixAll.postmortem: Fix all safe postmortem problems']);
    assert.deepEqual(kinds(['source']), ['source.fixAll.postmortem: Fix all safe postmortem problems']);
    assert.deepEqual(kinds(['refactor']), [
      'refactor.rewrite: Mark as start',
      'refactor.rewrite: Mark as detected',
      'refactor.rewrite: Mark as acknowledged',
      'refactor.rewrite: Mark as declared',
      'refactor.rewrite: Mark as mitigated',
    ]);
    assert.deepEqual(kinds(['source.organizeImports']), []);
  });

  it('gives nothing in a document that is not a postmortem', () => {
    const readme = lint('# Project\n\n10:40 a time in prose\n\nTODO: docs\n');
    assert.equal(readme.postmortem.classification, null);
    assert.deepEqual(codeActions(readme, { uri, span: { start: 14, end: 14 }, diagnostics: [] }), []);
  });
});
