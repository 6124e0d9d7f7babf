// Key-moment tags in an entry: `[detected]`, `<START OF OUTAGE>` (also escaped `\<...>`), or a
// Google-style phrase in capitals such as `OUTAGE BEGINS`.
import type { KeyMomentTag } from './model';
import type { Vocabulary } from './readerSettings';
import { normaliseTag } from './readerSettings';

// `[tag]` not followed by `(` (a link), or `<tag>` / `\<tag>` / `&lt;tag&gt;`, optionally inside
// bold; a tag may be wrapped across a line break, as hard-wrapped markdown does.
const BRACKETED = /\\?\[([^\][]{1,40})\\?\](?![([])|\\?<([^<>/]{1,40})>|&lt;((?:(?!&gt;)[^<>/]){1,40})&gt;/g;

export function findMomentTags(source: string, offset: number, vocab: Vocabulary): KeyMomentTag[] {
  const tags: KeyMomentTag[] = [];
  for (const m of source.matchAll(BRACKETED)) {
    const moment = vocab.tags.get(normaliseTag(m[1] ?? m[2] ?? m[3]));
    if (moment)
      tags.push({ moment, span: { start: offset + m.index, end: offset + m.index + m[0].length }, text: m[0] });
  }
  for (const { pattern, moment } of vocab.phrases) {
    pattern.lastIndex = 0;
    for (const m of source.matchAll(pattern)) {
      const start = offset + m.index;
      if (tags.some((t) => t.span.start <= start && start < t.span.end)) continue;
      tags.push({ moment, span: { start, end: start + m[0].length }, text: m[0] });
    }
  }
  return tags.sort((a, b) => a.span.start - b.span.start);
}
