// Calendar dates: ISO dates on titles and entries, and the day markers people write inside
// timelines (`### 2019-02-07`, `2019-02-23 (Saturday)`, `### Friday 15th February`, `24/07/25`).
import { DateTime } from 'luxon';

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

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? date;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`;
// The whole month name or its first three letters: `Feb`, `Sept.`, `February`, not `Mayday`.
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;
const LEAD = String.raw`^(?:${WEEKDAY},?\s+)?(?:the\s+)?`;
const DAY_MONTH = new RegExp(String.raw`${LEAD}${DAY}\s+(?:of\s+)?${MONTH},?(?:\s+${YEAR})?$`, 'i');
const MONTH_DAY = new RegExp(String.raw`${LEAD}${MONTH}\s+(?:the\s+)?${DAY}(?:,?\s+${YEAR})?$`, 'i');
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
const WEEKDAY_ONLY = new RegExp(String.raw`^${WEEKDAY}$`, 'i');

function iso(year: number, month: number, day: number): string | null {
  const d = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  return d.isValid ? d.toISODate() : null;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

// `24/07/25` reads one way only because 24 cannot be a month; `05/07/25` could be May or July, so
// it is not guessed at.
function slashed(a: number, b: number, year: number): string | null {
  if (a > 12 && b <= 12) return iso(year, b, a);
  if (b > 12 && a <= 12) return iso(year, a, b);
  return null;
}

export function parseDayMarker(text: string, contextYear: number | null): string | null {
  const t = text
    .replace(/[*_`]/g, '')
    .replace(/[:.]\s*$/, '')
    .trim();
  const leading = leadingIsoDate(t);
  if (leading) {
    // Whatever follows the date may only name the day: `(Saturday)`, `- Friday`, `, Tuesday`.
    const rest = t
      .slice(leading.length)
      .replace(/^[\s,(–—-]*/, '')
      .replace(/[)\s]*$/, '');
    return rest === '' || WEEKDAY_ONLY.test(rest) ? leading.date : null;
  }
  const s = SLASHED.exec(t);
  if (s) return slashed(+s[1], +s[2], s[3].length === 2 ? 2000 + +s[3] : +s[3]);
  const dm = DAY_MONTH.exec(t);
  const md = dm ? null : MONTH_DAY.exec(t);
  const day = dm ? +dm[1] : md ? +md[2] : 0;
  const month = dm ? monthNumber(dm[2]) : md ? monthNumber(md[1]) : 0;
  const written = dm?.[3] ?? md?.[3];
  const year = written ? +written : contextYear;
  return day && month && year ? iso(year, month, day) : null;
}

/** A date written at the start of a text, as its parts: `year` is null when it is left out (`Dec 16th`, `03-26`). */
export interface WrittenDate {
  year: number | null;
  month: number;
  day: number;
  /** The date's length in the text, without what follows it. */
  length: number;
}

// The forms a date takes before (or after) a time in an entry, each ending where the date does:
// `Feb 04, 2021`, `Sunday, March 31st, 2024`, `Dec 16th`, `5 February 2019`, `02-13-2025`, `03-26`.
const END = String.raw`(?![\w/-]|:\d)`;
const LEADING_MONTH_DAY = new RegExp(String.raw`${LEAD}${MONTH}\s+(?:the\s+)?${DAY}(?:,?\s+${YEAR})?${END}`, 'i');
const LEADING_DAY_MONTH = new RegExp(String.raw`${LEAD}${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?${END}`, 'i');
const LEADING_NUMERIC = /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\w/-]|:\d)/;

/**
 * The date a text starts with, in words or numbers, or null. Numbers are read one way only:
 * `02-13-2025` and `13/02/2025` because 13 cannot be a month; `03-26`, a month and a day as in
 * ISO's `--03-26`; `05/07/25`, which could be May or July, is not a date here.
 */
export function leadingDate(text: string): WrittenDate | null {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const n = LEADING_NUMERIC.exec(text);
    if (n) return numericDate(+n[1], +n[3], n[2], n[4], n[0].length);
  }
  const md = LEADING_MONTH_DAY.exec(text);
  if (md) return { year: md[3] ? +md[3] : null, month: monthNumber(md[1]), day: +md[2], length: md[0].length };
  const dm = LEADING_DAY_MONTH.exec(text);
  if (dm) return { year: dm[3] ? +dm[3] : null, month: monthNumber(dm[2]), day: +dm[1], length: dm[0].length };
  return null;
}

function numericDate(a: number, b: number, sep: string, year: string | undefined, length: number): WrittenDate | null {
  const y = year === undefined ? null : year.length === 2 ? 2000 + +year : +year;
  // Without a year only `MM-DD` is written (a slash pair is a fraction or a ratio as often as a date).
  if (y === null && sep === '/') return null;
  if (y === null)
    return a <= 12 || b > 12 ? { year: y, month: a, day: b, length } : { year: y, month: b, day: a, length };
  if (a > 12 && b <= 12) return { year: y, month: b, day: a, length };
  if (b > 12 && a <= 12) return { year: y, month: a, day: b, length };
  return null;
}

/** `YYYY-MM-DD` for a written date in `year` (its own, else the one given), or null when it is no day of that year. */
export function writtenDateIso(date: WrittenDate, year: number | null): string | null {
  const y = date.year ?? year;
  return y === null ? null : iso(y, date.month, date.day);
}
