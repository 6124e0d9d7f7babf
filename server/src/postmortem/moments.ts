// Key-moment tags in an entry: `[detected]`, `<START OF OUTAGE>` (also escaped `\<...>`), or a
// Google-style phrase in capitals such as `OUTAGE BEGINS`.
import type { Vocabulary } from '../config/vocabulary';
import { normaliseTag } from '../config/vocabulary';
import type { KeyMomentTag } from './model';

// `[tag]` not followed by `(` (a link), or `<tag>` / `\<tag>`, optionally inside bold.
const BRACKETED = /\\?\[([^\][\n]{1,40})\\?\](?![([])|\\?<([^<>\n/]{1,40})>/g;

export function findMomentTags(source: string, offset: number, vocab: Vocabulary): KeyMomentTag[] {
  const tags: KeyMomentTag[] = [];
  for (const m of source.matchAll(BRACKETED)) {
    const moment = vocab.tags.get(normaliseTag(m[1] ?? m[2]));
    if (moment) tags.push({ moment, span: { start: offset + m.index, end: offset + m.index + m[0].length }, text: m[0] });
  }
  for (const { phrase, moment } of vocab.phrases) {
    let at = source.indexOf(phrase);
    while (at !== -1) {
      const covered = tags.some((t) => t.span.start <= offset + at && offset + at < t.span.end);
      const wordStart = at === 0 || !/\w/.test(source[at - 1]);
      const wordEnd = !/\w/.test(source[at + phrase.length] ?? ' ');
      if (!covered && wordStart && wordEnd) {
        tags.push({ moment, span: { start: offset + at, end: offset + at + phrase.length }, text: phrase });
      }
      at = source.indexOf(phrase, at + phrase.length);
    }
  }
  return tags.sort((a, b) => a.span.start - b.span.start);
}
