// Days and instants for the entries, in order: a date in an entry or a day heading starts a
// day, a time more than 12 hours earlier than the one before rolls over to the next day.
import { addDays } from './dates';
import type { TimezoneDeclaration } from './model';
import type { BaseDate, Checkpoint, DateState, Event } from './timelineState';
import type { InstantCache } from './zones';
import { resolveZone, toInstant } from './zones';

/** Durations need a day even when the document names none; absolute output checks `date`. */
const NOMINAL_DAY = '2000-01-01';

/**
 * A time this much earlier than the one before it is on the next day (23:50 then 00:10); less is
 * an entry out of order (10:40 then 10:12), which the order rule reports.
 */
const ROLLOVER_MINUTES = 12 * 60;

/**
 * Gives each entry its day and instant, in order. With `from`, the entries before that
 * checkpoint are already dated (they are the previous version's). Checkpoints after it get the
 * state at their place, for the next version.
 */
export function assignDates(
  events: Event[],
  base: BaseDate | undefined,
  timezone: TimezoneDeclaration,
  checkpoints: Checkpoint[],
  from: Checkpoint | undefined,
  instants: InstantCache | undefined,
): void {
  const state: DateState = from?.dates
    ? { ...from.dates }
    : { day: base?.date ?? null, source: base ? base.source : 'none', nominalOffset: 0, previousMinute: null };
  let next = checkpoints.findIndex((c) => !c.dates);
  for (let i = from ? from.events : 0; i <= events.length; i++) {
    while (next !== -1 && next < checkpoints.length && checkpoints[next].events === i)
      checkpoints[next++].dates = { ...state };
    if (i === events.length) break;
    const event = events[i];
    if (event.kind === 'day') {
      state.day = event.marker.date;
      state.source = 'heading';
      state.previousMinute = null;
      continue;
    }
    const { entry, match } = event;
    if (match.date) {
      state.day = match.date;
      state.source = 'entry';
      state.previousMinute = null;
    }
    entry.date = state.day;
    entry.dateSource = state.day ? state.source : 'none';
    if (!match.time) continue;
    const minute = match.time.hour * 60 + match.time.minute + match.time.second / 60;
    if (state.previousMinute !== null && state.previousMinute - minute > ROLLOVER_MINUTES) {
      if (state.day) state.day = addDays(state.day, 1);
      else state.nominalOffset++;
      state.source = 'rollover';
      entry.date = state.day;
      entry.dateSource = state.day ? 'rollover' : 'none';
    }
    state.previousMinute = minute;
    const zone = (match.zone && resolveZone(match.zone)) || timezone.zone;
    const day = state.day ?? addDays(NOMINAL_DAY, state.nominalOffset);
    const instant = instants ? instants.instant(day, match.time, zone) : toInstant(day, match.time, zone);
    if (instant) {
      entry.epochMs = instant.epochMs;
      entry.offsetMinutes = instant.offsetMinutes;
    }
  }
}
