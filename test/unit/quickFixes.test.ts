// Quick fixes in process: one action per fix of the finding a diagnostic names, with its edits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { quickFixes } from '../../server/src/features/quickFixes';
import { lint, postmortem } from '../support/core';

const uri = 'file:///repo/incidents/checkout.md';
const text = postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 2h\n' }).replace(
  '## Stabilization Steps\n\n- Reverted the push.\n\n',
  '',
);
const analysis = lint(text);
const diagnostics = toDiagnostics(analysis);
const diagnostic = (code: string): Diagnostic => {
  const found = diagnostics.find((d) => d.code === code);
  assert.ok(found, `a ${code} diagnostic`);
  return found;
};
const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

describe('quick fixes', () => {
  it("offers a finding's fix on its diagnostic, preferred when it is safe", () => {
    const d = diagnostic('PM203');
    const line = lineOf('MTTR: 2h');
    assert.deepEqual(quickFixes(analysis, uri, [d]), [
      {
        title: 'Change MTTR to 28m',
        kind: 'quickfix',
        diagnostics: [d],
        isPreferred: true,
        edit: {
          changes: {
            [uri]: [{ range: { start: { line, character: 6 }, end: { line, character: 8 } }, newText: '28m' }],
          },
        },
      },
    ]);
  });

  it('offers a fix that is not safe without preferring it, and keeps the order of the diagnostics', () => {
    const missing = diagnostic('PM001');
    const mismatch = diagnostic('PM203');
    const line = lineOf('## Impact');
    const actions = quickFixes(analysis, uri, [mismatch, missing]);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Change MTTR to 28m', 'Add the "Stabilization Steps" section with its skeleton'],
    );
    assert.deepEqual(actions[1], {
      title: 'Add the "Stabilization Steps" section with its skeleton',
      kind: 'quickfix',
      diagnostics: [missing],
      isPreferred: false,
      edit: {
        changes: {
          [uri]: [
            {
              range: { start: { line, character: 0 }, end: { line, character: 0 } },
              newText: '## Stabilization Steps\n\n- <What was done to stop the impact>\n\n',
            },
          ],
        },
      },
    });
  });

  it('offers nothing for a diagnostic no finding has at that range any more (an older version)', () => {
    const d = diagnostic('PM203');
    const moved = { ...d, range: { start: { line: 0, character: 6 }, end: { line: 0, character: 8 } } };
    assert.deepEqual(quickFixes(analysis, uri, [moved]), []);
    assert.deepEqual(quickFixes(analysis, uri, [{ ...d, code: 'PM999' }]), []);
  });
});
