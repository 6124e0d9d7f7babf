// Prose as words: what the readers of sentences (prose durations, the words of timeline entries)
// compare phrases with. One pass of one pattern, so any text costs time in proportion to its length.
import type { Span } from './model';

export interface Word {
  /** Lowercase, with ’ read as '. */
  word: string;
  start: number;
  end: number;
  /** Punctuation after it that ends its clause (`,`, `;`, ` - `, a cell's `|`) or its sentence (`.`). */
  ends?: 'clause' | 'sentence';
}

const WORD_OR_STOP = /~|[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[.!?;:,|–—]|\s-\s/gu;

/** Code, link targets, URLs and HTML tags are no prose: blanked out, offsets kept. */
const NOT_PROSE = /`[^`\n]*`|\]\([^)\n]*\)|\bhttps?:\/\/\S+|<[^<>\n]{0,200}>/g;

/** The words of `text` within `span`, in order. */
export function wordsIn(text: string, span: Span): Word[] {
  const source = text.slice(span.start, span.end).replace(NOT_PROSE, (m) => ' '.repeat(m.length));
  const out: Word[] = [];
  for (const m of source.matchAll(WORD_OR_STOP)) {
    const w = m[0];
    if (w.length === 1 || w.trim() === '-') {
      if (/[\p{L}\p{N}~]/u.test(w)) {
        pushWord(out, w, span.start + m.index);
        continue;
      }
      // `09:10` and `1,000` are no ends of anything; a sentence's `.` is followed by a space.
      const next = source[m.index + w.length];
      if (/[.!?;:,]/.test(w) && next !== undefined && !/\s/.test(next)) continue;
      const last = out[out.length - 1];
      if (last) last.ends = /[.!?]/.test(w) ? 'sentence' : (last.ends ?? 'clause');
      continue;
    }
    pushWord(out, w, span.start + m.index);
  }
  return out;
}

function pushWord(out: Word[], w: string, start: number): void {
  // `minutes.` ends a sentence; `1.5` and `v1.2.3` keep their dots.
  const trimmed = w.replace(/[.-]+$/, '');
  if (!trimmed) return;
  out.push({
    word: trimmed.toLowerCase().replace(/’/g, "'"),
    start,
    end: start + trimmed.length,
    ...(/\.$/.test(w) ? { ends: 'sentence' as const } : {}),
  });
}

/** A phrase as words to compare: `X` (any one word) is null. */
export function phraseWords(phrase: string): (string | null)[] {
  return wordsIn(phrase, { start: 0, end: phrase.length }).map((w) => (w.word === 'x' ? null : w.word));
}

/** Whether `phrase` is at word `i` (and not past `limit`). */
export function phraseAt(words: Word[], i: number, phrase: readonly (string | null)[], limit = words.length): boolean {
  if (i < 0 || i + phrase.length > limit) return false;
  for (let k = 0; k < phrase.length; k++) {
    const p = phrase[k];
    if (p !== null && words[i + k].word !== p) return false;
    // A phrase does not run across the end of a clause.
    if (k < phrase.length - 1 && words[i + k].ends) return false;
  }
  return true;
}

/** The first word of the clause (or, with `sentence`, the sentence) that word `i` is in. */
export function clauseStart(words: Word[], i: number, sentence = false): number {
  let k = i;
  while (k > 0 && !(words[k - 1].ends === 'sentence' || (!sentence && words[k - 1].ends))) k--;
  return k;
}

/** One past the last word of the clause (or sentence) that word `i` is in. */
export function clauseEnd(words: Word[], i: number, sentence = false): number {
  let k = i;
  while (k < words.length - 1 && !(words[k].ends === 'sentence' || (!sentence && words[k].ends))) k++;
  return Math.min(k + 1, words.length);
}
