// The outline, in process over an Analysis: the sections under the title, and under Timeline its
// entries by time, key moments marked (and inferred ones with a "?").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind } from 'vscode-languageserver';
import { documentSymbols } from '../../../server/src/features/symbols';
import { lint, postmortem } from '../../support/core';
import { example } from '../../support/features';

const range = (l1: number, c1: number, l2: number, c2: number) => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});

describe('document symbols', () => {
  it('the title holds the sections, each spanning to the next', () => {
    const [title, ...rest] = documentSymbols(example('2024-03-05-checkout-errors.md').analysis);
    assert.deepEqual(rest, []);
    assert.deepEqual(
      [title.name, title.kind, title.range, title.selectionRange],
      ['2024-03-05 Checkout errors after a proxy config push', SymbolKind.File, range(0, 0, 58, 0), range(0, 0, 0, 54)],
    );
    assert.deepEqual(
      title.children?.map((s) => [s.name, s.detail, s.kind, s.range, s.selectionRange]),
      [
        ['Description', undefined, SymbolKind.Namespace, range(6, 0, 9, 74), range(6, 0, 6, 14)],
        ['Timeline', undefined, SymbolKind.Namespace, range(11, 0, 25, 52), range(11, 0, 11, 11)],
        ['Contributing Factors', undefined, SymbolKind.Namespace, range(27, 0, 30, 85), range(27, 0, 27, 23)],
        ['Stabilization Steps', undefined, SymbolKind.Namespace, range(32, 0, 35, 68), range(32, 0, 32, 22)],
        ['Impact', undefined, SymbolKind.Namespace, range(37, 0, 47, 13), range(37, 0, 37, 9)],
        ['Corrective Actions', undefined, SymbolKind.Namespace, range(49, 0, 53, 91), range(49, 0, 49, 21)],
        ['Lessons Learned', undefined, SymbolKind.Namespace, range(55, 0, 57, 61), range(55, 0, 55, 18)],
      ],
    );
  });

  it('timeline entries by time, shortened, key moments starred and named, tags left out of the name', () => {
    const [title] = documentSymbols(example('2024-03-05-checkout-errors.md').analysis);
    assert.deepEqual(
      title.children?.[1].children?.map((e) => [e.name, e.detail, e.kind, e.range.start.line, e.selectionRange]),
      [
        [
          '★ 09:58 Config change #4411 rolls out to all payment proxies at once',
          'start',
          SymbolKind.Event,
          15,
          range(15, 0, 15, 5),
        ],
        [
          '★ 10:12 Error-rate alert `checkout-5xx` fires and pages the on-ca...',
          'detected',
          SymbolKind.Event,
          17,
          range(17, 0, 17, 5),
        ],
        [
          '★ 10:15 Dana acknowledges the page and opens the incident channel',
          'acknowledged',
          SymbolKind.Event,
          19,
          range(19, 0, 19, 5),
        ],
        [
          '10:24 Proxy logs show `upstream connection limit reached`; the ...',
          '2024-03-05',
          SymbolKind.Field,
          21,
          range(21, 0, 21, 5),
        ],
        [
          '★ 10:31 Config change #4411 reverted; error rate starts to fall',
          'mitigated',
          SymbolKind.Event,
          23,
          range(23, 0, 23, 5),
        ],
        ['★ 10:40 Error rate back to its usual 0.02 %', 'resolved', SymbolKind.Event, 25, range(25, 0, 25, 5)],
      ],
    );
  });

  it('inferred key moments end in "?"', () => {
    const [title] = documentSymbols(example('2024-08-14-receipt-uploads-dropped.md').analysis);
    const marked = title.children?.[1].children?.filter((e) => e.name.startsWith('★'));
    assert.deepEqual(
      marked?.map((e) => [e.name.slice(0, 7), e.detail]),
      [
        ['★ 17:18', 'start?'],
        ['★ 20:10', 'detected?'],
        // The moments the figures do not give, as the entries' words suggest them.
        ['★ 20:21', '≈acknowledged'],
        ['★ 21:17', '≈mitigated'],
        ['★ 21:45', 'resolved?'],
      ],
    );
  });

  it('without a title the sections are the top level; an alias shows its section, an empty heading a name', () => {
    const symbols = documentSymbols(lint(postmortem({ head: '', factors: '## Root Causes\n\n- x\n' })));
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail]),
      [
        ['Description', undefined],
        ['Timeline', undefined],
        ['Root Causes', 'Contributing Factors'],
        ['Stabilization Steps', undefined],
        ['Impact', undefined],
        ['Corrective Actions', undefined],
      ],
    );
    const [untitled] = documentSymbols(lint('# X\n\n## \n\nx\n\n## Timeline\n\n10:00 a\n\n## Impact\n\nMTTR: 1h\n'));
    assert.deepEqual(
      untitled.children?.map((s) => s.name),
      ['(untitled section)', 'Timeline', 'Impact'],
    );
  });
});
