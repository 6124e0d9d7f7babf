// When an action item is due, as people write it: `2024-05-01`, `2024/05/01`, `May 1`, `1 May 2024`,
// `May 2024` or `2024-05` (the month's last day), `Q2 2024` or `2024-Q2` (the quarter's last day),
// `H1 2024`. A day with no year is the first such day on or after the incident.
import { DateTime } from 'luxon';
import { isValidIsoDate, parseDayMarker } from './dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const END_OF = String.raw`^(?:(?:the\s+)?end\s+of\s+|eo)?`;
const MONTH_YEAR = new RegExp(String.raw`${END_OF}${MONTH_NAME},?\s+(\d{4})$`, 'i');
const QUARTER = new RegExp(String.raw`${END_OF}(?:q([1-4])[\s/-]*(\d{4})|(\d{4})[\s/-]*q([1-4]))$`, 'i');
const HALF = new RegExp(String.raw`${END_OF}(?:h([12])[\s/-]*(\d{4})|(\d{4})[\s/-]*h([12]))$`, 'i');

function lastDay(year: number, month: number): string {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' }).endOf('month').toISODate() ?? '';
}

function onOrAfter(date: string, incident: string | undefined): string {
  if (!incident || date >= incident) return date;
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ years: 1 }).toISODate() ?? date;
}

/** The day `text` names, whole, or null. */
export function readDueDate(text: string, incidentDate?: string): string | null {
  const t = text
    .replace(/[*_`]/g, '')
    .replace(/[.,;:)\]]+\s*$/, '')
    .replace(/^\s*(?:by|before|on|until)\s+/i, '')
    .trim();
  if (!t) return null;
  const iso = /^(\d{4})[-/.](\d{2})[-/.](\d{2})$/.exec(t);
  if (iso) return isValidIsoDate(`${iso[1]}-${iso[2]}-${iso[3]}`) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  const yearMonth = /^(\d{4})-(\d{2})$/.exec(t);
  if (yearMonth) return +yearMonth[2] >= 1 && +yearMonth[2] <= 12 ? lastDay(+yearMonth[1], +yearMonth[2]) : null;
  const quarter = QUARTER.exec(t);
  if (quarter) return lastDay(+(quarter[2] ?? quarter[3]), 3 * +(quarter[1] ?? quarter[4]));
  const half = HALF.exec(t);
  if (half) return lastDay(+(half[2] ?? half[3]), 6 * +(half[1] ?? half[4]));
  const monthYear = MONTH_YEAR.exec(t);
  if (monthYear) return lastDay(+monthYear[2], MONTHS.indexOf(monthYear[1].slice(0, 3).toLowerCase()) + 1);
  // With no incident date, a day with no year is no day at all.
  const contextYear = incidentDate ? +incidentDate.slice(0, 4) : null;
  const day = parseDayMarker(t, contextYear);
  if (!day) return null;
  // Written without a year, the day is read in the incident's year, or the next one once that day has gone.
  return /\b\d{4}\b/.test(t) || !incidentDate ? day : onOrAfter(day, incidentDate);
}

/** The longest run of words at the start of `text` that names a day: `May 1, 2024 (agreed)` -> `May 1, 2024`. */
export function leadingDueDate(text: string, incidentDate?: string): { date: string; length: number } | null {
  const words = [...text.matchAll(/\S+/g)].slice(0, 5);
  for (let n = words.length; n > 0; n--) {
    const end = words[n - 1].index + words[n - 1][0].length;
    const date = readDueDate(text.slice(0, end), incidentDate);
    if (date) return { date, length: end };
  }
  return null;
}
