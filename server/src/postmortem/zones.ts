// Timezones: declarations in a timeline, resolved to zones luxon understands. Abbreviations are
// mapped to the IANA zone they name, never to a fixed offset, so that PST written in July still
// follows Pacific time as the writer meant; an offset written beside it wins (`ACDT (+10:30)`).
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import type { TimeOfDay } from './model';

const ABBREVIATIONS: Record<string, string> = {
  UTC: 'UTC', GMT: 'UTC', Z: 'UTC', ZULU: 'UTC', UCT: 'UTC',
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', PT: 'America/Los_Angeles', 'PST/PDT': 'America/Los_Angeles', 'PDT/PST': 'America/Los_Angeles',
  MST: 'America/Denver', MDT: 'America/Denver', MT: 'America/Denver',
  CST: 'America/Chicago', CDT: 'America/Chicago', CT: 'America/Chicago',
  EST: 'America/New_York', EDT: 'America/New_York', ET: 'America/New_York', 'EST/EDT': 'America/New_York',
  AKST: 'America/Anchorage', AKDT: 'America/Anchorage', HST: 'Pacific/Honolulu',
  BST: 'Europe/London', IST: 'Asia/Kolkata', WET: 'Europe/Lisbon', WEST: 'Europe/Lisbon',
  CET: 'Europe/Paris', CEST: 'Europe/Paris', EET: 'Europe/Athens', EEST: 'Europe/Athens', MSK: 'Europe/Moscow',
  JST: 'Asia/Tokyo', KST: 'Asia/Seoul', SGT: 'Asia/Singapore', HKT: 'Asia/Hong_Kong',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', ACST: 'Australia/Adelaide', ACDT: 'Australia/Adelaide', AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland', BRT: 'America/Sao_Paulo',
};

const OFFSET = /^(?:UTC|GMT)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$/i;

function fixedOffset(sign: string, hours: string, minutes: string | undefined): string | null {
  const h = Number(hours);
  const m = Number(minutes ?? 0);
  if (h > 14 || m > 59) return null;
  const s = sign === '+' ? '+' : '-';
  return m ? `UTC${s}${h}:${String(m).padStart(2, '0')}` : `UTC${s}${h}`;
}

export function resolveZone(label: string): string | null {
  const text = label.trim();
  if (!text) return null;
  // `ACDT (+10:30)`: the offset written in the document is the truth.
  const withOffset = /^[A-Za-z/]+\s*\(\s*((?:UTC|GMT)?\s*[+-−]\s*\d{1,2}(?::?\d{2})?)\s*\)$/i.exec(text);
  if (withOffset) return resolveZone(withOffset[1]);
  const offset = OFFSET.exec(text);
  if (offset) return fixedOffset(offset[1], offset[2], offset[3]);
  const abbreviation = ABBREVIATIONS[text.toUpperCase()];
  if (abbreviation) return abbreviation;
  if (/^[A-Za-z_]+(?:\/[A-Za-z_+-]+)+$/.test(text) && IANAZone.isValidZone(text)) return new IANAZone(text).name;
  return null;
}

// A zone token: an IANA name, an abbreviation (or two, `PST/PDT`), or an offset, optionally
// followed by an offset in parentheses.
const ZONE_TOKEN = String.raw`(?:[A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?|(?:UTC|GMT)\s*[+-−]\s*\d{1,2}(?::?\d{2})?|[A-Z]{1,5}(?:\/[A-Z]{2,5})?(?:\s*\(\s*(?:UTC|GMT)?\s*[+-−]\s*\d{1,2}(?::?\d{2})?\s*\))?)`;
const DECLARATION = new RegExp(
  String.raw`(?:\b(?:all\s+)?times?\s+(?:are\s+)?(?:(?:given|shown|listed|written)\s+)?(?:in\s+)?|\btime\s*zone\s*(?:is\s*)?:?\s*|\btimezone\s*(?:is\s*)?:?\s*|\btimes\s*:\s*)(?:the\s+)?(${ZONE_TOKEN})(?![\w/])`,
  'i',
);
const BARE = new RegExp(String.raw`^\s*\(?\s*(${ZONE_TOKEN})\s*\)?\s*\.?\s*$`);

export interface ZoneMatch {
  zone: string;
  label: string;
  index: number;
  length: number;
}

export function findTimezoneDeclaration(text: string): ZoneMatch | null {
  const m = DECLARATION.exec(text) ?? BARE.exec(text);
  if (!m) return null;
  const zone = resolveZone(m[1]);
  if (!zone) return null;
  const index = m.index + m[0].lastIndexOf(m[1]);
  return { zone, label: m[1], index, length: m[1].length };
}

export function toInstant(date: string, time: TimeOfDay, zone: string): { epochMs: number; offsetMinutes: number } | null {
  const [year, month, day] = date.split('-').map(Number);
  // In a DST gap luxon moves the wall time forward; in an overlap it takes the earlier offset.
  const dt = DateTime.fromObject({ year, month, day, hour: time.hour, minute: time.minute, second: time.second }, { zone });
  if (!dt.isValid) return null;
  return { epochMs: dt.toMillis(), offsetMinutes: dt.offset };
}

export function formatIso(epochMs: number, offsetMinutes: number): string {
  return DateTime.fromMillis(epochMs, { zone: FixedOffsetZone.instance(offsetMinutes) }).toISO({ suppressMilliseconds: true, includeOffset: true })?.replace(/Z$/, '+00:00') ?? '';
}
