// Durations as people state them in an Impact section, read and written back in their own style.
import type { DurationStyle, DurationValue } from './model';

const UNIT_MINUTES: Record<string, number> = { d: 1440, h: 60, m: 1, s: 1 / 60 };

function unitOf(word: string): keyof typeof UNIT_MINUTES | null {
  const w = word.toLowerCase();
  if (/^(d|days?)$/.test(w)) return 'd';
  if (/^(h|hrs?|hours?)$/.test(w)) return 'h';
  if (/^(m|mins?|minutes?)$/.test(w)) return 'm';
  if (/^(s|secs?|seconds?)$/.test(w)) return 's';
  return null;
}

const PART = /(\d+(?:\.\d+)?)\s*([a-z]+)/gi;
const CLOCK = /^(\d{1,3}):(\d{2})(?::(\d{2}))?(?:\s*(hours?|hrs?|h))?\b/i;

interface Reading {
  minutes: number;
  style: DurationStyle;
  length: number;
}

/** One duration at the start of `text`: units (`2h 52m`), minutes (`172 min`) or a clock (`2:52`). */
function readOne(text: string): Reading | null {
  const clock = CLOCK.exec(text);
  if (clock) {
    const minutes = clock[4] && !clock[3] && clock[2] === '00' ? +clock[1] * 60 : +clock[1] * 60 + +clock[2] + (clock[3] ? +clock[3] / 60 : 0);
    return { minutes, style: 'clock', length: clock[0].length };
  }
  let minutes = 0;
  let end = 0;
  let parts = 0;
  let words = false;
  let spaced = false;
  let onlyMinutes = true;
  PART.lastIndex = 0;
  for (let m = PART.exec(text); m; m = PART.exec(text)) {
    const between = text.slice(end, m.index);
    if (parts > 0 && !/^\s*(?:,|and)?\s*$/i.test(between)) break;
    if (parts === 0 && between.trim()) return null;
    const unit = unitOf(m[2]);
    if (!unit) break;
    minutes += Number(m[1]) * UNIT_MINUTES[unit];
    if (m[2].length > 1 && !/^(min|mins|hrs?|secs?)$/i.test(m[2])) words = true;
    if (/\s/.test(m[0]) || (parts > 0 && /\s/.test(between))) spaced = true;
    if (unit !== 'm') onlyMinutes = false;
    parts++;
    end = m.index + m[0].length;
  }
  if (parts === 0) return null;
  const style: DurationStyle = words ? 'words' : onlyMinutes ? 'minutes' : spaced ? 'spaced' : 'compact';
  return { minutes, style, length: end };
}

export function parseDuration(text: string): { value: DurationValue; style: DurationStyle } | null {
  let t = text.trim();
  let approximate = false;
  let bound: DurationValue['bound'];
  const prefix = /^(~|≈|ca\.?\s|about\s|approx(?:\.|imately)?\s|around\s|roughly\s)\s*/i.exec(t);
  if (prefix) {
    approximate = true;
    t = t.slice(prefix[0].length);
  }
  const boundMatch = /^(<=?|>=?|less than\s|under\s|more than\s|over\s|at least\s|at most\s)\s*/i.exec(t);
  if (boundMatch) {
    bound = /^(<|less|under|at most)/i.test(boundMatch[1]) ? '<' : '>';
    t = t.slice(boundMatch[0].length);
  }
  // `20-60 days`: a range sharing the unit written after it.
  const range = /^(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*([a-z]+)\b/i.exec(t);
  if (range && unitOf(range[3])) {
    const unit = UNIT_MINUTES[unitOf(range[3])!];
    const rest = t.slice(range[0].length);
    if (readOne(rest.trim())) return null;
    return { value: { minutes: +range[1] * unit, maxMinutes: +range[2] * unit, approximate, ...(bound ? { bound } : {}) }, style: +range[2] * unit >= 60 ? 'words' : 'minutes' };
  }
  const one = readOne(t);
  if (!one) return null;
  const rest = t.slice(one.length);
  // A second duration on the line (`2h or 3h`) means the line is not one value.
  if (/\d/.test(rest.replace(/\([^)]*\)/g, '')) && readOne(rest.replace(/^[^\d]*/, ''))) return null;
  if (/\b(estimated|approx|approximately|roughly|about)\b/i.test(rest)) approximate = true;
  return { value: { minutes: one.minutes, approximate, ...(bound ? { bound } : {}) }, style: one.style };
}

export function formatDuration(minutes: number, style: DurationStyle): string {
  const total = Math.round(minutes);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  switch (style) {
    case 'minutes':
      return `${total}m`;
    case 'clock':
      return `${Math.floor(total / 60)}:${String(m).padStart(2, '0')}`;
    case 'words': {
      const parts: string[] = [];
      const add = (n: number, unit: string) => n && parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
      add(d, 'day');
      add(h, 'hour');
      add(m, 'minute');
      return parts.length ? parts.join(' ') : '0 minutes';
    }
    default: {
      const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m || (!d && !h) ? `${m}m` : ''].filter(Boolean);
      return parts.join(style === 'spaced' ? ' ' : '');
    }
  }
}

export function humanDuration(minutes: number): string {
  return formatDuration(minutes, 'compact');
}
