// Durations as people state them in an Impact section (`2h52m`, `172 min`, `00:10`, `~72:00 hours`,
// `20-60 days`), read with their approximations and bounds, and written back in the document's style.
import type { DurationStyle, DurationValue } from './model';

const MINUTES_PER_DAY = 24 * 60;
const UNITS: [RegExp, number][] = [
  [/^(?:w|wks?|weeks?)$/i, 7 * MINUTES_PER_DAY],
  [/^(?:d|days?)$/i, MINUTES_PER_DAY],
  [/^(?:h|hrs?|hours?)$/i, 60],
  [/^(?:m|mins?|minutes?)$/i, 1],
  [/^(?:s|secs?|seconds?)$/i, 1 / 60],
];
const SHORT_UNIT = /^(?:w|wks?|d|h|hrs?|m|mins?|s|secs?)$/i;
const PART = /^(\d+(?:\.\d+)?)(\s*)([a-z]+)(?![a-z])/i;
const JOINER = /^(?:\s*,\s*|\s+and\s+|\s*)/i;
const CLOCK = /^(\d{1,3}):(\d{2})(?::(\d{2}))?(?![\d:])/;
const CLOCK_UNIT = /^\s*(hours?|hrs?|h|minutes?|mins?|m)(?![a-z])/i;
const APPROXIMATE = /^(?:~|≈|(?:ca\.?|c\.|circa|about|approx\.?|approximately|around|roughly)\s)\s*/i;
const BOUND =
  /^(?:<=?|≤|>=?|≥|(?:less\s+than|under|below|at\s+most|up\s+to|within|more\s+than|over|above|at\s+least)\s)\s*/i;
const LESS = /^(?:<|≤|less|under|below|at\s+most|up\s+to|within)/i;
const RANGE = /^\s*(?:-|–|—|to)\s*/i;
const BARE_NUMBER = /^(\d+(?:\.\d+)?)/;
const ESTIMATE = /\b(?:estimated|estimate|est\.|approx\.?|approximately|roughly|about)(?![a-z])/i;
const ANOTHER =
  /\d+(?:\.\d+)?\s*(?:w|wks?|weeks?|d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)(?![a-z])|\d{1,3}:\d{2}/i;

interface Reading {
  minutes: number;
  style: DurationStyle;
  length: number;
  /** Minutes in the first unit written, for the bare start of a range (`20-60 days`). */
  firstUnit: number;
  /** Minutes in the smallest unit written, as far as its decimals go (`19 hours`: 60; `1.5 hours`: 6). */
  precision: number;
}

function unitMinutes(word: string): number | null {
  return UNITS.find(([re]) => re.test(word))?.[1] ?? null;
}

function readClock(text: string): Reading | null {
  const m = CLOCK.exec(text);
  if (!m || +m[2] > 59 || (m[3] !== undefined && +m[3] > 59)) return null;
  const unitWord = CLOCK_UNIT.exec(text.slice(m[0].length));
  const [a, b, c] = [+m[1], +m[2], m[3] ? +m[3] : 0];
  // `1:30 minutes` is minutes and seconds; otherwise hours and minutes (`2:52`, `~72:00 hours`).
  const minutes = unitWord && unitMinutes(unitWord[1]) === 1 ? a + b / 60 : a * 60 + b + c / 60;
  return { minutes, style: 'clock', length: m[0].length + (unitWord?.[0].length ?? 0), firstUnit: 60, precision: 1 };
}

function readUnits(text: string): Reading | null {
  let at = 0;
  let minutes = 0;
  let parts = 0;
  let words = false;
  let spaced = false;
  let onlyMinutes = true;
  let firstUnit = 0;
  let precision = Infinity;
  const seen = new Set<number>();
  for (;;) {
    const joiner = parts ? (JOINER.exec(text.slice(at))?.[0] ?? '') : '';
    const m = PART.exec(text.slice(at + joiner.length));
    const unit = m ? unitMinutes(m[3]) : null;
    if (!m || unit === null || seen.has(unit)) break;
    seen.add(unit);
    minutes += Number(m[1]) * unit;
    firstUnit ||= unit;
    precision = Math.min(precision, unit / 10 ** (m[1].split('.')[1]?.length ?? 0));
    words ||= !SHORT_UNIT.test(m[3]);
    spaced ||= m[2] !== '' || joiner !== '';
    onlyMinutes &&= unit <= 1;
    parts++;
    at += joiner.length + m[0].length;
  }
  if (!parts) return null;
  const style: DurationStyle = onlyMinutes ? 'minutes' : words ? 'words' : spaced ? 'spaced' : 'compact';
  return { minutes, style, length: at, firstUnit, precision };
}

function readOne(text: string): Reading | null {
  return readClock(text) ?? readUnits(text);
}

function readPrefixes(text: string): { at: number; approximate: boolean; bound?: '<' | '>' } {
  let at = 0;
  let approximate = false;
  let bound: '<' | '>' | undefined;
  // An approximation and a bound, in either order (`~< 10m`, `< ~10m`), and a spare round to stop.
  for (let guard = 0; guard < 3; guard++) {
    const rest = text.slice(at);
    const a = APPROXIMATE.exec(rest);
    const b = a ? null : BOUND.exec(rest);
    if (a) {
      approximate = true;
      at += a[0].length;
    } else if (b && !bound) {
      bound = LESS.test(b[0]) ? '<' : '>';
      at += b[0].length;
    } else break;
  }
  return { at, approximate, bound };
}

export function parseDuration(text: string): { value: DurationValue; style: DurationStyle } | null {
  const t = text.trim();
  if (!t) return null;
  const prefix = readPrefixes(t);
  let at = prefix.at;
  let first = readOne(t.slice(at));
  let maxMinutes: number | undefined;
  let style: DurationStyle | undefined = first?.style;
  const bare = first ? null : BARE_NUMBER.exec(t.slice(at));
  const rangeAt = at + (first?.length ?? bare?.[0].length ?? 0);
  const separator = RANGE.exec(t.slice(rangeAt));
  const second = separator ? readOne(t.slice(rangeAt + separator[0].length)) : null;
  if (second && separator) {
    // `20-60 days`: the first number borrows the unit written after the second.
    first ??= bare
      ? {
          minutes: +bare[1] * second.firstUnit,
          style: second.style,
          length: bare[0].length,
          firstUnit: second.firstUnit,
          precision: second.precision,
        }
      : null;
    maxMinutes = second.minutes;
    style = second.style;
    at = rangeAt + separator[0].length + second.length;
  } else if (first) {
    at += first.length;
  }
  if (!first || !style) return null;
  let bound = prefix.bound;
  if (!bound && t[at] === '+') {
    bound = '>';
    at++;
  }
  const rest = t.slice(at);
  // A second duration on the line (`2h or 3h`) means the line is not one value; a parenthesised
  // remark (`(from 17:18 to 20:10)`) is commentary.
  if (ANOTHER.test(rest.replace(/\([^)]*\)/g, ' '))) return null;
  const value: DurationValue = {
    minutes: Math.round(first.minutes),
    approximate: prefix.approximate || ESTIMATE.test(rest),
  };
  if (maxMinutes !== undefined) value.maxMinutes = Math.round(maxMinutes);
  if (bound) value.bound = bound;
  // `19 hours` is written to the hour: the minutes under it were rounded away, not measured.
  if (maxMinutes === undefined && !bound && !value.approximate && first.precision > 1)
    value.precision = first.precision;
  return { value, style };
}

function parts(total: number): { d: number; h: number; m: number } {
  const d = total >= MINUTES_PER_DAY ? Math.floor(total / MINUTES_PER_DAY) : 0;
  return { d, h: Math.floor((total - d * MINUTES_PER_DAY) / 60), m: total % 60 };
}

export function formatDuration(minutes: number, style: DurationStyle): string {
  const rounded = Math.round(minutes);
  if (rounded < 0) return `-${formatDuration(-rounded, style)}`;
  const { d, h, m } = parts(rounded);
  switch (style) {
    case 'minutes':
      return `${rounded}m`;
    case 'clock':
      return `${Math.floor(rounded / 60)}:${String(rounded % 60).padStart(2, '0')}`;
    case 'words': {
      const plural = (n: number, unit: string) => (n ? [`${n} ${unit}${n === 1 ? '' : 's'}`] : []);
      const written = [...plural(d, 'day'), ...plural(h, 'hour'), ...plural(m, 'minute')];
      return written.length ? written.join(' ') : '0 minutes';
    }
    case 'compact':
    case 'spaced': {
      const written = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
      return written.length ? written.join(style === 'spaced' ? ' ' : '') : '0m';
    }
  }
}

export function humanDuration(minutes: number): string {
  return formatDuration(minutes, 'compact');
}
