// Key-moment markers in an entry: `[detected]`, `<START OF OUTAGE>` (also escaped `\<...>`), a
// Google-style phrase in capitals such as `OUTAGE BEGINS`, and the same phrases in any case when
// they are emphasised (`**Outage begins.**`, `(**outage starts**)`, `__event over__`) or are all
// the entry says (`### 10:00 - Problem starts`, `10:40 Outage ends.`). A phrase inside a sentence in
// lower case is prose, not a marker: at most a suggestion (analysis/wording.ts).
import { matchEntryTime } from './entryTime';
import type { KeyMomentTag } from './model';
import type { Vocabulary } from './readerSettings';
import { normaliseTag } from './readerSettings';

// `[tag]` not followed by `(` (a link), or `<tag>` / `\<tag>` / `&lt;tag&gt;`, optionally inside
// bold; a tag may be wrapped across a line break, as hard-wrapped markdown does.
const BRACKETED = /\\?\[([^\][]{1,40})\\?\](?![([])|\\?<([^<>/]{1,40})>|&lt;((?:(?!&gt;)[^<>/]){1,40})&gt;/g;

/** Emphasis delimiters, longest first, so `**` is not read as two `*`. */
const EMPHASIS = ['**', '__', '*', '_'];
/** What may close a phrase inside its emphasis or at the end of an entry: `**Outage begins.**`. */
const CLOSING_PUNCTUATION = /^[.!:;]?/;
/** What ends the words before a phrase standing alone: `Rolled back. Outage ends`, `(outage ends)`. */
const CLAUSE_END = /(?:[.!:;|(]|\s[-–—])$/;
/** What may follow a phrase at the start of an entry: the end of the line, or a separator. */
const AFTER_FIRST = /^(?:[.!:;](?:\s|$)|\s[-–—]\s|$)/;
/** What may follow a phrase at the end of an entry: stops, closing brackets, emphasis, a cell bar. */
const CLOSING = /^[\s.!)*_|]*$/;

export function findMomentTags(source: string, offset: number, vocab: Vocabulary): KeyMomentTag[] {
  const tags: KeyMomentTag[] = [];
  const taken = (start: number) => tags.some((t) => t.span.start <= start && start < t.span.end);
  for (const m of source.matchAll(BRACKETED)) {
    const moment = vocab.tags.get(normaliseTag(m[1] ?? m[2] ?? m[3]));
    if (moment)
      tags.push({ moment, span: { start: offset + m.index, end: offset + m.index + m[0].length }, text: m[0] });
  }
  // Most entries hold no phrase at all: one test of them all instead of two of each.
  if (vocab.anyPhrase && !vocab.anyPhrase.test(source)) return tags.sort((a, b) => a.span.start - b.span.start);
  for (const { pattern, moment } of vocab.phrases) {
    pattern.lastIndex = 0;
    for (const m of source.matchAll(pattern)) {
      const start = offset + m.index;
      if (taken(start)) continue;
      tags.push({ moment, span: { start, end: start + m[0].length }, text: m[0] });
    }
  }
  const lineBreak = source.search(/[\r\n]/);
  const firstLine = lineBreak === -1 ? source : source.slice(0, lineBreak);
  let textStart: number | undefined;
  for (const { anyCase, moment } of vocab.phrases) {
    anyCase.lastIndex = 0;
    for (const m of firstLine.matchAll(anyCase)) {
      textStart ??= matchEntryTime(source)?.length ?? 0;
      const span = emphasised(source, m.index, m[0].length) ?? alone(firstLine, m.index, m[0].length, textStart);
      if (!span || taken(offset + span.start) || taken(offset + m.index)) continue;
      tags.push({
        moment,
        span: { start: offset + span.start, end: offset + span.end },
        text: source.slice(span.start, span.end),
      });
    }
  }
  return tags.sort((a, b) => a.span.start - b.span.start);
}

/** The emphasis wrapping exactly the phrase at `at` (and a closing stop), delimiters included. */
function emphasised(source: string, at: number, length: number): { start: number; end: number } | undefined {
  for (const delimiter of EMPHASIS) {
    let start = at;
    while (start > 0 && source[start - 1] === ' ') start--;
    if (!source.startsWith(delimiter, start - delimiter.length)) continue;
    let end = at + length;
    end += CLOSING_PUNCTUATION.exec(source.slice(end))?.[0].length ?? 0;
    while (source[end] === ' ') end++;
    if (!source.startsWith(delimiter, end)) continue;
    // `***a**` or a delimiter doubled on one side is some other emphasis.
    const outer = source[start - delimiter.length - 1];
    if (outer === delimiter[0] && delimiter.length === 1) continue;
    return { start: start - delimiter.length, end: end + delimiter.length };
  }
  return undefined;
}

/** The phrase at `at` when it stands alone: all the entry says, or a clause of its own at its start or end. */
function alone(
  line: string,
  at: number,
  length: number,
  textStart: number,
): { start: number; end: number } | undefined {
  if (at < textStart) return undefined;
  const before = line.slice(textStart, at).replace(/[\s*_]+$/, '');
  const after = line.slice(at + length).replace(/^[*_]+/, '');
  const standsAlone =
    before === '' ? AFTER_FIRST.test(after.replace(/[\s)*_|]+$/, '')) : CLAUSE_END.test(before) && CLOSING.test(after);
  return standsAlone ? { start: at, end: at + length } : undefined;
}
