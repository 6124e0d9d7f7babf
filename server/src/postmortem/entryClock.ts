// The clock time an entry starts with, as people write it: `16:57`, `16:57:30`, `4:57 PM`, `7:56am`,
// `10.42am`, `4 PM`, `0955`, `??:??`, `[???]`. A time that is no time as written is still read, with
// what is wrong with it (a `TimeFault`), so the timeline rule can say so instead of the entry
// disappearing: `25:61`, `13:55 PM`, `07:7:47`. A leaf: it imports only the model's types.
import type { TimeFault, TimeOfDay } from './model';

export interface Clock {
  length: number;
  /** null for an unknown time or one that cannot be read. */
  time: TimeOfDay | null;
  unknown: boolean;
  fault: TimeFault | undefined;
  /** `0955`: a time only when a zone or a separator says so. */
  fourDigits: boolean;
}

const MERIDIEM = String.raw`\s?([ap])\.?m\b\.?`;
// Fractions of a second, as logs write them (`16:57:30.250`), are read past.
const CLOCK = new RegExp(String.raw`^(\d{1,2})([:.])(\d{2})(?::(\d{2})(?:[.,]\d{1,6})?)?(?:${MERIDIEM})?`, 'i');
const HOUR_MERIDIEM = new RegExp(String.raw`^(\d{1,2})${MERIDIEM}`, 'i');
const FOUR_DIGITS = /^(\d{2})(\d{2})(?!\d)(\s?(?:hrs|hr|h)\b)?/i;
const UNKNOWN = /^(?:\?{1,2}[:.]\?{1,2}|--:--)/;
// `[???]`: question marks alone are an unknown time only inside brackets or backticks.
const WRAPPED_UNKNOWN = /^\?{2,3}(?=[\]`])/;
// A field of one digit where two belong: `07:7:47`, `10:5 PM`. `1:1 with Sam` stays prose.
const LOOSE = new RegExp(String.raw`^\d{1,2}:(?:\d{1,2}:\d{1,2}(?![\d:])|\d(?=${MERIDIEM}))(?:${MERIDIEM})?`, 'i');

const unknownClock = (length: number): Clock => ({
  length,
  time: null,
  unknown: true,
  fault: undefined,
  fourDigits: false,
});

/**
 * A time of day from its fields. With AM or PM, an hour of 13 to 23 can be read one way only,
 * on the 24-hour clock: the meridiem is the mistake (`13:55 PM`, `23:00 AM`), and it is reported.
 */
function timeOf(
  hour: number,
  minute: number,
  second: number,
  meridiem: { letter: string; start: number; end: number } | undefined,
): { time: TimeOfDay | null; fault: TimeFault | undefined } {
  if (hour > 23 || minute > 59 || second > 59)
    return { time: null, fault: { kind: 'out-of-range', hour, minute, second } };
  if (!meridiem) return { time: { hour, minute, second }, fault: undefined };
  const pm = meridiem.letter.toLowerCase() === 'p';
  if (hour === 0 && pm) return { time: null, fault: { kind: 'hour-zero', minute } };
  if (hour > 12) {
    const span = { start: meridiem.start, end: meridiem.end };
    return { time: { hour, minute, second }, fault: { kind: 'meridiem', meridiem: pm ? 'PM' : 'AM', span } };
  }
  return { time: { hour: (hour % 12) + (pm ? 12 : 0), minute, second }, fault: undefined };
}

/** Where the meridiem group (the last one) starts in a match, with the space before it. */
function meridiemOf(m: RegExpExecArray, group: number): { letter: string; start: number; end: number } | undefined {
  const letter = m[group];
  if (letter === undefined) return undefined;
  const end = m[0].length;
  const start = m[0].search(/\s?[ap]\.?m\b\.?$/i);
  return { letter, start, end };
}

export function readClock(s: string, wrapped: boolean): Clock | null {
  let m = UNKNOWN.exec(s) ?? (wrapped ? WRAPPED_UNKNOWN.exec(s) : null);
  if (m) return unknownClock(m[0].length);
  m = CLOCK.exec(s);
  if (m) {
    // `1.12.13` or `3.2.1` are versions: a dot time stands alone.
    if (m[2] === '.' && (m[4] !== undefined || /^\.\d/.test(s.slice(m[0].length)))) return null;
    const { time, fault } = timeOf(+m[1], +m[3], m[4] ? +m[4] : 0, meridiemOf(m, 5));
    // A dot form out of range (`3.75`) is a number, a colon form out of range (`25:61`) a broken time.
    if (!time && m[2] === '.') return null;
    if (m[4] === undefined && /^:\d/.test(s.slice(m[0].length))) return looseClock(s);
    return { length: m[0].length, time, unknown: false, fault, fourDigits: false };
  }
  const loose = looseClock(s);
  if (loose) return loose;
  m = HOUR_MERIDIEM.exec(s);
  if (m) {
    const { time, fault } = timeOf(+m[1], 0, 0, meridiemOf(m, 2));
    // `13 PM` is no shape of a time anyone writes: prose.
    return time && !fault ? { length: m[0].length, time, unknown: false, fault, fourDigits: false } : null;
  }
  m = FOUR_DIGITS.exec(s);
  if (m) {
    // `2400 UTC` and `9999 UTC` say they are times and cannot be: read with the fault, like `25:61`
    // (the reader takes four bare digits out of range only with a zone).
    const { time, fault } = timeOf(+m[1], +m[2], 0, undefined);
    return { length: m[0].length, time, unknown: false, fault, fourDigits: !m[3] };
  }
  return null;
}

function looseClock(s: string): Clock | null {
  const m = LOOSE.exec(s);
  return m && { length: m[0].length, time: null, unknown: false, fault: { kind: 'digits' }, fourDigits: false };
}
