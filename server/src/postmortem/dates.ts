// Calendar dates: ISO dates on titles and entries, and the day markers people write inside
// timelines (`### 2019-02-07`, `2019-02-23 (Saturday)`, `### Friday 15th February`).
import { DateTime } from 'luxon';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?![\d:-])/;

export function isValidIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return !!m && DateTime.fromObject({ year: +m[1], month: +m[2], day: +m[3] }, { zone: 'UTC' }).isValid;
}

export function leadingIsoDate(text: string): { date: string; length: number } | null {
  const m = ISO_DATE.exec(text);
  if (!m || !isValidIsoDate(m[0])) return null;
  const after = /^\s*/.exec(text.slice(m[0].length))?.[0].length ?? 0;
  return { date: m[0], length: m[0].length + after };
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? date;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?`;
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;
// Day markers in words: `Friday 15th February`, `15 February 2019`, `Feb 26, 2023`, `August 26`.
const DAY_MONTH = new RegExp(String.raw`^(?:${WEEKDAY}\s+)?${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?$`, 'i');
const MONTH_DAY = new RegExp(String.raw`^(?:${WEEKDAY}\s+)?${MONTH}\s+${DAY}(?:,?\s+${YEAR})?$`, 'i');

function iso(year: number, month: number, day: number): string | null {
  const d = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  return d.isValid ? d.toISODate() : null;
}

export function parseDayMarker(text: string, contextYear: number | null): string | null {
  const t = text
    .replace(/[*_`]/g, '')
    .replace(/[:.]\s*$/, '')
    .trim();
  const leading = leadingIsoDate(t);
  if (leading) {
    // Whatever follows the date must only name the day: `(Saturday)`, `- Friday`, `, Tuesday`.
    const rest = t.slice(leading.length).replace(/^[\s,(–—-]*/, '').replace(/[)\s]*$/, '');
    return rest === '' || new RegExp(`^${WEEKDAY}$`, 'i').test(rest) ? leading.date : null;
  }
  let m = DAY_MONTH.exec(t);
  if (m) {
    const year = m[3] ? +m[3] : contextYear;
    return year ? iso(year, MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, +m[1]) : null;
  }
  m = MONTH_DAY.exec(t);
  if (m) {
    const year = m[3] ? +m[3] : contextYear;
    return year ? iso(year, MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, +m[2]) : null;
  }
  return null;
}
