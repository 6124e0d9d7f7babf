// Timezone declarations in prose, headings and table headers: `All times UTC.`, `All times are
// in Eastern Time (UTC-4)`, `_(All times US/Pacific, 24-hour clock.)_`, `All events are documented
// in [UTC](...) time`, `Timezone: Europe/London`, `## Timeline (CET)`, `| Time (PST) |`,
// `Date and Time in CET`. A declaration's sentence may name the timeline's day too ("Unless
// otherwise noted, all times are UTC on 2019-10-21").
//
// Linear in the text: each place a declaration may start is read within a window of a few words
// from it, never searched to the end of the text from every start (`'time(' * N` would otherwise
// take a time growing with N squared).
import type { DateContext, FoundDate } from './dateReading';
import { findDates } from './dateReading';
import { DEFAULT_DAY_PHRASES } from './dateWords';
import { plainText, sourceSpan } from './plainText';
import type { ZoneReading } from './zoneNames';
import { readZone } from './zoneNames';
import { DECLARATION_FILLERS, DECLARATION_NOUNS, ZONE_KEYS, ZONE_NAMES } from './zoneWords';
import { escapeRegExp } from './text';

export interface ZoneMatch {
  zone: string;
  /** The zone as written (`PST`, `Eastern Time (UTC-4)`), markup left out. */
  label: string;
  /** Where the label is in the text searched, and its length there (markup included). */
  index: number;
  length: number;
  /** The region a fixed-offset label stands for (`EDT`: America/New_York), for the season check. */
  region?: string;
}

export interface DeclaredDay {
  found: FoundDate;
  /** Source offsets of the date. */
  index: number;
  length: number;
  /** "Unless otherwise noted": a date on an entry is for that entry alone. */
  isDefault: boolean;
}

const words = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');

/** A declaration read from here is this many characters at most: a few words and a zone. */
const WINDOW = 160;
/** Fillers read between a declaration's noun and its zone. */
const MAX_FILLERS = 6;

// Where a declaration may start: its noun (`all times`, `events`), a key (`Timezone`), or a name
// with the zone in brackets (`Timeline (CET)`).
const START = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:all\s+)?(?:${words([...DECLARATION_NOUNS, ...ZONE_KEYS, 'timeline'])})(?![\p{L}\p{N}])`,
  'giu',
);
const NOUN = new RegExp(
  String.raw`(?:all\s+)?(?:${words(DECLARATION_NOUNS)})(?:\s+(?:${words(DECLARATION_FILLERS)})(?![\p{L}\p{N}])){0,${MAX_FILLERS}}\s+`,
  'iuy',
);
// `Timezone: UTC`, `TZ = CET`, `Time zone is PST`, a table row `| Timezone | UTC |`.
const KEY = new RegExp(String.raw`(?:${words(ZONE_KEYS)})\s*(?::|=|\||\s+is\s+|\s+[-–—]\s+)\s*`, 'iy');
const BRACKETED = new RegExp(String.raw`(?:${words(['timeline', ...DECLARATION_NOUNS])})\s*[([]\s*`, 'iy');

const IANA = /[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+/y;
const OFFSET = /(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?(?![\d:])/iy;
const NAME = new RegExp(String.raw`(?:${words(Object.keys(ZONE_NAMES))})(?![\p{L}])`, 'iuy');
const ABBREVIATION = /[A-Za-z]{1,5}(?:\s*\/\s*[A-Za-z]{1,5})?(?![A-Za-z/\d])/y;
const NOTE = /\s*\(\s*([^()\n]{1,40}?)\s*\)/y;
const CLOSER = /\s*[)\]]/y;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** `PR`, `AM` or `ok` are words, not zones: abbreviations count in capitals (UTC in any case). */
function isZoneCase(text: string): boolean {
  return /^(?:utc|gmt|z)$/i.test(text) || text.includes('/') || text === text.toUpperCase();
}

/** The zone written at `at`: its reading and how long it is, a note in brackets included. */
function zoneAt(text: string, at: number): { reading: ZoneReading; length: number } | null {
  let token: string | null = null;
  const iana = sticky(IANA, text, at);
  if (iana && readZone(iana[0])) token = iana[0];
  const offset = token ? null : sticky(OFFSET, text, at);
  if (offset) token = offset[0];
  const name = token ? null : sticky(NAME, text, at);
  // A name of one word (`Pacific`) is a zone only capitalised and standing alone, or before `time`.
  if (
    name &&
    (/\s/.test(name[0]) || (/^[A-Z]/.test(name[0]) && !/^\s+(?!time\b)[a-z]/i.test(text.slice(at + name[0].length))))
  )
    token = name[0];
  const abbreviation = token ? null : sticky(ABBREVIATION, text, at);
  if (abbreviation && isZoneCase(abbreviation[0].replace(/\s/g, ''))) token = abbreviation[0];
  if (!token) return null;
  const note = sticky(NOTE, text, at + token.length);
  if (note) {
    const both = readZone(`${token} (${note[1]})`);
    if (both) return { reading: both, length: token.length + note[0].length };
  }
  const reading = readZone(token);
  return reading ? { reading, length: token.length } : null;
}

/** A declaration starting at `at` (a noun, key or bracketed name), read within its window. */
function declarationAt(text: string, at: number): { zoneAt: number; reading: ZoneReading; length: number } | null {
  const window = text.slice(at, at + WINDOW);
  for (const lead of [NOUN, KEY, BRACKETED]) {
    const m = sticky(lead, window, 0);
    if (!m) continue;
    const zone = zoneAt(window, m[0].length);
    if (!zone) continue;
    // `Time (UTC)`: a bracket opened before the zone closes after it.
    if (lead === BRACKETED && !sticky(CLOSER, window, m[0].length + zone.length)) continue;
    return { zoneAt: at + m[0].length, reading: zone.reading, length: zone.length };
  }
  return null;
}

export interface Declaration extends ZoneMatch {
  /** The day the declaration's sentence names, if it names one. */
  day?: DeclaredDay;
}

/**
 * The first timezone declaration in a text (prose, a heading, a table's header row), with the
 * day its sentence names when `context` is given. Prose that reads like one (`response times are
 * high`) is passed over once its zone fails to resolve.
 */
export function findTimezoneDeclaration(source: string, context?: DateContext): Declaration | null {
  const plain = plainText(source);
  const text = plain.text;
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const found = declarationAt(text, m.index);
    if (!found) continue;
    return match(plain, found.zoneAt, found.length, found.reading, context);
  }
  // A heading or cell that is only the zone in brackets: `(UTC)`.
  const bare = /^\s*\(\s*/.exec(text);
  if (bare && text.length <= WINDOW) {
    const zone = zoneAt(text, bare[0].length);
    if (zone && /^\s*\)\s*\.?\s*$/.test(text.slice(bare[0].length + zone.length)))
      return match(plain, bare[0].length, zone.length, zone.reading, context);
  }
  return null;
}

function match(
  plain: ReturnType<typeof plainText>,
  at: number,
  length: number,
  reading: ZoneReading,
  context: DateContext | undefined,
): Declaration {
  const span = sourceSpan(plain, at, length);
  const declaration: Declaration = {
    zone: reading.zone,
    label: plain.text.slice(at, at + length),
    index: span.start,
    length: span.end - span.start,
  };
  if (reading.region) declaration.region = reading.region;
  const day = context ? declaredDay(plain, at, context) : undefined;
  if (day) declaration.day = day;
  return declaration;
}

/** The sentence around a declaration: up to the stops before and after it (a stop after a digit is a date's). */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  const limit = 300;
  const stop = /[.!?](?=\s|$)/g;
  let start = Math.max(0, at - limit);
  for (let i = at - 1; i >= start; i--) {
    if (/[.!?]/.test(text[i]) && /\s/.test(text[i + 1] ?? ' ') && !/\d/.test(text[i - 1] ?? '')) {
      start = i + 1;
      break;
    }
  }
  let end = Math.min(text.length, at + limit);
  stop.lastIndex = at;
  for (let m = stop.exec(text); m && m.index < end; m = stop.exec(text)) {
    if (!/\d/.test(text[m.index - 1] ?? '')) {
      end = m.index + 1;
      break;
    }
  }
  return { start, end };
}

function declaredDay(plain: ReturnType<typeof plainText>, at: number, context: DateContext): DeclaredDay | undefined {
  const { start, end } = sentenceAround(plain.text, at);
  const sentence = plain.text.slice(start, end);
  const found = findDates(sentence, context).find((f) => f.reading.kind === 'date');
  if (!found) return undefined;
  const span = sourceSpan(plain, start + found.index, found.length);
  const lower = sentence.toLowerCase().replace(/\s+/g, ' ');
  return {
    found,
    index: span.start,
    length: span.end - span.start,
    isDefault: DEFAULT_DAY_PHRASES.some((p) => lower.includes(p)),
  };
}
