// The TextMate grammar injected into markdown (syntaxes/postmortem.injection.tmLanguage.json),
// built from the vocabulary: every default tag, capital phrase and figure name is coloured, and a
// new one is by `npm run gen:grammar` (a test fails until the committed file is regenerated).
// Tags a team configures cannot be in a static grammar: features/semanticTokens.ts colours those.
import { FIGURE_VOCABULARY, KEY_MOMENT_VOCABULARY } from '../postmortem/vocabulary';
import { escapeRegExp } from '../postmortem/text';

export const KEY_MOMENT_SCOPE = 'entity.name.tag.key-moment.postmortem';
export const FIGURE_SCOPE = 'support.constant.figure.postmortem';

const words = (s: string) =>
  s
    .trim()
    .split(/[\s_-]+/)
    .map(escapeRegExp);
const longestFirst = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
const alternation = (items: string[]) => [...new Set(items)].sort(longestFirst).join('|');

// As the reader reads them (postmortem/moments.ts): `[tag]` not a link, `<tag>`, `\<tag>`,
// `&lt;tag&gt;`, spaces, `_` or `-` between words, any case; phrases in capitals as whole words.
function keyMomentPattern(): string {
  const tags = alternation(KEY_MOMENT_VOCABULARY.flatMap((m) => m.tags.map((t) => words(t).join('[\\s_-]+'))));
  const phrases = alternation(KEY_MOMENT_VOCABULARY.flatMap((m) => m.phrases.map((p) => words(p).join('\\s+'))));
  const bracketed = `\\\\?\\[\\s*(?:${tags})\\s*\\\\?\\](?![(\\[])|\\\\?<\\s*(?:${tags})\\s*>|&lt;\\s*(?:${tags})\\s*&gt;`;
  return `(?i)(?:${bracketed})` + (phrases ? `|(?-i:(?<!\\w)(?:${phrases})(?!\\w))` : '');
}

// As postmortem/statedFigures.ts reads a figure line: a name or alias, then `:`, `|` or a dash.
function figurePattern(): string {
  const labels = alternation(
    FIGURE_VOCABULARY.flatMap((f) => [f.name, ...f.aliases].map((l) => words(l).join('\\s+'))),
  );
  const duration =
    '[~≈<>]?\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)(?![a-z])\\s*)+|[~≈<>]?\\s*\\d{1,3}:\\d{2}\\b';
  return `(?i)^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+|\\|\\s*)?(?:\\*\\*|__)?(${labels})(?:\\s*\\([^)]*\\))?\\s*(?:\\*\\*|__)?\\s*(?:[:|]|\\s[-–—]\\s)\\s*(?:\\*\\*|__)?\\s*(${duration})?`;
}

// Times are the reader's forms of FORMAT.md section 4, not vocabulary: written here once.
const ENTRY_TIME =
  '(?i)(?:^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+|\\|\\s*)?|(?<=<br>)\\s*)(\\*\\*|__)?(\\\\?~\\s?|ca\\.\\s*)?(\\d{4}-\\d{2}-\\d{2}[T ]\\s*)?(\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?|\\d{4}(?=\\s*(?:UTC|GMT|[-–—:]))|\\?\\?:\\?\\?)(?!\\w|:\\d)';

export function postmortemGrammar(): Record<string, unknown> {
  return {
    $comment:
      'Generated from server/src/postmortem/vocabulary.ts by npm run gen:grammar; do not edit. Injected into markdown: colours timeline times, approximate marks, key-moment tags, and impact figures with their durations.',
    scopeName: 'markdown.postmortem.injection',
    injectionSelector:
      'L:text.html.markdown -markup.fenced_code -markup.inline.raw -meta.embedded.block.frontmatter -comment',
    patterns: [{ include: '#entry-time' }, { include: '#key-moment' }, { include: '#figure' }],
    repository: {
      'entry-time': {
        comment: 'A time at the start of a line, list item or table cell, as FORMAT.md section 4 reads it.',
        match: ENTRY_TIME,
        captures: {
          '2': { name: 'keyword.operator.approximate.postmortem' },
          '3': { name: 'constant.numeric.date.postmortem' },
          '4': { name: 'constant.numeric.time.postmortem' },
        },
      },
      'key-moment': {
        comment: "The vocabulary's key-moment tags, bracketed, and its phrases in capitals.",
        match: keyMomentPattern(),
        name: KEY_MOMENT_SCOPE,
      },
      figure: {
        comment: 'A stated impact figure line: its name and its duration.',
        match: figurePattern(),
        captures: {
          '1': { name: FIGURE_SCOPE },
          '2': { name: 'constant.numeric.duration.postmortem' },
        },
      },
    },
  };
}
