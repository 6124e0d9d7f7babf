// The time that starts a timeline entry, in the many ways people write it (FORMAT.md sections 4
// and 8): `16:57`, `~16:50:`, `ca. 9:05`, `4:57 PM`, `0955`, `15.26`, `**15:11**`,
// `2019-02-06 16:57 UTC -`, `??:??`. Ordinary prose that starts with a number is not a time.
import type { TimeOfDay } from './model';
import { resolveZone } from './zones';

export interface EntryTimeMatch {
  length: number;
  timeStart: number;
  timeEnd: number;
  approximate: boolean;
  date: string | null;
  time: TimeOfDay | null;
  unknown: boolean;
  unreadable: boolean;
  zone: string | null;
}

const HEAD = /^(\s*(?:\*\*|__|\*|_)?\s*)((?:\\?~\s?|(?:ca\.|circa|approx\.?|about)\s+)?)(?:(\d{4}-\d{2}-\d{2})(?:T|\s+|,\s*))?((?:\\?~\s?|(?:ca\.|approx\.?)\s+)?)/i;
// hh:mm[:ss] or hh.mm, an optional am/pm; or hmm/hhmm; or h am/pm; or ??:??.
const CLOCK = /^(?:(\d{1,2})([:.])(\d{2})(?::(\d{2}))?(?:\s?([ap])\.?m\.?(?![a-z]))?|(\d{1,2})\s?([ap])\.?m\.?(?![a-z])|(\d{2})(\d{2})(?!\d)|(\?\?[:.]?\?\?))/i;
const TAIL = /^((?:\*\*|__|\*|_)?)(\s*\(?\s*([A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\s*\)?(?![A-Za-z]))?((?:\*\*|__|\*|_)?)(\s*(?:[:|]|[-–—](?!\d))(?:\*\*|__)?)?\s*/;

export function matchEntryTime(line: string): EntryTimeMatch | null {
  const head = HEAD.exec(line);
  if (!head) return null;
  const [, lead, approx1, date, approx2] = head;
  const clockAt = head[0].length;
  const clock = CLOCK.exec(line.slice(clockAt));
  if (!clock) return null;
  const afterClock = clockAt + clock[0].length;
  const tail = TAIL.exec(line.slice(afterClock));
  const zoneText = tail?.[3] && resolveZone(tail[3]) ? tail[3] : null;
  const separator = zoneText ? tail?.[5] : /^(?:\*\*|__|\*|_)?\s*(?:[:|]|[-–—](?!\d))/.exec(line.slice(afterClock))?.[0];
  const next = line[afterClock] ?? '';
  const terminated = next === '' || /[\s*_:|,)\-–—]/.test(next);
  if (!terminated) return null;

  let time: TimeOfDay | null = null;
  let unknown = false;
  let unreadable = false;
  if (clock[10]) {
    unknown = true;
  } else if (clock[8]) {
    // Four digits without a colon are a time only when something says so: a zone or a separator.
    if (!zoneText && !separator) return null;
    time = checked(+clock[8], +clock[9], 0, undefined);
    if (!time) return null;
  } else if (clock[6]) {
    time = checked(+clock[6], 0, 0, clock[7]);
    if (!time) return null;
  } else {
    if (clock[2] === '.' && (clock[4] || !/^\s|^$|^[:\-–—|*_]/.test(line.slice(afterClock)))) return null;
    time = checked(+clock[1], +clock[3], clock[4] ? +clock[4] : 0, clock[5]);
    unreadable = time === null;
  }
  if (date && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date)) return null;

  const timeStart = lead.length;
  const timeEnd = afterClock;
  const rest = line.slice(afterClock);
  const length = afterClock + (zoneText && tail ? tail[0].length : restAfterEmphasis(rest));
  return {
    length,
    timeStart,
    timeEnd,
    approximate: !!(approx1 || approx2),
    date: date ?? null,
    time,
    unknown,
    unreadable,
    zone: zoneText,
  };
}

/** The closing emphasis, separator and spaces after a time that has no zone. */
function restAfterEmphasis(rest: string): number {
  return /^(?:\*\*|__|\*|_)?\s*(?:[:|]|[-–—](?!\d))?(?:\*\*|__)?\s*/.exec(rest)?.[0].length ?? 0;
}

function checked(hour: number, minute: number, second: number, meridiem: string | undefined): TimeOfDay | null {
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}
