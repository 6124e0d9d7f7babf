// Dates as people write them: ISO (`2019-02-06`), in words (`Feb 4, 2021`, `May 30th, 2019`,
// `5 February 2019`, `Sunday, March 31st, 2024`, `Dec 16th`), numbers with the day or the month
// first (`28/11/2024`, `5-26-21`) and HTML `<time datetime>` tags. Luxon says whether the day
// exists and which weekday it was; finding a date in text and reading its words is what luxon
// cannot do (it parses a format it is given, it cannot guess one), so that is done here, from
// the words in dateWords.ts.
import { DateTime } from 'luxon';
import { MONTH_WORDS, ORDINAL_SUFFIXES, ORDINAL_WORDS, WEEKDAY_WORDS } from './dateWords';
import { escapeRegExp } from './text';

/** How a document writes numeric dates: `28/11/2024` is day-first, `5-26-21` month-first. */
export type DateOrder = 'day-first' | 'month-first';

export type DateReading =
  /** A real day. `order` says how a numeric date was written when its numbers decide it. */
  | { kind: 'date'; date: string; order?: DateOrder; weekday?: WeekdayWritten }
  /** `03/04/2021`: 3 April or 4 March, for the document's other dates to decide. */
  | { kind: 'ambiguous'; dayFirst: string; monthFirst: string }
  /** `Dec 16th`: the year comes from the document. */
  | { kind: 'no-year'; month: number; day: number; weekday?: number }
  /** Shaped like a date but no day: `2024-02-30`, `31st February`. */
  | { kind: 'impossible'; reason: string };

/** A weekday written beside a date: its number (Monday 1) and the name as written. */
export interface WeekdayWritten {
  weekday: number;
  written: string;
}

/** What the document around a date says, for the dates that leave something out. */
export interface DateContext {
  /** A day the date is near (the incident's, or the latest read): a date without a year is put within six months of it. */
  near?: string | null;
  /** The year for a date without one when no day is near. */
  year?: number | null;
  /** How the document writes numeric dates, when its other dates say. */
  order?: DateOrder;
}

export interface FoundDate {
  reading: DateReading;
  /** Offset of the date's first character in the text read, and its length. */
  index: number;
  length: number;
}

const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const MONTH_INDEX = new Map<string, number>(MONTH_WORDS.flatMap((names, i) => names.map((n) => [n, i + 1])));
const WEEKDAY_INDEX = new Map<string, number>(WEEKDAY_WORDS.flatMap((names, i) => names.map((n) => [n, i + 1])));
const ORDINAL_INDEX = new Map<string, number>(
  ORDINAL_WORDS.flatMap((w, i) => [
    [w, i + 1],
    [w.replace('-', ' '), i + 1],
  ]),
);

const MONTH = String.raw`(${alternation([...MONTH_INDEX.keys()])})(?![a-z])\.?`;
const WEEKDAY = String.raw`(?:(${alternation([...WEEKDAY_INDEX.keys()])})(?![a-z])\.?,?\s+)?`;
const ORDINAL = alternation([...ORDINAL_INDEX.keys()]);
const SUFFIX = `(?:${ORDINAL_SUFFIXES.map(escapeRegExp).join('|')})`;
// A day's number or ordinal; in `3. February 2020` (as Danish and German write it) a dot.
const DAY = String.raw`(?:(\d{1,2})(?:${SUFFIX}|\.(?=\s))?|(${ORDINAL}))(?![a-z\d])`;
// A year in words is of this era: `Dec 16 0955 UTC` is a day and a time.
const YEAR = String.raw`(?:,?\s+((?:19|20|21)\d{2})(?!\d))?`;

// Each form is sticky: tried where a date may start, never searched for.
const TIME_TAG = /<time\b[^>]{0,200}?\bdatetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})[^>]{0,200}>(?:[^<]{0,200}<\/time>)?/iy;
// A time after a `T` is a datetime's; a digit, a letter, `-1` or `:10` after it, something else.
const ISO = new RegExp(String.raw`${WEEKDAY}(\d{4})-(\d{1,2})-(\d{1,2})(?![\da-su-z]|-\d|:\d)`, 'iy');
const NUMERIC = new RegExp(String.raw`${WEEKDAY}(\d{1,2})([/.-])(\d{1,2})\3(\d{4}|\d{2})(?![\da-z]|[/.-]\d)`, 'iy');
const MONTH_DAY = new RegExp(String.raw`${WEEKDAY}(?:the\s+)?${MONTH}\s+(?:the\s+)?${DAY}${YEAR}`, 'iy');
const DAY_MONTH = new RegExp(String.raw`${WEEKDAY}(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH}${YEAR}`, 'iy');
/** Where a date may start: a number, a `<time>` tag, a month, a weekday or `the`, not inside a word. */
const START = new RegExp(
  String.raw`(?<![a-z\d])(?:\d|<time\b|(?:${alternation([...MONTH_INDEX.keys(), ...WEEKDAY_INDEX.keys(), 'the'])})(?![a-z]))`,
  'gi',
);

/** The last year an ISO date writes with four digits. */
export const LAST_YEAR = 9999;

/** The most days each month can have (February's in a leap year). */
const LONGEST_MONTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A day that exists, or why it does not. */
function day(year: number, month: number, dayOfMonth: number): DateReading {
  if (month < 1 || month > 12) return { kind: 'impossible', reason: `there is no month ${month}` };
  // ISO writes four-digit years; past 9999 a date needs a sign (`+010000-01-01`), which nobody means.
  if (year < 1 || year > LAST_YEAR) return { kind: 'impossible', reason: `the year ${year} is out of range` };
  const days = DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' }).daysInMonth ?? 31;
  if (dayOfMonth < 1 || dayOfMonth > days)
    return { kind: 'impossible', reason: `${monthName(month)} ${year} has ${days} days` };
  return { kind: 'date', date: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(dayOfMonth)}` };
}

export function monthName(month: number): string {
  const name = MONTH_WORDS[month - 1]?.[0] ?? String(month);
  return name[0].toUpperCase() + name.slice(1);
}

export function weekdayName(weekday: number): string {
  const name = WEEKDAY_WORDS[weekday - 1]?.[0] ?? String(weekday);
  return name[0].toUpperCase() + name.slice(1);
}

/** Monday 1 to Sunday 7, of an ISO date. */
export function weekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}

/** The year that puts month and day nearest `near`, or `year`, or none. */
export function withYear(month: number, dayOfMonth: number, context: DateContext): DateReading | null {
  const near = context.near ? DateTime.fromISO(context.near, { zone: 'UTC' }) : null;
  if (near?.isValid) {
    let best: DateReading | null = null;
    let distance = Infinity;
    for (const year of [near.year - 1, near.year, near.year + 1]) {
      const reading = day(year, month, dayOfMonth);
      if (reading.kind !== 'date') {
        best ??= reading;
        continue;
      }
      const d = Math.abs(DateTime.fromISO(reading.date, { zone: 'UTC' }).diff(near, 'days').days);
      if (d < distance) [best, distance] = [reading, d];
    }
    return best;
  }
  return context.year ? day(context.year, month, dayOfMonth) : null;
}

function withWeekday(reading: DateReading, written: string | undefined): DateReading {
  if (!written) return reading;
  const weekday = WEEKDAY_INDEX.get(written.toLowerCase()) ?? 0;
  if (reading.kind === 'date') return { ...reading, weekday: { weekday, written } };
  if (reading.kind === 'no-year') return { ...reading, weekday };
  return reading;
}

function numeric(a: number, b: number, year: number, context: DateContext): DateReading {
  const dayFirst = day(year, b, a);
  const monthFirst = day(year, a, b);
  if (a === b) return dayFirst;
  if (dayFirst.kind === 'date' && monthFirst.kind !== 'date') return { ...dayFirst, order: 'day-first' };
  if (monthFirst.kind === 'date' && dayFirst.kind !== 'date') return { ...monthFirst, order: 'month-first' };
  if (dayFirst.kind !== 'date' || monthFirst.kind !== 'date') return dayFirst;
  if (context.order) return context.order === 'day-first' ? dayFirst : monthFirst;
  return { kind: 'ambiguous', dayFirst: dayFirst.date, monthFirst: monthFirst.date };
}

function inWords(
  month: string,
  dayNumber: string | undefined,
  dayWord: string | undefined,
  year: string | undefined,
  context: DateContext,
): DateReading {
  const m = MONTH_INDEX.get(month.toLowerCase()) ?? 0;
  const d = dayNumber ? Number(dayNumber) : (ORDINAL_INDEX.get((dayWord ?? '').toLowerCase()) ?? 0);
  if (year) return day(Number(year), m, d);
  const known = withYear(m, d, context);
  if (known) return known;
  return d >= 1 && d <= LONGEST_MONTHS[m - 1]
    ? { kind: 'no-year', month: m, day: d }
    : { kind: 'impossible', reason: `${monthName(m)} has no day ${d}` };
}

/**
 * The date written at `at` in `text`, or null. `capitals`: in running text a month must be
 * written with a capital (`May 5`, not `may 5 people`).
 */
export function dateAt(text: string, at: number, context: DateContext = {}, capitals = false): FoundDate | null {
  const attempt = (re: RegExp) => {
    re.lastIndex = at;
    return re.exec(text);
  };
  let m = attempt(TIME_TAG);
  if (m) {
    const reading = day(Number(m[1].slice(0, 4)), Number(m[1].slice(5, 7)), Number(m[1].slice(8, 10)));
    return { reading, index: at, length: m[0].length };
  }
  m = attempt(ISO);
  if (m) return { reading: withWeekday(day(+m[2], +m[3], +m[4]), m[1]), index: at, length: m[0].length };
  m = attempt(NUMERIC);
  // A dotted date has its four-digit year, or it is a version (`1.12.13`).
  if (m && !(m[3] === '.' && m[5].length !== 4)) {
    const year = m[5].length === 2 ? 2000 + Number(m[5]) : Number(m[5]);
    return { reading: withWeekday(numeric(+m[2], +m[4], year, context), m[1]), index: at, length: m[0].length };
  }
  m = attempt(MONTH_DAY);
  if (m && (!capitals || /^[A-Z]/.test(m[2]))) {
    return { reading: withWeekday(inWords(m[2], m[3], m[4], m[5], context), m[1]), index: at, length: m[0].length };
  }
  m = attempt(DAY_MONTH);
  if (m && (!capitals || /^[A-Z]/.test(m[4]))) {
    return { reading: withWeekday(inWords(m[4], m[2], m[3], m[5], context), m[1]), index: at, length: m[0].length };
  }
  return null;
}

/** Every date in a text, in order, none overlapping; linear in the text's length. */
export function findDates(text: string, context: DateContext = {}): FoundDate[] {
  const found: FoundDate[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const date = dateAt(text, m.index, context, true);
    if (!date) continue;
    found.push(date);
    START.lastIndex = Math.max(START.lastIndex, date.index + date.length);
  }
  return found;
}

/** The first date in a text that names a real day. */
export function firstDate(text: string, context: DateContext = {}): (FoundDate & { date: string }) | null {
  for (const f of findDates(text, context)) if (f.reading.kind === 'date') return { ...f, date: f.reading.date };
  return null;
}
