// How entries and figures are named in messages, hovers and reports.
import { humanDuration } from '../postmortem/durations';
import type { TimelineEntry } from '../postmortem/model';
import type { ImpactFigure } from './figure';

/** `20:10`, as the timeline's own clock shows it. */
export function clock(entry: TimelineEntry): string {
  if (!entry.time) return entry.timeText;
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = entry.time.second ? `:${pad(entry.time.second)}` : '';
  return `${pad(entry.time.hour)}:${pad(entry.time.minute)}${seconds}`;
}

/** `2h52m, from 17:18 (start) to 20:10 (detected)`. */
export function describeFigure(figure: ImpactFigure): string {
  if (figure.minutes === null || !figure.fromEntry || !figure.toEntry) return `${figure.name} cannot be computed`;
  return `${humanDuration(figure.minutes)}, from ${clock(figure.fromEntry)} (${figure.from}) to ${clock(figure.toEntry)} (${figure.to})`;
}

/** `T+2h52m` (or `T-10m` before the start). */
export function elapsed(fromMs: number, toMs: number): string {
  const minutes = Math.round((toMs - fromMs) / 60_000);
  return `T${minutes < 0 ? '-' : '+'}${humanDuration(Math.abs(minutes))}`;
}
