// Calendar dates: ISO dates on titles and entries, days added, and a text that is only a date
// (`2019-02-23 (Saturday)`, `Friday 15th February`, `24/07/25`). How dates in words and numbers
// are read is dateReading.ts; the day markers of a timeline, with their zones, dayMarkers.ts.
import { DateTime } from 'luxon';
import type { DateContext, DateReading, FoundDate } from './dateReading';
import { dateAt, LAST_YEAR } from './dateReading';
import { WEEKDAY_WORDS } from './dateWords';

// A date glued to a letter, a number or a time (`2019-02-06T`, `2019-02-061`, `2019-02-06:10`) is
// something else; `2019-02-06: Outage` is a date.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?![\w-]|:\d)/;

export function isValidIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return !!m && DateTime.fromObject({ year: +m[1], month: +m[2], day: +m[3] }, { zone: 'UTC' }).isValid;
}

export function leadingIsoDate(text: string): { date: string; length: number } | null {
  const m = ISO_DATE.exec(text);
  if (!m || !isValidIsoDate(m[0])) return null;
  const spaces = /^\s*/.exec(text.slice(m[0].length))?.[0].length ?? 0;
  return { date: m[0], length: m[0].length + spaces };
}

/** The day `days` after `date`, or null past 9999-12-31 (or before year 1), which no ISO date writes without a sign. */
export function addDays(date: string, days: number): string | null {
  const next = DateTime.fromISO(date, { zone: 'UTC' }).plus({ days });
  if (!next.isValid || next.year < 1 || next.year > LAST_YEAR) return null;
  return next.toISODate();
}

const WEEKDAY_ONLY = new RegExp(String.raw`^(?:${WEEKDAY_WORDS.flat().join('|')})\.?$`, 'i');

/** What may close a text that is only a date: emphasis, a colon or a full stop. */
export function bareDateText(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .replace(/[:.]\s*$/, '')
    .trim();
}

/**
 * A text that is only a date, read whole: whatever follows the date may only name the day
 * (`(Saturday)`, `- Friday`, `, Tuesday`). `rest` is what followed it, for readers that allow more.
 */
export function wholeDate(text: string, context: DateContext = {}): (FoundDate & { rest: string }) | null {
  const found = dateAt(text, 0, context);
  if (!found) return null;
  const rest = text
    .slice(found.length)
    .replace(/^[\s,(–—-]*/, '')
    .replace(/[)\s]*$/, '');
  return { ...found, rest };
}

/** The ISO date a text that is only a date names, or null (none, no year known, impossible or ambiguous). */
export function parseDayMarker(text: string, contextYear: number | null): string | null {
  const found = wholeDate(bareDateText(text), { year: contextYear });
  if (!found || (found.rest !== '' && !WEEKDAY_ONLY.test(found.rest))) return null;
  return dayOf(found.reading);
}

/** The day a reading names, when it names exactly one. */
export function dayOf(reading: DateReading): string | null {
  return reading.kind === 'date' ? reading.date : null;
}
