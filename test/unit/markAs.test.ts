// "Mark as <moment>" in process: one action per moment the entry lacks, moving the tag from the
// entry that had it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { markAsActions } from '../../server/src/features/markAs';
import { lint, postmortem } from '../support/core';

const uri = 'file:///repo/incidents/checkout.md';
const at = (text: string, needle: string) => {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return { start: offset, end: offset };
};
/** The text after the action's edits, applied as the editor applies them. */
function applied(text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
}

describe('Mark as', () => {
  const text = postmortem();
  const analysis = lint(text);

  it('offers every moment the entry is not marked with, in the order of the moments', () => {
    assert.deepEqual(
      markAsActions(analysis, uri, at(text, 'error-rate alert')).map((a) => [a.title, a.kind]),
      [
        ['Mark as start', 'refactor.rewrite'],
        ['Mark as acknowledged', 'refactor.rewrite'],
        ['Mark as declared', 'refactor.rewrite'],
        ['Mark as mitigated', 'refactor.rewrite'],
        ['Mark as resolved', 'refactor.rewrite'],
      ],
    );
  });

  it('moves the tag: removed with its space from the entry that had it, added at the end of this line', () => {
    const [start] = markAsActions(analysis, uri, at(text, 'error-rate alert'));
    const pushLine = text.slice(0, text.indexOf('09:58')).split('\n').length - 1;
    const alertLine = pushLine + 2;
    assert.deepEqual(start.edit, {
      changes: {
        [uri]: [
          {
            range: { start: { line: pushLine, character: 38 }, end: { line: pushLine, character: 46 } },
            newText: '',
          },
          {
            range: { start: { line: alertLine, character: 39 }, end: { line: alertLine, character: 39 } },
            newText: ' [start]',
          },
        ],
      },
    });
    assert.match(
      applied(text, start),
      /\n09:58 config push to the payment proxy\n\n10:12 error-rate alert fires \[detected\] \[start\]\n/,
    );
  });

  it('puts the tag after the time in a table row, where the row ends in a pipe', () => {
    const table = postmortem({
      timeline:
        '## Timeline\n\nAll times UTC.\n\n| Time | Event |\n| --- | --- |\n| 09:58 | push [start] |\n| 10:12 | alert |\n',
    });
    const actions = markAsActions(lint(table), uri, at(table, '10:12'));
    assert.equal(actions[0].title, 'Mark as start');
    assert.match(applied(table, actions[0]), /\n\| 09:58 \| push \|\n\| 10:12 \[start\] \| alert \|\n/);
    assert.equal(actions[1].title, 'Mark as detected');
    assert.match(applied(table, actions[1]), /\n\| 09:58 \| push \[start\] \|\n\| 10:12 \[detected\] \| alert \|\n/);
  });

  it('offers nothing away from an entry', () => {
    assert.deepEqual(markAsActions(analysis, uri, at(text, 'All times UTC')), []);
    assert.deepEqual(markAsActions(analysis, uri, at(text, 'Checkout returned')), []);
  });

  it('offers the moment the words suggest first, as a quick fix that says why', () => {
    const unmarked = postmortem({
      timeline: '## Timeline\n\nAll times UTC.\n\n09:58 config push\n\n10:12 error-rate alert fires\n',
      impact: '## Impact\n\nCheckout failed.\n',
    });
    const actions = markAsActions(lint(unmarked), uri, at(unmarked, 'error-rate alert'));
    assert.deepEqual(
      actions.slice(0, 2).map((a) => [a.title, a.kind, a.isPreferred]),
      [
        ['Mark as detected (suggested by "alert")', 'quickfix', undefined],
        ['Mark as start', 'refactor.rewrite', undefined],
      ],
    );
    assert.ok(applied(unmarked, actions[0]).includes('10:12 error-rate alert fires [detected]\n'));
  });
});
