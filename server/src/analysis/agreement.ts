// Whether a stated figure agrees with the timeline: what the mismatch rule, the hover and the
// inlay hints all decide the same way.
import type { DurationValue } from '../postmortem/model';

/** Whether a stated value holds for the computed minutes, honouring `~`, `<` and ranges. */
export function statedAgrees(value: DurationValue, minutes: number): boolean {
  if (value.bound === '<') return minutes <= value.minutes;
  if (value.bound === '>') return minutes >= value.minutes;
  if (value.maxMinutes !== undefined) return minutes >= value.minutes && minutes <= value.maxMinutes;
  if (value.approximate) return Math.abs(minutes - value.minutes) <= approximateTolerance(value.minutes);
  // Written to the hour (`19 hours`), it holds for what rounds to it (18h30 to 19h30), as far as
  // an approximate value would stretch: `1h` is no rounding of 42 minutes.
  if (value.precision)
    return Math.abs(minutes - value.minutes) <= Math.min(value.precision / 2, approximateTolerance(value.minutes));
  return Math.round(value.minutes) === minutes;
}

/** How far an approximate value stretches: 5 minutes, or 10 % when that is more. */
function approximateTolerance(minutes: number): number {
  return Math.max(5, minutes * 0.1);
}
