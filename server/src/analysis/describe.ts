// How entries, moments and figures are named in messages, hovers and reports.
import { humanDuration } from '../postmortem/durations';
import type { TimelineEntry } from '../postmortem/model';
import type { ImpactFigure } from './figure';
import type { LocatedMoment, MomentSource } from './moment';

/** `20:10`, as the timeline's own clock shows it. */
export function clock(entry: Pick<TimelineEntry, 'time' | 'timeText'>): string {
  if (!entry.time) return entry.timeText;
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = entry.time.second ? `:${pad(entry.time.second)}` : '';
  return `${pad(entry.time.hour)}:${pad(entry.time.minute)}${seconds}`;
}

/** A moment's clock: its entry's, or the time its Key events line or impact window gives. */
export function momentClock(moment: LocatedMoment): string {
  if (moment.entry) return clock(moment.entry);
  if (moment.keyEvent) return clock({ time: moment.keyEvent.time.time, timeText: moment.keyEvent.time.text });
  return '??:??';
}

/** `≈` before a value suggested by wording, which is not the writer's word. */
export function suggestedMark(source: MomentSource | null | undefined): string {
  return source === 'wording' ? '≈' : '';
}

/** `2h52m`, or `≈2h52m` for a figure suggested by wording. */
export function figureValue(figure: ImpactFigure): string {
  return figure.minutes === null ? '' : `${suggestedMark(figure.source)}${humanDuration(figure.minutes)}`;
}

/** `2h52m, from 17:18 (start) to 20:10 (detected)`. */
export function describeFigure(figure: ImpactFigure): string {
  if (figure.minutes === null || !figure.fromMoment || !figure.toMoment) return `${figure.name} cannot be computed`;
  return `${figureValue(figure)}, from ${momentClock(figure.fromMoment)} (${figure.from}) to ${momentClock(figure.toMoment)} (${figure.to})`;
}

/** `T+2h52m` (or `T-10m` before the start). */
export function elapsed(fromMs: number, toMs: number): string {
  const minutes = Math.round((toMs - fromMs) / 60_000);
  return `T${minutes < 0 ? '-' : '+'}${humanDuration(Math.abs(minutes))}`;
}
