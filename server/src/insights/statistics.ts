// Medians and percentiles of durations. Medians, not means: a few long incidents make a mean say
// little about the typical one (the VOID report; Google's 2021 study of MTTR).

/**
 * The `p` quantile (0..1) of values, by linear interpolation between the closest ranks: with the
 * values sorted, rank h = (n - 1) * p, and the result is x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h]).
 * This is R's type 7, numpy's default and Excel's PERCENTILE.INC. Null for no values.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/** One decimal place is all a duration in minutes needs. */
export function roundMinutes(minutes: number | null): number | null {
  return minutes === null ? null : Math.round(minutes * 10) / 10;
}

export interface Summary {
  median: number | null;
  p90: number | null;
  /** How many values the median and p90 come from. */
  count: number;
}

export function summarise(values: readonly number[]): Summary {
  return {
    median: roundMinutes(quantile(values, 0.5)),
    p90: roundMinutes(quantile(values, 0.9)),
    count: values.length,
  };
}
