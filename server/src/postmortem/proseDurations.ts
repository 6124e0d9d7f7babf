// Sentences of the Summary or Impact that say how long the incident lasted: "the outage lasted 47
// minutes", "for approximately nine hours", "22 hours of downtime", "a nine-hour outage", "down for
// about 13 minutes", "just over nine hours", "at least seven hours", numbers in words included.
// Only a sentence that plainly states the incident's length is kept, with what its own wording
// allows ("about six hours": 4h30m to 7h30m), so a timeline that disagrees beyond that can be told.
// Words are read as tokens, each looked at a bounded number of times: linear on any prose.
import type { ProseDuration, Span } from './model';
import { linesIn } from './text';
import type { Word } from './words';
import { clauseEnd, clauseStart, phraseAt, wordsIn } from './words';
import type { Qualifier } from './vocabulary';
import { DURATION_QUALIFIERS, NUMBER_WORDS } from './vocabulary';
import { INCIDENT_LENGTH_WORDS } from './vocabulary';

const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** Minutes in a unit, and how precisely a whole number of it is usually meant. */
const UNITS: [RegExp, number][] = [
  [/^(?:minutes?|mins?|m)$/, 1],
  [/^(?:hours?|hrs?|h)$/, 60],
  [/^(?:days?|d)$/, 24 * 60],
  [/^(?:weeks?|wks?)$/, 7 * 24 * 60],
];

/** Qualifiers before a duration, longest first: "just over nine hours", "about 13 minutes". */
const QUALIFIERS: [string, Qualifier][] = Object.entries(DURATION_QUALIFIERS)
  .flatMap(([kind, phrases]) => phrases.map((phrase): [string, Qualifier] => [phrase, kind as Qualifier]))
  .sort((x, y) => y[0].split(' ').length - x[0].split(' ').length);

const words = (phrase: string): readonly string[] => phrase.split(' ');
const LENGTH_NOUNS = INCIDENT_LENGTH_WORDS.nouns.map(words);
const LASTED = INCIDENT_LENGTH_WORDS.lasted.map(words);
const STATES = INCIDENT_LENGTH_WORDS.states.map(words);
const NOT_IN_CLAUSE = INCIDENT_LENGTH_WORDS.notLength.clause.map(words);
const NOT_BEFORE = INCIDENT_LENGTH_WORDS.notLength.before.map(words);
const NOT_AFTER = INCIDENT_LENGTH_WORDS.notLength.after.map(words);

function unitOf(word: string): number | undefined {
  return UNITS.find(([re]) => re.test(word))?.[1];
}

interface Reading {
  minutes: number;
  /** How finely it is stated: a whole number of hours means to the half hour or so. */
  granularity: number;
  /** Tokens read. */
  length: number;
}

/** A number at `i`: `47`, `1.5`, `nine`, `twenty-five`, `twenty five`, `one and a half`, `a couple of`. */
function readNumber(t: Word[], i: number): { value: number; length: number } | undefined {
  const w = t[i]?.word;
  if (w === undefined) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(w)) return { value: Number(w), length: 1 };
  if (w === 'half' && (t[i + 1]?.word === 'an' || t[i + 1]?.word === 'a')) return { value: 0.5, length: 2 };
  if (w === 'a' && t[i + 1]?.word === 'couple' && t[i + 2]?.word === 'of') return { value: 2, length: 3 };
  const hyphenated = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hyphenated && TENS.has(hyphenated[1]) && NUMBER_WORDS[hyphenated[2]] < 10)
    return { value: NUMBER_WORDS[hyphenated[1]] + NUMBER_WORDS[hyphenated[2]], length: 1 };
  const value = NUMBER_WORDS[w];
  if (value === undefined) return undefined;
  let length = 1;
  let total = value;
  const next = t[i + 1]?.word;
  if (
    TENS.has(w) &&
    next &&
    NUMBER_WORDS[next] !== undefined &&
    NUMBER_WORDS[next] < 10 &&
    next !== 'a' &&
    next !== 'an'
  ) {
    total += NUMBER_WORDS[next];
    length = 2;
  }
  // `one and a half hours`
  if (t[i + length]?.word === 'and' && t[i + length + 1]?.word === 'a' && t[i + length + 2]?.word === 'half')
    return { value: total + 0.5, length: length + 3 };
  return { value: total, length };
}

/** A duration at `i`: a number and a unit, another after `and` (`nine hours and 20 minutes`), `an hour
 * and a half`, or one hyphenated word (`47-minute`, `nine-hour`). */
function readDuration(t: Word[], i: number): Reading | undefined {
  const compact = /^(\d+(?:\.\d+)?)([a-z]+)$/.exec(t[i]?.word ?? '');
  const compactUnit = compact && unitOf(compact[2]);
  if (compact && compactUnit) {
    const value = Number(compact[1]);
    return { minutes: value * compactUnit, granularity: granularityOf(value, compactUnit), length: 1 };
  }
  const hyphen = /^(\d+(?:\.\d+)?|[a-z]+)-([a-z]+)$/.exec(t[i]?.word ?? '');
  if (hyphen) {
    const unit = unitOf(hyphen[2]);
    const value = /^\d/.test(hyphen[1]) ? Number(hyphen[1]) : NUMBER_WORDS[hyphen[1]];
    if (unit && value !== undefined)
      return { minutes: value * unit, granularity: granularityOf(value, unit), length: 1 };
  }
  const number = readNumber(t, i);
  if (!number) return undefined;
  const unit = unitOf(t[i + number.length]?.word ?? '');
  // A lone `a` or `an` is a duration only before its unit (`an hour`), never `m` or `h` in prose.
  if (!unit || (/^[mhd]$/.test(t[i + number.length].word) && !/^\d/.test(t[i].word))) return undefined;
  let length = number.length + 1;
  let minutes = number.value * unit;
  let granularity = granularityOf(number.value, unit);
  // `an hour and a half`
  if (t[i + length]?.word === 'and' && t[i + length + 1]?.word === 'a' && t[i + length + 2]?.word === 'half') {
    return { minutes: minutes + unit / 2, granularity: unit / 4, length: length + 3 };
  }
  const joined = t[i + length]?.word === 'and' ? 1 : 0;
  const more = readNumber(t, i + length + joined);
  const moreUnit = more && unitOf(t[i + length + joined + more.length]?.word ?? '');
  if (more && moreUnit && moreUnit < unit) {
    minutes += more.value * moreUnit;
    granularity = granularityOf(more.value, moreUnit);
    length += joined + more.length + 1;
  }
  return { minutes, granularity, length };
}

/** A whole number of a unit is meant to about half of it; a fraction, to a quarter. */
function granularityOf(value: number, unit: number): number {
  if (unit === 1) return 2;
  return Number.isInteger(value) ? unit / 2 : unit / 4;
}

/** The tolerance a qualifier gives: the range of minutes the sentence allows. */
function range(minutes: number, granularity: number, qualifier: Qualifier): [number, number] {
  switch (qualifier) {
    case 'exact':
      return [minutes - Math.max(granularity, minutes * 0.05), minutes + Math.max(granularity, minutes * 0.05)];
    case 'about': {
      const slack = Math.max(granularity * 2, minutes * 0.25);
      return [minutes - slack, minutes + slack];
    }
    case 'at-least-just':
      return [minutes, minutes + Math.max(granularity * 2, minutes * 0.15)];
    case 'at-most-just':
      return [minutes - Math.max(granularity * 2, minutes * 0.15), minutes];
    case 'at-least':
      return [minutes, Infinity];
    case 'at-most':
      return [0, minutes];
  }
}

/** The length of the first of `phrases` at word `i`, or 0. */
function lengthAt(t: Word[], i: number, phrases: readonly (readonly string[])[]): number {
  for (const p of phrases) if (phraseAt(t, i, p)) return p.length;
  return 0;
}

/** Whether any of `phrases` starts among the words `from`..`to` (exclusive). */
function anyIn(t: Word[], from: number, to: number, phrases: readonly (readonly string[])[]): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (lengthAt(t, i, phrases)) return true;
  return false;
}

/** Whether the words around a duration (tokens `start`..`end`, its qualifier included; `at` is
 * where its number starts) make it the incident's length. */
function statesLength(t: Word[], start: number, at: number, end: number): boolean {
  const sentenceStart = clauseStart(t, start, true);
  const clause = clauseStart(t, start, false);
  if (anyIn(t, clause, start, NOT_IN_CLAUSE) || anyIn(t, start - 2, start, NOT_BEFORE)) return false;
  if (anyIn(t, end, Math.min(end + 2, clauseEnd(t, start, true)), NOT_AFTER)) return false;
  // "22 hours of downtime", "a nine-hour outage"
  if (t[end]?.word === 'of' && lengthAt(t, end + 1, LENGTH_NOUNS)) return true;
  if (at + 1 === end && t[at].word.includes('-') && lengthAt(t, end, LENGTH_NOUNS)) return true;
  // "lasted (for) 47 minutes", with the incident as the subject somewhere before
  let before = start;
  if (t[before - 1]?.word === 'for') before--;
  for (const verb of LASTED) {
    const verbAt = before - verb.length;
    if (verbAt >= sentenceStart && phraseAt(t, verbAt, verb) && anyIn(t, sentenceStart, verbAt, LENGTH_NOUNS))
      return true;
  }
  // "an outage of 47 minutes", "a total downtime of 22 hours"
  if (t[start - 1]?.word === 'of' && LENGTH_NOUNS.some((n) => phraseAt(t, start - 1 - n.length, n))) return true;
  // "For about 13 minutes, ... users experienced this incident": opening the sentence, with the
  // incident or its impact named later in it
  if (t[start - 1]?.word === 'for' && start - 1 === sentenceStart) {
    const sentenceEnd = clauseEnd(t, start, true);
    if (anyIn(t, end, sentenceEnd, LENGTH_NOUNS) || anyIn(t, end, sentenceEnd, STATES)) return true;
  }
  // "down for about 13 minutes": a state of the impact, in the same clause
  return t[start - 1]?.word === 'for' && anyIn(t, clause, start - 1, STATES);
}

/** The section's prose in runs that sentences do not cross: paragraphs, list items, table rows. */
function runsOf(text: string, span: Span): Span[] {
  const runs: Span[] = [];
  let current: Span | undefined;
  for (const line of linesIn(text, span)) {
    const raw = text.slice(line.start, line.end);
    if (!raw.trim() || /^\s*(?:[-*+]\s|\d+[.)]\s|\||#|>)/.test(raw) || !current) {
      if (current) runs.push(current);
      current = raw.trim() ? { ...line } : undefined;
    } else current.end = line.end;
  }
  if (current) runs.push(current);
  return runs;
}

export function readProseDurations(text: string, span: Span): ProseDuration[] {
  const found: ProseDuration[] = [];
  for (const run of runsOf(text, span)) {
    const t = wordsIn(text, run);
    for (let i = 0; i < t.length; i++) {
      let q = 0;
      let qualifier: Qualifier = 'exact';
      for (const [phrase, kind] of QUALIFIERS) {
        const n = lengthAt(t, i, [words(phrase)]);
        if (n) {
          q = n;
          qualifier = kind;
          break;
        }
      }
      const duration = readDuration(t, i + q);
      if (!duration) continue;
      let end = i + q + duration.length;
      if (t[end]?.word === 'or' && t[end + 1]?.word === 'so') {
        qualifier = 'about';
        end += 2;
      } else if (t[end]?.word === 'or' && t[end + 1]?.word === 'more') {
        qualifier = 'at-least';
        end += 2;
      }
      if (!statesLength(t, i, i + q, end)) {
        i = end - 1;
        continue;
      }
      const [minMinutes, maxMinutes] = range(duration.minutes, duration.granularity, qualifier);
      const last = clauseEnd(t, i, true) - 1;
      const phraseSpan = { start: t[i].start, end: t[end - 1].end };
      found.push({
        span: { start: t[clauseStart(t, i, true)].start, end: t[last].end + (t[last].ends === 'sentence' ? 1 : 0) },
        phraseSpan,
        text: text.slice(phraseSpan.start, phraseSpan.end),
        minutes: Math.round(duration.minutes),
        minMinutes: Math.max(0, Math.round(minMinutes)),
        maxMinutes: maxMinutes === Infinity ? Infinity : Math.round(maxMinutes),
      });
      // One length per sentence: the first that says it.
      i = last;
    }
  }
  return found;
}
