// A sentence of the Summary or Impact that plainly states how long the incident lasted ("the outage
// lasted about six hours") and a timeline that disagrees beyond the sentence's own approximation.
// Only a certain figure (marked or inferred moments) is held against prose: what the entries' words
// merely suggest is never a warning. Prose is the writer's to reword, so there is no fix.
import { humanDuration } from '../../postmortem/durations';
import { momentClock } from '../describe';
import type { ImpactFigure } from '../figure';
import { isCertain } from '../moment';
import type { Rule } from '../rule';

/** The figure that is the incident's length: from the start to the resolution (Duration by default). */
function lengthFigure(figures: ImpactFigure[]): ImpactFigure | undefined {
  const spans = figures.filter((f) => f.from === 'start' && f.to === 'resolved');
  return spans.find((f) => f.name === 'Duration') ?? spans[0];
}

export const proseDurationMismatch: Rule = {
  code: 'PM207',
  name: 'prose-duration-mismatch',
  description:
    "A sentence in the Summary or Impact says how long the incident lasted, and the timeline disagrees beyond the sentence's own approximation.",
  defaultSeverity: 'warning',
  check(pm, { figures }) {
    const figure = lengthFigure(figures);
    const minutes = figure?.minutes;
    if (!figure || minutes === null || minutes === undefined || !isCertain(figure.source)) return [];
    const { fromMoment, toMoment } = figure;
    if (!fromMoment || !toMoment) return [];
    return pm.proseDurations
      .filter((p) => minutes < p.minMinutes || minutes > p.maxMinutes)
      .map((p) => ({
        message: `Says "${p.text}"; the timeline gives ${humanDuration(minutes)}, ${momentClock(fromMoment)} → ${momentClock(toMoment)} (${figure.from} → ${figure.to}).`,
        span: p.span,
      }));
  },
};
