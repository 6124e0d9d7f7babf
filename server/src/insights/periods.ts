// Periods a report groups incidents by: `2025-01` (month), `2025-Q1` (quarter), `2025` (year).
export const PERIOD_GRAINS = ['month', 'quarter', 'year'] as const;
export type PeriodGrain = (typeof PERIOD_GRAINS)[number];

/** The period holding `date` (`YYYY-MM-DD`). */
export function periodOf(date: string, by: PeriodGrain): string {
  const year = date.slice(0, 4);
  const month = +date.slice(5, 7);
  if (by === 'year') return year;
  if (by === 'month') return `${year}-${date.slice(5, 7)}`;
  return `${year}-Q${Math.ceil(month / 3)}`;
}

/** The period after `period`. */
function nextPeriod(period: string, by: PeriodGrain): string {
  if (by === 'year') return String(+period + 1);
  const year = +period.slice(0, 4);
  if (by === 'quarter') {
    const q = +period.slice(6);
    return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
  }
  const m = +period.slice(5, 7);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Every period from `first` to `last`, both included, so a quiet period shows as one with no incidents. */
export function periodsBetween(first: string, last: string, by: PeriodGrain): string[] {
  const out: string[] = [];
  // Periods of one grain sort as strings; the bound keeps a mistaken range from running away.
  for (let p = first; p <= last && out.length < 10_000; p = nextPeriod(p, by)) out.push(p);
  return out;
}
