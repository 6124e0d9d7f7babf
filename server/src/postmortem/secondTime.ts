// The same moment written twice in two zones, `13:14 EDT (17:14 UTC)`: the time in brackets is
// the one the entry takes (a UTC time is the one nobody converts by hand), and the two are
// compared by the timeline rules.
import { DateTime } from 'luxon';
import type { Span, TimeOfDay } from './model';
import type { Instant, InstantCache } from './instants';
import { addDays } from './dates';
import { readZone } from './zoneNames';

export interface SecondTimeFound {
  /** The time and zone inside the brackets (`17:14 UTC`), and the brackets as written. */
  text: string;
  written: string;
  span: Span;
  time: TimeOfDay;
  zone: string;
}

/** The longest text read for the bracket: a time, a zone and spaces. */
const WINDOW = 48;
const SECOND =
  /^(\s*)([([])\s*((\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?m\b\.?)?\s+((?:UTC|GMT)(?:\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)?|[A-Z]{1,5}|[A-Za-z_]+\/[A-Za-z_]+))\s*[)\]]/i;

type InstantOf = (day: string, time: TimeOfDay, zone: string, cache: InstantCache | undefined) => Instant;

/** The bracketed second time right after `from` on its line, or null. */
export function readSecondTime(
  text: string,
  from: number,
  lineEnd: number,
):
  | (SecondTimeFound & {
      nearest(epochMs: number | null, instantOf: InstantOf, cache: InstantCache | undefined): number | null;
    })
  | null {
  const m = SECOND.exec(text.slice(from, Math.min(lineEnd, from + WINDOW)));
  if (!m) return null;
  const label = m[8];
  if (!/^(?:utc|gmt)/i.test(label) && !label.includes('/') && label !== label.toUpperCase()) return null;
  const reading = readZone(label);
  let hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? 0);
  if (m[7]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[7].toLowerCase() === 'p' ? 12 : 0);
  }
  if (!reading || hour > 23 || minute > 59 || second > 59) return null;
  const start = from + m[1].length;
  const time = { hour, minute, second };
  const zone = reading.zone;
  return {
    text: m[3],
    written: m[0].slice(m[1].length),
    span: { start, end: from + m[0].length },
    time,
    zone,
    // The second time's day is the one that puts it nearest the first: `20:07 EDT (00:07 UTC)` is the next day in UTC.
    nearest(epochMs, instantOf, cache) {
      if (epochMs === null) return null;
      const day = DateTime.fromMillis(epochMs, { zone }).toISODate();
      if (!day) return null;
      let best: number | null = null;
      for (const d of [addDays(day, -1), day, addDays(day, 1)]) {
        const instant = d ? instantOf(d, time, zone, cache) : null;
        if (instant && (best === null || Math.abs(instant.epochMs - epochMs) < Math.abs(best - epochMs)))
          best = instant.epochMs;
      }
      return best;
    },
  };
}
