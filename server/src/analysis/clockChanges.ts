// How a time where the clocks change is told to people: what happened to the clocks, what the
// entry was read as, and how to say the other.
import { DateTime } from 'luxon';
import type { ClockChangeReading, TimelineEntry } from '../postmortem/model';
import { abbreviationFor, offsetLabel } from '../postmortem/zones';
import { clock } from './describe';

/** `PDT (UTC-7)`, or `UTC-7` where the region's abbreviation is not known. */
function named(zone: string, offset: number): string {
  const name = abbreviationFor(zone, offset);
  return name ? `${name} (${offsetLabel(offset)})` : offsetLabel(offset);
}

/** The wall time an instant shows in a zone: `03:30 PDT`. */
function shown(epochMs: number, zone: string): string {
  const at = DateTime.fromMillis(epochMs, { zone });
  const name = abbreviationFor(zone, at.offset);
  return `${at.toFormat('HH:mm')} ${name ?? offsetLabel(at.offset)}`;
}

export function describeClockChange(
  entry: TimelineEntry,
  change: ClockChangeReading,
  epochMs: number,
  date: string,
): string {
  const time = clock(entry);
  if (change.kind === 'gap') {
    return (
      `${time} does not exist in ${change.zone} on ${date}: the clocks went forward from ${change.from} to ${change.to}. ` +
      `Read as ${time} ${offsetLabel(change.offsetMinutes)}, that is ${shown(epochMs, change.zone)}; ` +
      `if it was ${shown(change.otherEpochMs, change.zone)}, write that.`
    );
  }
  const first = epochMs < change.otherEpochMs;
  return (
    `${time} happened twice in ${change.zone} on ${date}: the clocks went back from ${change.from} to ${change.to}. ` +
    `Read as the ${first ? 'first' : 'second'}, ${time} ${named(change.zone, change.offsetMinutes)}; ` +
    `if it was the ${first ? 'second' : 'first'}, write ${time} ${abbreviationFor(change.zone, change.otherOffsetMinutes) ?? offsetLabel(change.otherOffsetMinutes)}.`
  );
}
