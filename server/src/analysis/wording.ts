// Moments from wording: when the timeline marks no key moment, the moments a reviewer would read
// from the entries' words (an alert firing for detected, "rolled back" for mitigated, "back to
// normal" for resolved, the first entry describing impact for start). Each is a suggestion, in the
// order an incident goes through them: a detection is looked for after the start, a resolution
// after them all, and a start only before a moment already known. A phrase negated ("no alert
// fired"), not yet done ("started the rollback") or meaning something else ("we added an alert",
// "resolved to 10.0.0.1") suggests nothing: a wrong suggestion is worse than none.
import type { MomentWords, Phrase, Wording } from '../config/wording';
import type { FigureDefinition } from '../postmortem/readerSettings';
import type { KeyMoment, Span, TimelineEntry } from '../postmortem/model';
import { KEY_MOMENTS } from '../postmortem/vocabulary';
import type { Word } from '../postmortem/words';
import { clauseEnd, clauseStart, phraseAt, wordsIn } from '../postmortem/words';
import type { LocatedMoment } from './moment';

export interface WordingMatch {
  moment: KeyMoment;
  span: Span;
  text: string;
}

/** How far before a phrase (in words) its negation or "not yet" is looked for, and how far after. */
const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 2;

/** Whether one of `phrases` starts at a word from `from` to `to` (exclusive) and ends by `limit`. */
function anyAt(words: Word[], from: number, to: number, phrases: Phrase[], limit: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) for (const p of phrases) if (phraseAt(words, k, p, limit)) return true;
  return false;
}

function blocked(words: Word[], i: number, j: number, m: MomentWords, wording: Wording): boolean {
  const start = clauseStart(words, i);
  const end = clauseEnd(words, j - 1);
  const from = Math.max(start, i - WINDOW_BEFORE);
  if (anyAt(words, from, i, [...wording.negationsBefore, ...m.notAfter], i)) return true;
  if (anyAt(words, j, Math.min(end, j + WINDOW_AFTER), [...wording.negationsAfter, ...m.notBefore], end)) return true;
  // A phrase overlapping the match that means something else: `status page`, `resolved to`.
  for (const p of m.not)
    for (let k = i - p.length + 1; k < j; k++) if (k + p.length > i && phraseAt(words, k, p)) return true;
  return false;
}

/** The first words of `words` suggesting moment `m`, not negated nor meaning something else. */
function firstMatch(words: Word[], m: MomentWords, wording: Wording): { i: number; j: number } | undefined {
  const anyFirst = m.phrases.get('*') ?? [];
  for (let i = 0; i < words.length; i++) {
    for (const p of [...(m.phrases.get(words[i].word) ?? []), ...anyFirst]) {
      if (!phraseAt(words, i, p)) continue;
      const j = i + p.length;
      if (!blocked(words, i, j, m, wording)) return { i, j };
    }
  }
  return undefined;
}

/** The moments an entry's first line suggests, each with the words that do. */
export function entryWording(text: string, entry: TimelineEntry, wording: Wording): WordingMatch[] {
  const words = wordsIn(text, { start: entry.timeSpan.end, end: entry.lineSpan.end });
  const found: WordingMatch[] = [];
  for (const m of wording.moments) {
    const match = firstMatch(words, m, wording);
    if (!match) continue;
    const span = { start: words[match.i].start, end: words[match.j - 1].end };
    found.push({ moment: m.moment, span, text: text.slice(span.start, span.end) });
  }
  // Impact words in a "back to normal" entry describe its end: some moments rule others out.
  const said = new Set(found.map((f) => f.moment));
  return found.filter((f) => !wording.moments.find((m) => m.moment === f.moment)?.notWith.some((n) => said.has(n)));
}

/**
 * Suggestions for the moments `known` lacks, from the entries' words: each the first entry
 * (in the document's order) whose words suggest it, at or after the moments it follows (by the
 * figures' from and to, and the vocabulary's `after`) and at or before those it precedes.
 */
export function suggestMoments(
  text: string,
  entries: TimelineEntry[],
  known: ReadonlyMap<KeyMoment, LocatedMoment>,
  wording: Wording,
  figures: FigureDefinition[],
): LocatedMoment[] {
  const candidates = new Map<KeyMoment, { entry: TimelineEntry; match: WordingMatch }[]>();
  for (const entry of entries) {
    if (entry.epochMs === null) continue;
    for (const match of entryWording(text, entry, wording)) {
      const list = candidates.get(match.moment) ?? [];
      list.push({ entry, match });
      candidates.set(match.moment, list);
    }
  }
  const follows = (m: KeyMoment): KeyMoment[] => [
    ...figures.filter((f) => f.to === m).map((f) => f.from),
    ...(wording.moments.find((w) => w.moment === m)?.after ?? []),
  ];
  const precedes = (m: KeyMoment): KeyMoment[] => KEY_MOMENTS.filter((n) => follows(n).includes(m));
  const at = new Map(known);
  const suggested: LocatedMoment[] = [];
  // The first moment (the start) last: it is the first impact before what is known, never a guess
  // on its own.
  const first = KEY_MOMENTS[0];
  const order = [...KEY_MOMENTS.slice(1), first];
  for (const moment of order) {
    if (at.has(moment)) continue;
    const times = (ms: KeyMoment[]) =>
      ms.map((m) => at.get(m)?.epochMs).filter((t): t is number => t !== null && t !== undefined);
    const lower = Math.max(...times(follows(moment)), -Infinity);
    const uppers = times(precedes(moment));
    if (moment === first && uppers.length === 0) continue;
    const upper = Math.min(...uppers, Infinity);
    const pick = candidates
      .get(moment)
      ?.find(({ entry }) => (entry.epochMs as number) >= lower && (entry.epochMs as number) <= upper);
    if (!pick) continue;
    const located: LocatedMoment = {
      moment,
      source: 'wording',
      epochMs: pick.entry.epochMs,
      entry: pick.entry,
      words: { span: pick.match.span, text: pick.match.text },
    };
    at.set(moment, located);
    suggested.push(located);
  }
  return suggested;
}
