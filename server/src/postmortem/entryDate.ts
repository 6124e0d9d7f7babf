// The date that may start an entry, before its time: `2019-02-06 16:57`, `2019-02-06T16:57Z`,
// `Dec 16th 12:43`, `February 15, 2024: 7:56am`, `02-13-2025 11:00 pm`, `Feb 04, 2021, 21:45`,
// `[03-26 23:04]`.
// Read without the document around it (an entry's reading is kept across versions): a date with
// no year or numbers that read both ways is left for dating to settle (entryDates.ts).
import type { DateReading, FoundDate } from './dateReading';
import { dateAt, monthName } from './dateReading';

export interface EntryDate {
  /** The date and what separates it from the time. */
  length: number;
  /** The date alone. */
  dateLength: number;
  reading: DateReading;
  /** Followed by `T` and the time, as ISO writes a datetime (an ISO offset may then follow the time). */
  isoForm: boolean;
}

/** What stands between an entry's date and its time: `T`, a space, `, `, `: `, ` - ` or ` at `. */
const BEFORE_TIME = /^(?:T|\s+[-–—]\s+|,?\s+(?:at\s+)?|:\s+)/i;
// `03-26`: a month and a day as ISO writes them without the year (`--03-26`). Read only where an
// entry's date may be, before its time or in a table's date column: in prose `10-15` is a range.
const MONTH_DAY_NUMBERS = /^(\d{1,2})-(\d{1,2})(?![\w/-]|:\d)/;

/**
 * A date where an entry's may be, in any form dateReading.ts reads, or a month and day in numbers
 * (`03-26`, read as `26-03` when the first cannot be a month).
 */
export function entryDateOnly(text: string, at: number): FoundDate | null {
  const found = dateAt(text, at);
  if (found) return found;
  const m = MONTH_DAY_NUMBERS.exec(text.slice(at, at + 8));
  if (!m) return null;
  const [a, b] = [+m[1], +m[2]];
  const [month, day] = a <= 12 || b > 12 ? [a, b] : [b, a];
  const reading: DateReading =
    month >= 1 && month <= 12 && day >= 1 && day <= LONGEST_MONTHS[month - 1]
      ? { kind: 'no-year', month, day }
      : {
          kind: 'impossible',
          reason: month < 1 || month > 12 ? `there is no month ${month}` : `${monthName(month)} has no day ${day}`,
        };
  return { reading, index: at, length: m[0].length };
}

/** The most days each month can have (February's in a leap year). */
const LONGEST_MONTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// A five-digit year is a typo for a date, not prose: read so that it is reported.
const LONG_YEAR = /^(\d{5})-(\d{1,2})-(\d{1,2})(?=T|,?\s)/;

export function entryDateAt(line: string, at: number): EntryDate | null {
  const long = LONG_YEAR.exec(line.slice(at, at + 16));
  if (long) {
    const separator = BEFORE_TIME.exec(line.slice(at + long[0].length));
    if (!separator) return null;
    return {
      length: long[0].length + separator[0].length,
      dateLength: long[0].length,
      reading: { kind: 'impossible', reason: `the year ${long[1]} is out of range` },
      isoForm: separator[0] === 'T',
    };
  }
  const found = entryDateOnly(line, at);
  if (!found) return null;
  const separator = BEFORE_TIME.exec(line.slice(at + found.length));
  if (!separator) return null;
  return {
    length: found.length + separator[0].length,
    dateLength: found.length,
    reading: found.reading,
    isoForm: /^t$/i.test(separator[0]),
  };
}

/** What may follow a day written after an entry's time: the entry's separator, a wrapper's closer or the line's end (`10:00 May 5 deploy` is prose). */
const AFTER_TRAILING = /^\s*(?:$|--?(?:\s|$)|[:–—|,*_\]`])/;

/**
 * A day written after an entry's time and zone, before its separator: `12:45 PM PST Saturday Oct
 * 30th: First wave`. The separator must follow, or the words are the entry's text.
 */
export function trailingDateAt(
  line: string,
  at: number,
): { length: number; dateStart: number; dateLength: number; reading: DateReading } | null {
  const space = /^\s+/.exec(line.slice(at, at + 8));
  if (!space) return null;
  const found = entryDateOnly(line, at + space[0].length);
  if (!found || !AFTER_TRAILING.test(line.slice(at + space[0].length + found.length))) return null;
  return {
    length: space[0].length + found.length,
    dateStart: at + space[0].length,
    dateLength: found.length,
    reading: found.reading,
  };
}
