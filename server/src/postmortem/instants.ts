// Wall-clock times on a day in a zone, as instants. Where the clocks change, a wall time may not
// exist (02:30 when they jump from 02:00 to 03:00) or exist twice (01:30 when they go back from
// 02:00 to 01:00): both readings are kept, and the timeline's dating picks the one that keeps the
// entries in order and says which it took (entryDates.ts), never silently.
import { DateTime, FixedOffsetZone } from 'luxon';
import type { TimeOfDay } from './model';

/** Where a wall time meets a change of the clocks. */
export interface ClockChange {
  /** `gap`: the time did not happen; `repeated`: it happened twice. */
  kind: 'gap' | 'repeated';
  /** The other reading: the same wall time at the offset on the other side of the change. */
  other: { epochMs: number; offsetMinutes: number };
  /** The wall times the clocks went from and to (`02:00` and `03:00`). */
  from: string;
  to: string;
}

export interface WallInstant {
  readonly epochMs: number;
  readonly offsetMinutes: number;
  /** Set when the wall time is in a gap or an overlap; this reading is the earlier of the two. */
  readonly change?: ClockChange;
}

export type Instant = WallInstant | null;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** The instant of a wall-clock time on a day in a zone, or null when the date or zone is not one. */
export function toInstant(date: string, time: TimeOfDay, zone: string): Instant {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const dt = DateTime.fromObject(
    { year: +m[1], month: +m[2], day: +m[3], hour: time.hour, minute: time.minute, second: time.second },
    { zone },
  );
  if (!dt.isValid) return null;
  if (dt.zone.isUniversal) return { epochMs: dt.toMillis(), offsetMinutes: dt.offset };
  // The wall time read as if it were UTC, and the zone's offsets a day either side of it: where
  // they differ, the clocks change near it, and each offset may or may not give back this time.
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], time.hour, time.minute, time.second);
  const before = dt.zone.offset(wall - MS_PER_DAY);
  const after = dt.zone.offset(wall + MS_PER_DAY);
  if (before === after) return { epochMs: dt.toMillis(), offsetMinutes: dt.offset };
  const early = wall - before * MS_PER_MINUTE;
  const late = wall - after * MS_PER_MINUTE;
  const earlyHolds = dt.zone.offset(early) === before;
  const lateHolds = dt.zone.offset(late) === after;
  if (earlyHolds !== lateHolds) {
    return earlyHolds ? { epochMs: early, offsetMinutes: before } : { epochMs: late, offsetMinutes: after };
  }
  const change = changeBetween(Math.min(early, late), Math.max(early, late), dt.zone, before, after);
  const readings = [
    { epochMs: early, offsetMinutes: before },
    { epochMs: late, offsetMinutes: after },
  ].sort((a, b) => a.epochMs - b.epochMs);
  return {
    ...readings[0],
    change: { kind: earlyHolds ? 'repeated' : 'gap', other: readings[1], ...change },
  };
}

/** The wall times either side of the change between two instants, found to the minute. */
function changeBetween(
  low: number,
  high: number,
  zone: { offset(ms: number): number },
  before: number,
  after: number,
): { from: string; to: string } {
  let lo = low;
  let hi = high;
  while (hi - lo > MS_PER_MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (zone.offset(mid) === before) lo = mid;
    else hi = mid;
  }
  const clock = (ms: number) => DateTime.fromMillis(ms, { zone: 'UTC' }).toFormat('HH:mm');
  return { from: clock(hi + before * MS_PER_MINUTE), to: clock(hi + after * MS_PER_MINUTE) };
}

/**
 * Instants remembered by zone, day and second, with no key string built per lookup: luxon takes
 * microseconds per conversion, and a 10,000-entry timeline asks the same ones on every
 * keystroke. Each document has its own, in its reading memory (memory.ts).
 */
export class InstantCache {
  private readonly byZone = new Map<string, Map<string, Map<number, Instant>>>();
  private size = 0;

  instant(date: string, time: TimeOfDay, zone: string): Instant {
    const second = time.hour * 3600 + time.minute * 60 + time.second;
    const known = this.byZone.get(zone)?.get(date)?.get(second);
    if (known !== undefined) return known;
    if (this.size >= MAX_INSTANTS) {
      this.byZone.clear();
      this.size = 0;
    }
    let byDate = this.byZone.get(zone);
    if (!byDate) this.byZone.set(zone, (byDate = new Map()));
    let bySecond = byDate.get(date);
    if (!bySecond) byDate.set(date, (bySecond = new Map()));
    const instant = toInstant(date, time, zone);
    bySecond.set(second, instant);
    this.size++;
    return instant;
  }
}

/** Bounded so a pasted log cannot grow it without end: ten times the entries of a long timeline. */
const MAX_INSTANTS = 100_000;

export function formatIso(epochMs: number, offsetMinutes: number): string {
  return DateTime.fromMillis(epochMs, { zone: FixedOffsetZone.instance(offsetMinutes) }).toFormat(
    "yyyy-MM-dd'T'HH:mm:ssZZ",
  );
}
