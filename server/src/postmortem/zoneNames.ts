// A zone as written, resolved to one luxon understands: an IANA name, an abbreviation, a pair
// (`PST/PDT`), a name in words (`Eastern Time`), an offset (`UTC+9:30`), or a name with its offset
// (`ACDT (+10:30)`, `Eastern Time (UTC-4)`). An abbreviation that stands for one offset is read as
// that offset, as written (`EDT` is UTC-4 even in February), and keeps the region it belongs to so
// the day can be checked against it; a name that follows a region's clocks (`PT`, `PST/PDT`,
// `US/Pacific`) is that region.
import { DateTime, IANAZone } from 'luxon';
import type { ZoneAbbreviation } from './zoneWords';
import { ZONE_ABBREVIATIONS, ZONE_NAMES } from './zoneWords';

export interface ZoneReading {
  /** What instants are read in: an IANA name, `UTC`, or a fixed offset such as `UTC-4`. */
  zone: string;
  /** The region whose clocks the label names, when `zone` is a fixed offset standing for them. */
  region?: string;
  /** The abbreviation the label is or names (`EDT` for `Eastern Daylight Time`), in capitals. */
  abbreviation?: string;
}

/** No place on Earth is further from UTC than this (Kiribati, UTC+14). */
const MAX_OFFSET_HOURS = 14;
const MINUTES_PER_HOUR = 60;
/** The longest zone label read: `Australian Central Daylight Time (UTC+10:30)` and some room. */
const MAX_LABEL = 80;

const OFFSET = /^(?:UTC|GMT)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i;
const WITH_NOTE = /^(.*?\S)\s*\(\s*([^()]+?)\s*\)$/;

/** `UTC+2`, `UTC-9:30`, `UTC` for a zero offset: the fixed-offset names luxon reads. */
export function offsetZone(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const h = Math.floor(Math.abs(offsetMinutes) / MINUTES_PER_HOUR);
  const m = Math.abs(offsetMinutes) % MINUTES_PER_HOUR;
  return m ? `UTC${sign}${h}:${String(m).padStart(2, '0')}` : `UTC${sign}${h}`;
}

/** `UTC-4`, `UTC+5:30`, `UTC+0`: an offset as a message writes it. */
export function offsetLabel(offsetMinutes: number): string {
  return offsetMinutes === 0 ? 'UTC+0' : offsetZone(offsetMinutes);
}

function fixedOffset(sign: string, hours: string, minutes: string | undefined): number | null {
  const h = Number(hours);
  const m = Number(minutes ?? 0);
  if (h > MAX_OFFSET_HOURS || m > 59) return null;
  return (sign === '+' ? 1 : -1) * (h * MINUTES_PER_HOUR + m);
}

function ianaName(text: string): string | null {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(text) || !IANAZone.isValidZone(text)) return null;
  // Intl's spelling makes `europe/london` and `Europe/London` equal; its choice between aliases
  // (`Asia/Calcutta` for `Asia/Kolkata`) is not the writer's, so only the case is taken from it.
  const canonical = new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
  return canonical.toLowerCase() === text.toLowerCase() ? canonical : text;
}

/** Offsets a region keeps all year: there, an abbreviation and the region are the same thing. */
const steadyRegions = new Map<string, boolean>();
function isSteady(region: string): boolean {
  let steady = steadyRegions.get(region);
  if (steady === undefined) {
    // Two days half a year apart in a recent year: a region with daylight time differs on one.
    const zone = IANAZone.create(region);
    steady = zone.offset(Date.UTC(2024, 0, 15)) === zone.offset(Date.UTC(2024, 6, 15));
    steadyRegions.set(region, steady);
  }
  return steady;
}

function fromAbbreviation(abbreviation: string, known: ZoneAbbreviation): ZoneReading {
  if (known.region === 'UTC') return { zone: 'UTC', abbreviation };
  if (known.offsetMinutes === undefined || isSteady(known.region)) return { zone: known.region, abbreviation };
  return { zone: offsetZone(known.offsetMinutes), region: known.region, abbreviation };
}

function abbreviationReading(text: string): ZoneReading | null {
  const upper = text.toUpperCase();
  const known = ZONE_ABBREVIATIONS[upper];
  if (known) return fromAbbreviation(upper, known);
  const named = ZONE_NAMES[text.toLowerCase().replace(/\s+/g, ' ')];
  if (named) return fromAbbreviation(named, ZONE_ABBREVIATIONS[named]);
  // `PST/PDT`: a region's standard and daylight time, that is its clocks.
  const pair = /^([A-Za-z]{1,5})\s*\/\s*([A-Za-z]{1,5})$/.exec(text);
  if (pair) {
    const first = ZONE_ABBREVIATIONS[pair[1].toUpperCase()];
    // Not a pair of abbreviations (`Asia/Tokyo` has the same shape): then maybe an IANA name.
    if (first && first.region === ZONE_ABBREVIATIONS[pair[2].toUpperCase()]?.region)
      return first.region === 'UTC' ? { zone: 'UTC' } : { zone: first.region };
  }
  return null;
}

/** A zone label read, or null when it names no zone this tool knows. */
export function readZone(label: string): ZoneReading | null {
  const text = label
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  // A label is a few words; a longer text is no zone, and is not worth a regular expression's time.
  if (!text || text.length > MAX_LABEL) return null;
  const offset = OFFSET.exec(text);
  if (offset) {
    const minutes = fixedOffset(offset[1], offset[2], offset[3]);
    return minutes === null ? null : { zone: offsetZone(minutes) };
  }
  const noted = WITH_NOTE.exec(text);
  if (noted) {
    const named = abbreviationReading(noted[1]) ?? (ianaName(noted[1]) ? { zone: ianaName(noted[1]) ?? '' } : null);
    const note = readZone(noted[2]);
    if (!named || !note) return null;
    // `ACDT (+10:30)`: the offset written beside a name wins; the name keeps its region.
    if (!note.abbreviation && note.zone !== named.zone) {
      const region = named.region ?? (named.zone !== 'UTC' ? named.zone : undefined);
      return region ? { zone: note.zone, region, abbreviation: named.abbreviation } : { zone: note.zone };
    }
    // `Eastern Daylight Time (EDT)`: the abbreviation says it again.
    return note.abbreviation ? note : named;
  }
  return abbreviationReading(text) ?? (ianaName(text) ? { zone: ianaName(text) ?? '' } : null);
}

/** The zone luxon reads a label's times in, or null when it names none. */
export function resolveZone(label: string): string | null {
  return readZone(label)?.zone ?? null;
}

/** The region's offset at an instant, in minutes. */
export function regionOffset(region: string, epochMs: number): number {
  return IANAZone.create(region).offset(epochMs);
}

/** The abbreviation a region's clocks go by at an offset (`EST` for New York at UTC-5), if one is known. */
export function abbreviationFor(region: string, offsetMinutes: number): string | null {
  for (const [name, a] of Object.entries(ZONE_ABBREVIATIONS))
    if (a.region === region && a.offsetMinutes === offsetMinutes) return name;
  // Intl knows the rest by name in some locales (`CET` for Berlin in en-GB, `EST` in en-US).
  for (const locale of ['en-US', 'en-GB']) {
    const probe = DateTime.fromObject({ year: 2024, month: 1, day: 15 }, { zone: region });
    const at = [probe, probe.set({ month: 7 })].find((d) => d.offset === offsetMinutes);
    const name = at?.setLocale(locale).toFormat('ZZZZ');
    if (name && /^[A-Z]{2,5}$/.test(name) && name !== 'GMT') return name;
  }
  return offsetMinutes === 0 ? 'GMT' : null;
}

/** The abbreviation entry a reading came from, for the season check. */
export function abbreviationOf(reading: ZoneReading): ZoneAbbreviation | undefined {
  return reading.abbreviation ? ZONE_ABBREVIATIONS[reading.abbreviation] : undefined;
}
