// Semantic tokens over an Analysis: what the reader took for key-moment tags and figure names,
// configured ones included, one token per line, and the manifest mapping them to the grammar's scopes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIGURE_SCOPE, KEY_MOMENT_SCOPE } from '../../server/src/analysis/grammar';
import type { Analysis } from '../../server/src/analysis/analyze';
import { SEMANTIC_TOKEN_TYPES, SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../server/src/features/semanticTokens';
import { lint, postmortem } from '../support/core';
import { decode } from '../support/semanticTokens';

const tokens = (a: Analysis) => decode(a.postmortem.text, semanticTokens(a).data, SEMANTIC_TOKENS_LEGEND.tokenTypes);
const CONFIGURED = {
  moments: { detected: ['paged'], resolved: ['all clear'] },
  figures: { MTTR: { aliases: ['Time to all clear'] } },
};

describe('semantic tokens', () => {
  it('colour default and configured tags in the timeline, and stated figure names, configured ones too', () => {
    const text = postmortem({
      timeline:
        '## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n10:12 on-call [paged]\n\n10:40 ALL CLEAR given\n',
      impact: '## Impact\n\nMTTD: 14m\n\nTime to all clear: 28m\n',
    });
    assert.deepEqual(tokens(lint(text, CONFIGURED)), [
      '12:11 [start] keyMoment',
      '14:14 [paged] keyMoment',
      '16:6 ALL CLEAR keyMoment',
      '28:0 MTTD impactFigure',
      '30:0 Time to all clear impactFigure',
    ]);
  });
  it('leave a word the configuration does not make a tag alone', () => {
    const text = postmortem({
      timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n10:12 on-call [paged]\n',
    });
    assert.deepEqual(
      tokens(lint(text)).filter((t) => t.endsWith('keyMoment')),
      ['12:11 [start] keyMoment'],
    );
  });
  it('split a phrase wrapped across lines into one token per line', () => {
    const text = postmortem({
      timeline: '## Timeline\n\nAll times UTC.\n\n09:58 DNS takes effect, OUTAGE\n  BEGINS for everyone\n',
    });
    assert.deepEqual(
      tokens(lint(text)).filter((t) => t.endsWith('keyMoment')),
      ['12:24 OUTAGE keyMoment', '13:2 BEGINS keyMoment'],
    );
  });
  it('give a document that is not a postmortem none', () => {
    const a = lint('# Notes\n\n10:00 [start] of the day\n', {}, { path: 'README.md' });
    assert.equal(a.postmortem.classification, null);
    assert.deepEqual(semanticTokens(a).data, []);
  });
  it("are declared in package.json and mapped to the grammar's scopes for markdown", () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      contributes: {
        semanticTokenTypes: { id: string }[];
        semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[];
      };
    };
    assert.deepEqual(
      manifest.contributes.semanticTokenTypes.map((t) => t.id),
      [...SEMANTIC_TOKEN_TYPES],
    );
    assert.deepEqual(manifest.contributes.semanticTokenScopes, [
      { language: 'markdown', scopes: { keyMoment: [KEY_MOMENT_SCOPE], impactFigure: [FIGURE_SCOPE] } },
    ]);
  });
});
