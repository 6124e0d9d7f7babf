// Days and instants for the entries, in order: a date in an entry or a day marker starts a day, a
// time more than 12 hours earlier than the one before it rolls over to the next day. The day a
// marker or an entry writes without its year, or in numbers that read both ways, is settled here
// by the timeline around it; an entry's own zone, a second time written beside it
// (`13:14 EDT (17:14 UTC)`) and a time where the clocks change are read here too.
import type { DateOrder, DateReading } from './dateReading';
import { withYear } from './dateReading';
import { weekdayAgrees } from './dayMarkers';
import { addDays } from './dates';
import type { DayProblem, TimelineEntry, TimezoneDeclaration } from './model';
import { readSecondTime } from './secondTime';
import type { BaseDate, Checkpoint, DateState, DatingBasis, DayEvent, Draft, Event } from './timelineState';
import type { Instant, InstantCache, WallInstant } from './zones';
import { readZone, toInstant } from './zones';
import type { Steps } from './steps';

/** Durations need a day even when the document names none; absolute output checks `date`. */
const NOMINAL_DAY = '2000-01-01';
const MS_PER_DAY = 86_400_000;

/**
 * A time this much earlier than the one before it is on the next day (23:50 then 00:10); less is
 * an entry out of order (10:40 then 10:12), which the order rule reports.
 */
const ROLLOVER_MINUTES = 12 * 60;

/** What dating reads besides the events: the document's text, its base day and the timeline's zone. */
export interface DatingInput {
  text: string;
  base: BaseDate | undefined;
  timezone: TimezoneDeclaration;
  basis: DatingBasis;
  instants: InstantCache | undefined;
}

/** The day a reading names, settled by the document's numeric order or the day it is near. */
export function settledDay(reading: DateReading, order: DateOrder | undefined, near: string | null): string | null {
  switch (reading.kind) {
    case 'date':
      return reading.date;
    case 'ambiguous':
      return order === 'day-first' ? reading.dayFirst : order === 'month-first' ? reading.monthFirst : null;
    case 'no-year': {
      const settled = withYear(reading.month, reading.day, { near });
      return settled?.kind === 'date' ? settled.date : null;
    }
    default:
      return null;
  }
}

/**
 * Gives each entry its day and instant, in order. With `from`, the entries before that
 * checkpoint are already dated (they are the previous version's). Checkpoints after it get the
 * state at their place, for the next version.
 */
/** Entries dated between two steps: dating 10,000 entries at once is a long stretch of work. */
const EVENTS_PER_STEP = 1_024;

export function* assignDates(
  events: Event[],
  input: DatingInput,
  checkpoints: Checkpoint[],
  from: Checkpoint | undefined,
): Steps<void> {
  const { base } = input;
  const state: DateState = from?.dates
    ? { ...from.dates }
    : {
        day: base?.date ?? null,
        source: base ? base.source : 'none',
        nominalOffset: 0,
        previousMinute: null,
        previousEpoch: null,
        dayZone: null,
      };
  let next = checkpoints.findIndex((c) => !c.dates);
  for (let i = from ? from.events : 0; i <= events.length; i++) {
    while (next !== -1 && next < checkpoints.length && checkpoints[next].events === i)
      checkpoints[next++].dates = { ...state };
    if (i === events.length) break;
    const event = events[i];
    if (event.kind === 'day') dateDay(event, state, input);
    else dateEntry(event, state, input);
    if (i % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield;
  }
}

function dateDay(event: DayEvent, state: DateState, input: DatingInput): void {
  const date = settledDay(event.reading, input.basis.order, state.day ?? input.base?.date ?? null);
  // A day that cannot be read keeps the one before: its entries still roll over from it.
  if (!date) return;
  event.marker = event.zone ? { date, span: event.span, zone: event.zone } : { date, span: event.span };
  state.day = date;
  state.source = 'heading';
  state.nominalOffset = 0;
  state.previousMinute = null;
  state.dayZone = event.zone ?? null;
}

function dateEntry({ entry, match }: Draft, state: DateState, input: DatingInput): void {
  const own = match.day ? settledDay(match.day, input.basis.order, state.day ?? input.base?.date ?? null) : null;
  if (own && input.basis.declaredDay?.isDefault) {
    // "Unless otherwise noted": the entry's date is its own, and the day goes on after it.
    entry.date = own;
    entry.dateSource = 'entry';
    if (match.time) timeEntry(entry, match.time, match.zone, own, 0, state, input, false);
    return;
  }
  if (own) {
    state.day = own;
    state.source = 'entry';
    state.nominalOffset = 0;
    state.previousMinute = null;
  }
  entry.date = state.day;
  entry.dateSource = state.day ? state.source : 'none';
  if (!match.time) return;
  const minute = match.time.hour * 60 + match.time.minute + match.time.second / 60;
  if (state.previousMinute !== null && state.previousMinute - minute > ROLLOVER_MINUTES) {
    const next = state.day ? addDays(state.day, 1 + state.nominalOffset) : null;
    if (next) state.day = next;
    else state.nominalOffset++;
    state.source = 'rollover';
    entry.date = next;
    entry.dateSource = next ? 'rollover' : state.day ? 'rollover' : 'none';
  }
  state.previousMinute = minute;
  // Past the last date ISO writes (`9999-12-31`), the days after it are counted, not named.
  const day = state.day ?? addDays(NOMINAL_DAY, state.nominalOffset) ?? NOMINAL_DAY;
  const extraDays = state.day ? state.nominalOffset : 0;
  timeEntry(entry, match.time, match.zone, day, extraDays, state, input, true);
}

/** The entry's instant on `day` (plus `extraDays` past the last writable date), in its own zone or the day's. */
function timeEntry(
  entry: TimelineEntry,
  time: NonNullable<Draft['match']['time']>,
  zoneText: string | null,
  day: string,
  extraDays: number,
  state: DateState,
  input: DatingInput,
  ordered: boolean,
): void {
  const own = zoneText ? readZone(zoneText) : null;
  if (own && zoneText) {
    const at = input.text.indexOf(zoneText, entry.timeSpan.end);
    const span =
      at !== -1 && at < entry.lineSpan.end
        ? { start: at, end: at + zoneText.length }
        : { start: entry.timeSpan.end, end: entry.timeSpan.end };
    entry.zone = own.region
      ? { label: zoneText, span, zone: own.zone, region: own.region }
      : { label: zoneText, span, zone: own.zone };
  }
  const zone = own?.zone ?? state.dayZone?.zone ?? input.timezone.zone;
  const instant = instantOf(day, time, zone, input.instants);
  if (!instant) return;
  const chosen = ordered ? inOrder(instant, state.previousEpoch) : instant;
  entry.epochMs = chosen.epochMs + extraDays * MS_PER_DAY;
  entry.offsetMinutes = chosen.offsetMinutes;
  if (instant.change) {
    const other = chosen === instant ? instant.change.other : instant;
    entry.clockChange = {
      kind: instant.change.kind,
      zone,
      offsetMinutes: chosen.offsetMinutes,
      otherOffsetMinutes: other.offsetMinutes,
      otherEpochMs: other.epochMs + extraDays * MS_PER_DAY,
      from: instant.change.from,
      to: instant.change.to,
    };
  }
  const second = readSecondTime(input.text, entry.zone?.span.end ?? entry.timeSpan.end, entry.lineSpan.end);
  if (second) {
    const epochMs = second.nearest(entry.epochMs, instantOf, input.instants);
    if (epochMs !== null) {
      entry.secondTime = { text: second.text, span: second.span, epochMs, firstEpochMs: entry.epochMs };
      entry.epochMs = epochMs;
      if (entry.text.startsWith(second.written))
        entry.text = entry.text.slice(second.written.length).replace(/^\s*(?:--?|[:–—|,])?\s*/, '');
    }
  }
  if (ordered) state.previousEpoch = entry.epochMs;
}

function instantOf(
  day: string,
  time: Draft['match']['time'] & object,
  zone: string,
  cache: InstantCache | undefined,
): Instant {
  return cache ? cache.instant(day, time, zone) : toInstant(day, time, zone);
}

/** Of a time's two readings where the clocks change, the earlier that is not before the entry above it. */
function inOrder(instant: WallInstant, previous: number | null): WallInstant {
  if (!instant.change) return instant;
  if (previous === null || instant.epochMs >= previous) return instant;
  return { epochMs: instant.change.other.epochMs, offsetMinutes: instant.change.other.offsetMinutes };
}

/**
 * What the timeline's day markers (and the entries that write their own date) say wrong or
 * unclear about their days, in order: read once over the dated events.
 */
export function dayProblems(events: Event[], text: string): DayProblem[] {
  const problems: DayProblem[] = [];
  let latest: string | null = null;
  for (const event of events) {
    if (event.kind === 'entry') {
      const { entry, match } = event;
      // The match's offsets count from where its text starts, `timeStart` before the time.
      const matchAt = entry.timeSpan.start - match.timeStart;
      const written = match.dayAt
        ? { start: matchAt + match.dayAt.start, end: matchAt + match.dayAt.end }
        : entry.timeSpan;
      if (match.day && entry.dateSource === 'entry' && entry.date) {
        if (!latest || entry.date > latest) latest = entry.date;
      } else if (match.day && !match.unreadableDate) problems.push(unsettled(match.day, written, text));
      continue;
    }
    const span = event.dateSpan;
    const written = text.slice(span.start, span.end);
    const { reading, marker } = event;
    if (reading.kind === 'impossible') {
      problems.push({ kind: 'impossible', span, text: written, reason: reading.reason });
      continue;
    }
    if (!marker) {
      problems.push(unsettled(reading, span, text));
      continue;
    }
    if (event.weekday && !weekdayAgrees(marker.date, event.weekday))
      problems.push({ kind: 'weekday', span, text: written, date: marker.date, weekday: event.weekday.written });
    if (latest && marker.date < latest)
      problems.push({ kind: 'backwards', span, text: written, date: marker.date, previous: latest });
    if (!latest || marker.date > latest) latest = marker.date;
  }
  return problems;
}

function unsettled(reading: DateReading, span: { start: number; end: number }, text: string): DayProblem {
  const written = text.slice(span.start, span.end);
  if (reading.kind === 'ambiguous')
    return { kind: 'ambiguous', span, text: written, readings: [reading.dayFirst, reading.monthFirst] };
  return { kind: 'no-year', span, text: written };
}
