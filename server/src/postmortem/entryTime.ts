// The time that starts a timeline entry, in the ways people write it (FORMAT.md sections 4 and 8):
// `16:57`, `~16:50:`, `ca. 9:05`, `4:57 PM`, `0955 UTC`, `15.26`, `**15:11**`, `2019-02-06 16:57 -`,
// `??:??`. Prose that merely starts with a number (`2 approvers`, `1449 tickets`) is not a time.
import type { DateReading } from './dateReading';
import { entryDateAt, trailingDateAt } from './entryDate';
import type { TimeOfDay } from './model';
import { resolveZone } from './zones';

export interface EntryTimeMatch {
  /** Length of the whole matched prefix: leading emphasis, ~/ca., date, time, zone, separator and following spaces. */
  length: number;
  /** Offsets, within the input string, of the time as written including a ~/ca. prefix and a leading date (not emphasis markers). */
  timeStart: number;
  timeEnd: number;
  approximate: boolean;
  /** YYYY-MM-DD when a date precedes the time on the line. */
  date: string | null;
  /** The date before the time as read, when there is one: dating settles a missing year or the order of its numbers. */
  day?: DateReading;
  /** Where that date is written, offsets in the input string. */
  dayAt?: { start: number; end: number };
  /** Why that date is no day, when it is none. */
  unreadableDate?: string;
  /** null for an unknown time (??:??) or an unreadable one (25:61). */
  time: TimeOfDay | null;
  unknown: boolean;
  unreadable: boolean;
  /** Zone text written right after the time, e.g. 'UTC', 'PDT', or null. */
  zone: string | null;
}

const EMPHASIS = /^(?:\*\*|__|\*|_)/;
const APPROXIMATE = /^(?:\\?~\s?|≈\s?|(?:ca\.?|c\.|circa|approx\.?|approximately|around|about)\s+)/i;
const MERIDIEM = String.raw`\s?([ap])\.?m\b\.?`;
const CLOCK = new RegExp(String.raw`^(\d{1,2})([:.])(\d{2})(?::(\d{2}))?(?:${MERIDIEM})?`, 'i');
const HOUR_MERIDIEM = new RegExp(String.raw`^(\d{1,2})${MERIDIEM}`, 'i');
const FOUR_DIGITS = /^(\d{2})(\d{2})(?!\d)(\s?(?:hrs|hr|h)\b)?/i;
const UNKNOWN = /^(?:\?{1,2}[:.]\?{1,2}|--:--)/;
// `12:26-12:??`: the end of a range is read past, the entry keeps its start.
const RANGE_END = /^\s?[-–—]\s?(?:\d{1,2}[:.](?:\d{2}|\?\?)(?:\s?[ap]\.?m\b\.?)?|\?\?[:.]\?\?)/i;
const ZONE =
  /^(\s*)(\(\s*)?((?:UTC|GMT)(?:\s?[+\-−]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5}(?:\/[A-Z]{2,5})?(?:\s*\(\s*(?:UTC|GMT)?[+\-−]\d{1,2}(?::?\d{2})?\s*\))?|[A-Z][a-z]+\/[A-Za-z_]+)(\s*\))?(?![\w/])/i;
const ISO_OFFSET = /^(?:Z|[+\-−]\d{2}:?\d{2})(?![\w:])/;
const ATTACHED_Z = /^Z(?![\w:])/;
const SEPARATOR = /^\s*(?:--?|[:–—|,])(?![:\d])/;
const TERMINATOR = /^(?:$|[\s:\-–—*_|,])/;

interface Clock {
  length: number;
  time: TimeOfDay | null;
  unknown: boolean;
  /** The shape is a time but the numbers cannot be. */
  outOfRange: boolean;
  fourDigits: boolean;
}

function checked(hour: number, minute: number, second: number, meridiem: string | undefined): TimeOfDay | null {
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  return hour > 23 || minute > 59 || second > 59 ? null : { hour, minute, second };
}

function readClock(s: string): Clock | null {
  let m = UNKNOWN.exec(s);
  if (m) return { length: m[0].length, time: null, unknown: true, outOfRange: false, fourDigits: false };
  m = CLOCK.exec(s);
  if (m) {
    // `1.12.13` or `3.2.1` are versions: a dot time stands alone.
    if (m[2] === '.' && (m[4] !== undefined || /^\.\d/.test(s.slice(m[0].length)))) return null;
    const time = checked(+m[1], +m[3], m[4] ? +m[4] : 0, m[5]);
    // A dot form out of range (`3.75`) is a number, a colon form out of range (`25:61`) a broken time.
    if (!time && m[2] === '.') return null;
    return { length: m[0].length, time, unknown: false, outOfRange: !time, fourDigits: false };
  }
  m = HOUR_MERIDIEM.exec(s);
  if (m) {
    const time = checked(+m[1], 0, 0, m[2]);
    return time && { length: m[0].length, time, unknown: false, outOfRange: false, fourDigits: false };
  }
  m = FOUR_DIGITS.exec(s);
  if (m) {
    const time = checked(+m[1], +m[2], 0, undefined);
    return { length: m[0].length, time, unknown: false, outOfRange: !time, fourDigits: !m[3] };
  }
  return null;
}

/** A zone written at `at` (`UTC`, ` (UTC)`, `PDT`, `Z`, an ISO offset after a `T` date) and where it ends. */
function zoneAt(line: string, at: number, isoForm: boolean): { zone: string; end: number } | null {
  const iso = (isoForm ? ISO_OFFSET : ATTACHED_Z).exec(line.slice(at));
  if (iso) return { zone: iso[0], end: at + iso[0].length };
  const m = ZONE.exec(line.slice(at));
  if (!m || !!m[2] !== !!m[4] || !isZoneCase(m[3]) || !resolveZone(m[3])) return null;
  return { zone: m[3], end: at + m[0].length };
}

function approximateAt(line: string, at: number): number {
  return APPROXIMATE.exec(line.slice(at))?.[0].length ?? 0;
}

export function matchEntryTime(line: string): EntryTimeMatch | null {
  let at = /^\s*/.exec(line)?.[0].length ?? 0;
  let opener = EMPHASIS.exec(line.slice(at))?.[0] ?? '';
  at += opener.length;
  const timeStart = at;
  let approximation = approximateAt(line, at);
  at += approximation;
  // The date before the time, in any form dates are written (entryDate.ts).
  const lead = entryDateAt(line, at);
  const leadAt = at;
  if (lead) {
    at += lead.length;
    // `Dec 16th **12:43**`: the emphasis opens after the date.
    if (!opener) {
      opener = EMPHASIS.exec(line.slice(at))?.[0] ?? '';
      at += opener.length;
    }
    const after = approximateAt(line, at);
    approximation += after;
    at += after;
  }
  const isoForm = lead?.isoForm ?? false;
  const clock = readClock(line.slice(at));
  if (!clock) return null;
  at += clock.length;
  const timeEnd = at;
  const range = clock.fourDigits ? null : RANGE_END.exec(line.slice(at));
  if (range) at += range[0].length;

  // The zone may sit inside the emphasis (`**16:57 UTC**`) or after it (`**16:57** UTC`).
  let zone = zoneAt(line, at, isoForm);
  if (zone) at = zone.end;
  else if (!TERMINATOR.test(line.slice(at))) return null;
  let closed = !opener;
  if (!closed && line.startsWith(opener, at)) {
    at += opener.length;
    closed = true;
    zone ??= zoneAt(line, at, isoForm);
    if (zone) at = Math.max(at, zone.end);
  }
  // `12:45 PM PST Saturday Oct 30th: ...`: the day written after the time, before the separator.
  const trailing = lead ? null : trailingDateAt(line, at);
  if (trailing) at += trailing.length;
  const day = lead?.reading ?? trailing?.reading;
  const date = day?.kind === 'date' ? day.date : null;
  const badDate = day?.kind === 'impossible';
  const separator = SEPARATOR.exec(line.slice(at));
  if (separator) at += separator[0].length;
  if (!closed && line.startsWith(opener, at)) at += opener.length;
  // Four bare digits are a time only when something says so: `0955 UTC`, `1915 -`, `1915h`.
  if (clock.fourDigits && !zone && !separator) return null;
  // `2400 UTC` and `9999 UTC` say they are times and cannot be: reported like `25:61`.
  if (clock.fourDigits && clock.outOfRange && !zone) return null;
  at += /^\s*/.exec(line.slice(at))?.[0].length ?? 0;

  const unreadable = clock.outOfRange || (badDate && !clock.unknown);
  const dayAt = lead
    ? { start: leadAt, end: leadAt + lead.dateLength }
    : trailing
      ? { start: trailing.dateStart, end: trailing.dateStart + trailing.dateLength }
      : undefined;
  const unreadableDate = day?.kind === 'impossible' && !clock.unknown ? day.reason : undefined;
  return {
    length: at,
    timeStart,
    timeEnd,
    approximate: approximation > 0,
    date,
    time: unreadable ? null : clock.time,
    unknown: clock.unknown,
    unreadable,
    zone: zone?.zone ?? null,
    // Only a line that writes a date carries these: most lines are a bare time.
    ...(day && { day }),
    ...(dayAt && { dayAt }),
    ...(unreadableDate !== undefined && { unreadableDate }),
  };
}

// `16:57 PR merged` must not read `PR` as a zone, so abbreviations count only in capitals; `utc` is
// unambiguous in any case.
function isZoneCase(text: string): boolean {
  return /^(?:utc|gmt)/i.test(text) || text.includes('/') || text === text.toUpperCase();
}
