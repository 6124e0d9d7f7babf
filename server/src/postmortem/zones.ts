// Timezones: declarations in a timeline, resolved to zones luxon understands. Abbreviations map to
// the IANA zone they name, never to a fixed offset, so `PST` written about a July incident still
// follows Pacific time as the writer meant; an offset written beside one wins (`ACDT (+10:30)`).
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import type { TimeOfDay } from './model';

// Intl can name zones but cannot parse abbreviations, so this table is the one place they live.
const ABBREVIATIONS: Record<string, string> = {
  UTC: 'UTC',
  GMT: 'UTC',
  Z: 'UTC',
  ZULU: 'UTC',
  UCT: 'UTC',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  PT: 'America/Los_Angeles',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  MT: 'America/Denver',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  CT: 'America/Chicago',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  ET: 'America/New_York',
  AKST: 'America/Anchorage',
  AKDT: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  BRT: 'America/Sao_Paulo',
  ART: 'America/Argentina/Buenos_Aires',
  BST: 'Europe/London',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  EET: 'Europe/Athens',
  EEST: 'Europe/Athens',
  MSK: 'Europe/Moscow',
  IST: 'Asia/Kolkata',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  ACST: 'Australia/Adelaide',
  ACDT: 'Australia/Adelaide',
  AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
};

const SIGNED_OFFSET = String.raw`[+\-−]\s*\d{1,2}(?::?\d{2})?`;
const OFFSET = new RegExp(String.raw`^(?:UTC|GMT)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$`, 'i');
const WITH_OFFSET = new RegExp(String.raw`^[A-Za-z/]+\s*\(\s*((?:UTC|GMT)?\s*${SIGNED_OFFSET})\s*\)$`, 'i');

/** No place on Earth is further from UTC than this (Kiribati, UTC+14). */
const MAX_OFFSET_HOURS = 14;

function fixedOffset(sign: string, hours: string, minutes: string | undefined): string | null {
  const h = Number(hours);
  const m = Number(minutes ?? 0);
  if (h > MAX_OFFSET_HOURS || m > 59) return null;
  if (h === 0 && m === 0) return 'UTC';
  const s = sign === '+' ? '+' : '-';
  return m ? `UTC${s}${h}:${String(m).padStart(2, '0')}` : `UTC${s}${h}`;
}

function ianaName(text: string): string | null {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(text) || !IANAZone.isValidZone(text)) return null;
  // Intl's spelling makes `europe/london` and `Europe/London` equal; its choice between aliases
  // (`Asia/Calcutta` for `Asia/Kolkata`) is not the writer's, so only the case is taken from it.
  const canonical = new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
  return canonical.toLowerCase() === text.toLowerCase() ? canonical : text;
}

export function resolveZone(label: string): string | null {
  const text = label
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  if (!text) return null;
  const withOffset = WITH_OFFSET.exec(text);
  if (withOffset) return resolveZone(withOffset[1]);
  const offset = OFFSET.exec(text);
  if (offset) return fixedOffset(offset[1], offset[2], offset[3]);
  const abbreviation = ABBREVIATIONS[text.toUpperCase()];
  if (abbreviation) return abbreviation;
  // `PST/PDT`: a pair naming one zone's standard and daylight time.
  const pair = /^([A-Za-z]{1,5})\s*\/\s*([A-Za-z]{1,5})$/.exec(text);
  if (pair) {
    const first = ABBREVIATIONS[pair[1].toUpperCase()];
    // Not a pair of abbreviations (`Asia/Tokyo` has the same shape): then maybe an IANA name.
    if (first && first === ABBREVIATIONS[pair[2].toUpperCase()]) return first;
  }
  return ianaName(text);
}

// A zone as written: an IANA name, an abbreviation or a pair (`PST/PDT`), optionally followed by
// an offset in parentheses, or an offset (`UTC+9:30`).
const ZONE_TOKEN = String.raw`(?:[A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?|(?:UTC|GMT)\s*${SIGNED_OFFSET}|[A-Za-z]{1,5}(?:\/[A-Za-z]{2,5})?(?:\s*\(\s*(?:UTC|GMT)?\s*${SIGNED_OFFSET}\s*\))?)`;
const TIMES = String.raw`(?:all\s+)?(?:times|timestamps|dates\s+and\s+times)(?:\s+(?:listed|shown|given|below|above|here))?`;
const DECLARATIONS = [
  // `All times UTC`, `All times are in PST`, `times are ACDT (+10:30)`, `All timestamps are given in UTC`.
  String.raw`\b${TIMES}\s+(?:(?:are|were)\s+)?(?:(?:given|shown|listed|written|expressed|recorded)\s+)?(?:in\s+)?(?:the\s+)?`,
  // `Times: Europe/London`, `Timezone: UTC+2`, `Time zone is CET`, `TZ: UTC`.
  String.raw`\b(?:times?|time\s*zone|tz)\s*(?:is\s+|:\s*)`,
  // `Time (UTC)` as a table header or `Timeline (UTC)` as a heading.
  String.raw`\b(?:timeline|times?|timestamps?)\s*\(\s*(?=[^)]+\))`,
];
const DECLARATION = new RegExp(String.raw`(?:${DECLARATIONS.join('|')})(${ZONE_TOKEN})(?![\w/+\-−])`, 'gi');
const BARE = new RegExp(String.raw`^\s*\(\s*(${ZONE_TOKEN})\s*\)\s*\.?\s*$`, 'i');

export interface ZoneMatch {
  zone: string;
  label: string;
  index: number;
  length: number;
}

export function findTimezoneDeclaration(text: string): ZoneMatch | null {
  // Prose such as `response times are high` reads like a declaration until its zone fails to resolve.
  for (const m of [...text.matchAll(DECLARATION), BARE.exec(text)]) {
    if (!m) continue;
    const zone = resolveZone(m[1]);
    if (!zone) continue;
    return { zone, label: m[1], index: m.index + m[0].lastIndexOf(m[1]), length: m[1].length };
  }
  return null;
}

export type Instant = { readonly epochMs: number; readonly offsetMinutes: number } | null;

/**
 * Instants remembered by zone, day and second, with no key string built per lookup: luxon takes
 * microseconds per conversion, and a 10,000-entry timeline asks the same ones on every
 * keystroke. Each document has its own, in its reading memory (memory.ts).
 */
export class InstantCache {
  private readonly byZone = new Map<string, Map<string, Map<number, Instant>>>();
  private size = 0;

  instant(date: string, time: TimeOfDay, zone: string): Instant {
    const second = time.hour * 3600 + time.minute * 60 + time.second;
    const known = this.byZone.get(zone)?.get(date)?.get(second);
    if (known !== undefined) return known;
    if (this.size >= MAX_INSTANTS) {
      this.byZone.clear();
      this.size = 0;
    }
    let byDate = this.byZone.get(zone);
    if (!byDate) this.byZone.set(zone, (byDate = new Map()));
    let bySecond = byDate.get(date);
    if (!bySecond) byDate.set(date, (bySecond = new Map()));
    const instant = toInstant(date, time, zone);
    bySecond.set(second, instant);
    this.size++;
    return instant;
  }
}

/** Bounded so a pasted log cannot grow it without end: ten times the entries of a long timeline. */
const MAX_INSTANTS = 100_000;

/** The instant of a wall-clock time on a day in a zone, or null when the date or zone is not one. */
export function toInstant(date: string, time: TimeOfDay, zone: string): Instant {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  // A wall time that does not exist (a spring-forward gap) is moved forward by the gap, as luxon
  // does: 02:30 in Los Angeles on 2019-03-10 is 03:30 PDT. One that happens twice (an autumn
  // overlap) gets the offset luxon settles on, which is the later, standard-time instant.
  const dt = DateTime.fromObject(
    { year: +m[1], month: +m[2], day: +m[3], hour: time.hour, minute: time.minute, second: time.second },
    { zone },
  );
  if (!dt.isValid) return null;
  return { epochMs: dt.toMillis(), offsetMinutes: dt.offset };
}

export function formatIso(epochMs: number, offsetMinutes: number): string {
  return DateTime.fromMillis(epochMs, { zone: FixedOffsetZone.instance(offsetMinutes) }).toFormat(
    "yyyy-MM-dd'T'HH:mm:ssZZ",
  );
}
