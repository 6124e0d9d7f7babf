// A heading or a line that names the day the entries after it fall on: `### 2019-02-07`,
// `**Feb 4, 2021**`, `2019-02-23 (Saturday)`, `### Sunday, March 31st, 2024`, `### 03/04/2021`,
// with the zone of that day when it says one (`### 2019-02-07 (UTC)`, `### June 14th (all times
// PDT)`). A day that cannot be (`### 2024-02-30`) or cannot be told (`### 03/04/2021` in a
// document that writes no other numeric date) is still a day marker: dating says so.
import type { DateContext, DateReading, WeekdayWritten } from './dateReading';
import { dateAt, weekdayOf } from './dateReading';
import { WEEKDAY_WORDS } from './dateWords';
import { plainText, sourceSpan } from './plainText';
import type { Declaration } from './zoneDeclarations';
import { findTimezoneDeclaration } from './zoneDeclarations';
import { readZone } from './zoneNames';

export interface DayMarkerReading {
  reading: DateReading;
  /** Source offsets of the date as written, from the start of the text read. */
  index: number;
  length: number;
  /** The zone the marker gives its day, offsets from the start of the text read. */
  zone?: Declaration;
  /** A weekday written beside the date, to be checked against it. */
  weekday?: WeekdayWritten;
}

const WEEKDAY = new RegExp(String.raw`^(${WEEKDAY_WORDS.flat().join('|')})\.?(?![a-z])`, 'i');
const LEAD = /^\s*#{0,6}\s*/;
const SEPARATORS = /^[\s,;(–—-]*/;
const CLOSERS = /[)\s.:;,]*$/;

/**
 * The day `source` (a heading's or paragraph's markdown) names, or null when it is not only a
 * date. What may follow the date: the weekday, a zone, or both (`2019-02-23 (Saturday)`,
 * `- Friday`, `(UTC)`, `, all times PDT`).
 */
export function readDayMarker(source: string, context: DateContext): DayMarkerReading | null {
  const plain = plainText(source);
  const text = plain.text.replace(/\s+$/, '');
  const start = LEAD.exec(text)?.[0].length ?? 0;
  const found = dateAt(text, start, context);
  if (!found) return null;
  let rest = text.slice(found.index + found.length);
  let restAt = found.index + found.length;
  const skip = (re: RegExp) => {
    const n = re.exec(rest)?.[0].length ?? 0;
    rest = rest.slice(n);
    restAt += n;
  };
  skip(SEPARATORS);
  let weekday: WeekdayWritten | undefined = found.reading.kind === 'date' ? found.reading.weekday : undefined;
  const after = WEEKDAY.exec(rest);
  if (after) {
    weekday = {
      weekday: WEEKDAY_WORDS.findIndex((names) => names.includes(after[1].toLowerCase())) + 1,
      written: after[1],
    };
    rest = rest.slice(after[0].length);
    restAt += after[0].length;
    skip(SEPARATORS);
  }
  let zone: Declaration | undefined;
  const tail = rest.replace(CLOSERS, '');
  if (tail) {
    const declared = findTimezoneDeclaration(tail) ?? bareZone(tail);
    if (!declared) return null;
    const span = sourceSpan(plain, restAt + declared.index, declared.length);
    zone = { ...declared, index: span.start, length: span.end - span.start };
  }
  const span = sourceSpan(plain, found.index, found.length);
  const marker: DayMarkerReading = { reading: found.reading, index: span.start, length: span.end - span.start };
  if (zone) marker.zone = zone;
  if (weekday) marker.weekday = weekday;
  return marker;
}

/** `UTC` or `[UTC]` after a date: a zone alone, as written. */
function bareZone(tail: string): Declaration | null {
  const label = tail.replace(/^[[(]\s*/, '').replace(/\s*[\])]$/, '');
  if (!/^[A-Za-z]/.test(label) || (label === label.toLowerCase() && !/^utc|gmt$/i.test(label))) return null;
  const reading = readZone(label);
  if (!reading) return null;
  const index = tail.indexOf(label);
  const zone: Declaration = { zone: reading.zone, label, index, length: label.length };
  if (reading.region) zone.region = reading.region;
  return zone;
}

/** Whether the weekday written beside a day is that day's. */
export function weekdayAgrees(date: string, weekday: WeekdayWritten): boolean {
  return weekdayOf(date) === weekday.weekday;
}
