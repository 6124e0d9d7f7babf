// The time that starts a timeline entry, in the ways people write it (FORMAT.md sections 4 and 8):
// `16:57`, `~16:50:`, `ca. 9:05`, `4:57 PM`, `0955 UTC`, `15.26`, `**15:11**`, `2019-02-06 16:57 -`,
// `[13:26]`, `` ~`01:30` ``, `[03-26 23:04]`, `**Feb 04, 2021, 21:45 (UTC):**`, `Dec 16th **12:43**`,
// `12:45 PM PST Saturday Oct 30th:`, `??:??`, `[???]`. Prose that merely starts with a number
// (`2 approvers`, `1449 tickets`) is not a time. The line is read in three steps: what leads to the
// time (wrappers, `~`, a date, in any order), the clock (entryClock.ts), and what follows it (a
// range's end, a zone, a date, the wrappers' closers and a separator). Dates are read by
// entryDate.ts (in every form dateReading.ts knows).
import type { DateReading } from './dateReading';
import { entryDateAt, trailingDateAt } from './entryDate';
import type { TimeFault, TimeOfDay } from './model';
import type { Clock } from './entryClock';
import { readClock } from './entryClock';
import { ZONE_NAMES } from './zoneWords';
import { resolveZone } from './zones';
import { escapeRegExp } from './text';

export interface EntryTimeMatch {
  /** Length of the whole matched prefix: wrappers, ~/ca., date, time, zone, separator and following spaces. */
  length: number;
  /** Offsets, within the input string, of the time as written including a ~/ca. prefix and a leading date (not emphasis markers). */
  timeStart: number;
  timeEnd: number;
  approximate: boolean;
  /** YYYY-MM-DD when a date with its year is written with the time. */
  date: string | null;
  /** The date written with the time as read, when there is one: dating settles a missing year or the order of its numbers. */
  day?: DateReading;
  /** Where that date is written, offsets in the input string. */
  dayAt?: { start: number; end: number };
  /** Why that date is no day, when it is none. */
  unreadableDate?: string;
  /** MM-DD when the date is written without its year (`Dec 16th`, `[03-26 23:04]`): dating puts it in the year nearest the timeline's day. */
  monthDay?: string;
  /** null for an unknown time (??:??) or an unreadable one (25:61). */
  time: TimeOfDay | null;
  unknown: boolean;
  unreadable: boolean;
  /** What is wrong with the time as written; a `meridiem` fault's span is relative to the input. */
  fault?: TimeFault;
  /** Zone text written right after the time, e.g. 'UTC', 'PDT', or null. */
  zone: string | null;
}

// What wraps a time: emphasis, brackets (`[13:26]`) and backticks (`` `19:48` ``).
const OPENER = /^(?:\*\*|__|\*|_|\[|`)/;
const CLOSER: Record<string, string> = { '[': ']' };
const APPROXIMATE = /^(?:\\?~\s?|≈\s?|(?:ca\.?|c\.|circa|approx\.?|approximately|around|about)\s+)/i;
// `12:26-12:??`: the end of a range is read past, the entry keeps its start.
const RANGE_END = /^\s?[-–—]\s?(?:\d{1,2}[:.](?:\d{2}|\?\?)(?:\s?[ap]\.?m\b\.?)?|\?\?[:.]\?\?)/i;
const ZONE =
  /^(\s*)(\(\s*)?((?:UTC|GMT)(?:\s?[+\-−]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5}(?:\/[A-Z]{2,5})?(?:\s*\(\s*(?:UTC|GMT)?[+\-−]\d{1,2}(?::?\d{2})?\s*\))?|[A-Z][a-z]+\/[A-Za-z_]+)(\s*\))?(?![\w/])/i;
// A zone named in words after the time (`7:09 AM Eastern:`, `10:00 Central European Time -`),
// capitalised and ending the time's part of the line: `16:57 Central team paged` names a team.
const ZONE_NAME_WORDS = Object.keys(ZONE_NAMES)
  .sort((a, b) => b.length - a.length)
  .map((n) => escapeRegExp(n).replace(/ /g, String.raw`\s+`))
  .join('|');
// In brackets, the bracket ends it; bare, a separator or the end of the line must follow.
const ZONE_NAME = new RegExp(
  String.raw`^\s*(?:\(\s*(${ZONE_NAME_WORDS})\s*\)|(${ZONE_NAME_WORDS})(?=\s*(?:[:\-–—,|\]]|$)))`,
  'i',
);
const ISO_OFFSET = /^(?:Z|[+\-−]\d{2}:?\d{2})(?![\w:])/;
const ATTACHED_Z = /^Z(?![\w:])/;
const SEPARATOR = /^\s*(?:--?|[:–—|,])(?![:\d])/;
const TERMINATOR = /^(?:$|[\s:\-–—*_|,\]`)])/;
// `[13:26](https://...)`: a bracketed time may be a link's text; its destination is no entry text.
const LINK_DESTINATION = /^\([^)\s]*\)/;

/** A date before or after the time, as read, and where it is written. */
interface DatePart {
  start: number;
  /** Where the date alone ends. */
  dateEnd: number;
  /** Where the date and what separates it from the time end. */
  end: number;
  reading: DateReading;
  /** `2019-02-06T16:57`: an ISO offset may follow the time. */
  isoForm: boolean;
}

/** What reading a line has found so far. */
interface Reading {
  line: string;
  at: number;
  /** The closers the wrappers opened so far expect, innermost last. */
  closers: string[];
  /** Where the time as written starts: its `~`, its date or its clock, whichever is first. */
  timeStart: number;
  approximate: boolean;
  date: DatePart | undefined;
}

function leadingDateAt(line: string, at: number): DatePart | null {
  const found = entryDateAt(line, at);
  if (!found) return null;
  return {
    start: at,
    dateEnd: at + found.dateLength,
    end: at + found.length,
    reading: found.reading,
    isoForm: found.isoForm,
  };
}

/** Wrappers, an approximation and a date before the time, in whatever order they are written. */
function readLead(r: Reading): void {
  for (;;) {
    const rest = r.line.slice(r.at);
    const opener = OPENER.exec(rest)?.[0];
    if (opener) {
      r.closers.push(CLOSER[opener] ?? opener);
      r.at += opener.length;
      continue;
    }
    if (!r.approximate) {
      const approximation = APPROXIMATE.exec(rest)?.[0].length ?? 0;
      if (approximation) {
        if (r.timeStart < 0) r.timeStart = r.at;
        r.approximate = true;
        r.at += approximation;
        continue;
      }
    }
    if (!r.date) {
      const date = leadingDateAt(r.line, r.at);
      if (date) {
        if (r.timeStart < 0) r.timeStart = r.at;
        r.date = date;
        r.at = date.end;
        continue;
      }
    }
    return;
  }
}

/** A zone written at `at` (`UTC`, ` (UTC)`, `PDT`, `Z`, an ISO offset after a `T` date) and where it ends. */
function zoneAt(line: string, at: number, isoForm: boolean): { zone: string; end: number } | null {
  const iso = (isoForm ? ISO_OFFSET : ATTACHED_Z).exec(line.slice(at));
  if (iso) return { zone: iso[0], end: at + iso[0].length };
  const m = ZONE.exec(line.slice(at));
  if (m && !!m[2] === !!m[4] && isZoneCase(m[3]) && resolveZone(m[3])) return { zone: m[3], end: at + m[0].length };
  const named = ZONE_NAME.exec(line.slice(at));
  const name = named?.[1] ?? named?.[2];
  if (!named || !name || !/^[A-Z]/.test(name) || !resolveZone(name)) return null;
  return { zone: name, end: at + named[0].length };
}

/** The wrappers' closers, a zone, a date and a separator after the time, in whatever order they are written. */
function readTail(r: Reading, clock: Clock): { zone: string | null; separator: boolean } | null {
  const { line } = r;
  let zone = zoneAt(line, r.at, r.date?.isoForm ?? false);
  if (zone) r.at = zone.end;
  else if (!TERMINATOR.test(line.slice(r.at))) return null;
  let separator = false;
  let trailingTried = false;
  for (;;) {
    const closer = r.closers.at(-1);
    if (closer && line.startsWith(closer, r.at)) {
      r.at += closer.length;
      r.closers.pop();
      if (closer === ']') r.at += LINK_DESTINATION.exec(line.slice(r.at))?.[0].length ?? 0;
      continue;
    }
    if (separator) break;
    if (!zone) {
      zone = zoneAt(line, r.at, r.date?.isoForm ?? false);
      if (zone) {
        r.at = Math.max(r.at, zone.end);
        continue;
      }
    }
    if (!r.date && !trailingTried) {
      trailingTried = true;
      // `12:45 PM PST Saturday Oct 30th:`: a date after the time, when only a separator follows it.
      const found = clock.fourDigits ? null : trailingDateAt(line, r.at);
      if (found) {
        const end = found.dateStart + found.dateLength;
        r.date = { start: found.dateStart, dateEnd: end, end, reading: found.reading, isoForm: false };
        r.at = end;
        continue;
      }
    }
    const s = SEPARATOR.exec(line.slice(r.at));
    if (!s) break;
    r.at += s[0].length;
    separator = true;
  }
  return { zone: zone?.zone ?? null, separator };
}

export function matchEntryTime(line: string): EntryTimeMatch | null {
  const r: Reading = {
    line,
    at: /^\s*/.exec(line)?.[0].length ?? 0,
    closers: [],
    timeStart: -1,
    approximate: false,
    date: undefined,
  };
  readLead(r);
  const wrapped = r.closers.some((c) => c === ']' || c === '`');
  const clockAt = r.at;
  const clock = readClock(line.slice(clockAt), wrapped);
  if (!clock) return null;
  const timeStart = r.timeStart < 0 ? clockAt : r.timeStart;
  r.at += clock.length;
  const timeEnd = r.at;
  const range = clock.fourDigits ? null : RANGE_END.exec(line.slice(r.at));
  if (range) r.at += range[0].length;
  const tail = readTail(r, clock);
  if (!tail) return null;
  // Four bare digits are a time only when something says so: `0955 UTC`, `1915 -`, `1915h`; a
  // hyphen joined to what follows is a date's or a code's (`2023-MM-DD`, `2023-Q1`), no separator.
  if (clock.fourDigits && !tail.zone && !tail.separator) return null;
  if (clock.fourDigits && !tail.zone && /^-\S/.test(line.slice(timeEnd))) return null;
  // `2400 UTC` says it is a time and cannot be one; `2400 -` may be a count.
  if (clock.fourDigits && clock.time === null && !tail.zone) return null;
  r.at += /^\s*/.exec(line.slice(r.at))?.[0].length ?? 0;

  const day = r.date?.reading;
  const badDate = day?.kind === 'impossible' && !clock.unknown;
  const unreadable = badDate || (clock.time === null && !clock.unknown);
  const fault: TimeFault | undefined = badDate ? { kind: 'date' } : shifted(clock.fault, clockAt);
  return {
    length: r.at,
    timeStart,
    timeEnd,
    approximate: r.approximate,
    date: day?.kind === 'date' ? day.date : null,
    // Only a line that writes a date carries these: most lines are a bare time.
    ...(day && { day }),
    ...(r.date && { dayAt: { start: r.date.start, end: r.date.dateEnd } }),
    ...(badDate && { unreadableDate: day.reason }),
    ...(day?.kind === 'no-year' && { monthDay: `${pad(day.month)}-${pad(day.day)}` }),
    time: unreadable ? null : clock.time,
    unknown: clock.unknown,
    unreadable,
    ...(fault ? { fault } : {}),
    zone: tail.zone,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A clock's fault, its span moved from the clock's offsets to the line's. */
function shifted(fault: TimeFault | undefined, by: number): TimeFault | undefined {
  if (fault?.kind !== 'meridiem') return fault;
  return { ...fault, span: { start: fault.span.start + by, end: fault.span.end + by } };
}

// `16:57 PR merged` must not read `PR` as a zone, so abbreviations count only in capitals; `utc` is
// unambiguous in any case.
function isZoneCase(text: string): boolean {
  return /^(?:utc|gmt)/i.test(text) || text.includes('/') || text === text.toUpperCase();
}
