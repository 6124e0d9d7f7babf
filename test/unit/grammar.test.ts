// The injected TextMate grammar, tokenized for real with vscode-textmate and vscode-oniguruma, and
// generated from the vocabulary (analysis/grammar.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import type { IGrammar, IRawGrammar } from 'vscode-textmate';
import { INITIAL, Registry } from 'vscode-textmate';
import { FIGURE_SCOPE, KEY_MOMENT_SCOPE, postmortemGrammar } from '../../server/src/analysis/grammar';
import { FIGURE_VOCABULARY, KEY_MOMENT_VOCABULARY } from '../../server/src/postmortem/vocabulary';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] };
};
const contribution = manifest.contributes.grammars[0];

// VS Code's markdown grammar is not on npm; a stand-in with the scopes our selector excludes.
const markdown = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '^```', end: '^```', name: 'markup.fenced_code.block.markdown' },
    { match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' },
  ],
};

let grammar: IGrammar;

before(async () => {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p: string[]) => new OnigScanner(p),
      createOnigString: (s: string) => new OnigString(s),
    }),
    loadGrammar: async (scope: string) => {
      if (scope === 'text.html.markdown') return markdown as unknown as IRawGrammar;
      if (scope === contribution.scopeName)
        return JSON.parse(readFileSync(join(root, contribution.path), 'utf8')) as IRawGrammar;
      return null;
    },
    getInjections: (scope: string) => (contribution.injectTo.includes(scope) ? [contribution.scopeName] : undefined),
  });
  const loaded = await registry.loadGrammar('text.html.markdown');
  if (!loaded) throw new Error('grammar not loaded');
  grammar = loaded;
});

/** Each token's text with the scope of ours it carries, for tokens that carry one. */
function scoped(lines: string[]): [string, string][] {
  let state = INITIAL;
  const out: [string, string][] = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const ours = t.scopes.find((s) => s.endsWith('.postmortem'));
      if (ours) out.push([line.slice(t.startIndex, t.endIndex), ours]);
    }
    state = r.ruleStack;
  }
  return out;
}

describe('the injected grammar', () => {
  it('is contributed for markdown with the selector that skips code and front matter', () => {
    assert.deepEqual(contribution.injectTo, ['text.html.markdown']);
    const raw = JSON.parse(readFileSync(join(root, contribution.path), 'utf8')) as {
      injectionSelector: string;
      scopeName: string;
    };
    assert.equal(raw.scopeName, contribution.scopeName);
    assert.match(raw.injectionSelector, /^L:text\.html\.markdown -markup\.fenced_code -markup\.inline\.raw/);
  });
  it('colours timeline times, approximate marks and dates', () => {
    assert.deepEqual(scoped(['20:10: "seems like multifile upload is broken"']), [
      ['20:10', 'constant.numeric.time.postmortem'],
    ]);
    assert.deepEqual(scoped(['~16:50: Hem and Javier test']), [
      ['~', 'keyword.operator.approximate.postmortem'],
      ['16:50', 'constant.numeric.time.postmortem'],
    ]);
    assert.deepEqual(scoped(['- 2019-02-06 16:57 merged']), [
      ['2019-02-06 ', 'constant.numeric.date.postmortem'],
      ['16:57', 'constant.numeric.time.postmortem'],
    ]);
    assert.deepEqual(scoped(['| 12:06 | certificates expire |']), [['12:06', 'constant.numeric.time.postmortem']]);
    assert.deepEqual(scoped(['06:15pm - released']), [['06:15pm', 'constant.numeric.time.postmortem']]);
  });
  it('colours key-moment tags, not links or other brackets', () => {
    assert.deepEqual(scoped(['10:12 alert fires [detected]']), [
      ['10:12', 'constant.numeric.time.postmortem'],
      ['[detected]', 'entity.name.tag.key-moment.postmortem'],
    ]);
    assert.deepEqual(scoped(['see [fixed](https://x.org) and [notes]']), []);
    assert.deepEqual(scoped(['DNS takes effect. **\\<START OF OUTAGE>**']), [
      ['\\<START OF OUTAGE>', 'entity.name.tag.key-moment.postmortem'],
    ]);
  });
  it('colours figure names and durations in Impact', () => {
    assert.deepEqual(scoped(['MTTR: 1h35m']), [
      ['MTTR', 'support.constant.figure.postmortem'],
      ['1h35m', 'constant.numeric.duration.postmortem'],
    ]);
    assert.deepEqual(scoped(['- Time to detection: 5 minutes']), [
      ['Time to detection', 'support.constant.figure.postmortem'],
      ['5 minutes', 'constant.numeric.duration.postmortem'],
    ]);
    assert.deepEqual(scoped(['MTTD: 00:10']), [
      ['MTTD', 'support.constant.figure.postmortem'],
      ['00:10', 'constant.numeric.duration.postmortem'],
    ]);
  });
  it('leaves prose, inline code and fenced code alone', () => {
    assert.deepEqual(scoped(['2 approvers were dropped to 1', 'run `10:00 [start]` here']), []);
    assert.deepEqual(scoped(['```', '10:00 [start]', '```']), []);
  });
});

describe('the grammar and the vocabulary', () => {
  it('the committed grammar is what the vocabulary generates (run npm run gen:grammar)', () => {
    const committed = JSON.parse(readFileSync(join(root, contribution.path), 'utf8')) as unknown;
    assert.deepEqual(committed, postmortemGrammar());
  });
  it('colours every default tag of every key moment, in brackets and angle brackets, in any case', () => {
    for (const moment of KEY_MOMENT_VOCABULARY) {
      for (const tag of moment.tags) {
        for (const written of [`[${tag}]`, `\\[${tag.toUpperCase()}\\]`, `<${tag}>`, `[${tag.replace(/ /g, '-')}]`]) {
          assert.deepEqual(
            scoped([`the step ${written} here`]),
            [[written, KEY_MOMENT_SCOPE]],
            `${moment.name}: ${written}`,
          );
        }
      }
    }
  });
  it('colours [outage begins] and [outage ends], which a hand-written list once missed', () => {
    assert.deepEqual(scoped(['DNS change [outage begins]', 'rollback [outage ends]']), [
      ['[outage begins]', KEY_MOMENT_SCOPE],
      ['[outage ends]', KEY_MOMENT_SCOPE],
    ]);
  });
  it('colours every capital phrase as whole words, and not in lower case', () => {
    for (const moment of KEY_MOMENT_VOCABULARY) {
      for (const phrase of moment.phrases) {
        assert.deepEqual(scoped([`DNS takes effect, ${phrase} now`]), [[phrase, KEY_MOMENT_SCOPE]], phrase);
        assert.deepEqual(scoped([`DNS takes effect, ${phrase.toLowerCase()} now`]), [], phrase);
        assert.deepEqual(scoped([`DNS takes effect, X${phrase} now`]), [], phrase);
      }
    }
  });
  it('colours every figure name and alias on a figure line', () => {
    for (const figure of FIGURE_VOCABULARY) {
      for (const label of [figure.name, ...figure.aliases]) {
        assert.deepEqual(
          scoped([`- **${label}:** 20m`]),
          [
            [label, FIGURE_SCOPE],
            ['20m', 'constant.numeric.duration.postmortem'],
          ],
          label,
        );
      }
    }
  });
});
