// Inline markdown as words: emphasis, code ticks, link syntax, escapes and tags left out, with the
// offset in the source of every character kept (`<time>` tags kept whole, for the date they
// give), so a reader matches phrases written as
// `_All times are in **UTC**_` or `in [UTC](https://...) time` and still points at the source.
// One pass, linear in the text.

export interface PlainText {
  text: string;
  /** The source offset of each character of `text`. */
  at: number[];
}

const WORD = /[\p{L}\p{N}]/u;
/** The longest link destination skipped: a URL, not a paragraph that happens to follow `](`. */
const MAX_DESTINATION = 2_048;
/** The longest inline tag left out: `<br>`, `<time datetime="...">`, not a paragraph between brackets. */
const MAX_TAG = 256;

export function plainText(source: string, offset = 0): PlainText {
  let text = '';
  const at: number[] = [];
  const push = (ch: string, i: number) => {
    text += ch;
    at.push(offset + i);
  };
  // The next `)` and `>` at or after a position, found once each: searching afresh from every
  // `](` or `<` would make a text of many of them quadratic.
  const next = { ')': -1, '>': -1 } as Record<')' | '>', number>;
  const nextOf = (ch: ')' | '>', from: number) => {
    if (next[ch] !== Infinity && next[ch] < from) {
      const found = source.indexOf(ch, from);
      next[ch] = found === -1 ? Infinity : found;
    }
    return next[ch];
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\' && i + 1 < source.length && /[!-/:-@[-`{-~]/.test(source[i + 1])) {
      push(source[++i], i);
    } else if (ch === '*' || ch === '`' || ch === '~') {
      continue;
    } else if (ch === '_') {
      // `Los_Angeles` keeps its underscore; `_all times UTC_` is emphasis.
      if (WORD.test(source[i - 1] ?? '') && WORD.test(source[i + 1] ?? '')) push(ch, i);
    } else if (ch === '[' || (ch === '!' && source[i + 1] === '[')) {
      if (ch === '!') i++;
    } else if (ch === ']' && source[i + 1] === '(') {
      const close = nextOf(')', i + 2);
      if (close - i <= MAX_DESTINATION) i = close;
    } else if (ch === ']') {
      continue;
    } else if (ch === '<' && /[A-Za-z/!]/.test(source[i + 1] ?? '') && !/^<\/?time\b/i.test(source.slice(i, i + 6))) {
      // `<time datetime="...">` is kept: it says a date (dateReading.ts reads it); other tags are a space.
      const close = nextOf('>', i + 1);
      if (close - i <= MAX_TAG && !source.slice(i, close).includes('\n')) {
        push(' ', i);
        i = close;
      } else push(ch, i);
    } else push(ch, i);
  }
  return { text, at };
}

/** The source span of `length` plain characters from `index`. */
export function sourceSpan(plain: PlainText, index: number, length: number): { start: number; end: number } {
  const start = plain.at[index] ?? plain.at[plain.at.length - 1] ?? 0;
  const last = plain.at[Math.max(index, index + length - 1)] ?? start;
  return { start, end: last + 1 };
}
