import { addDays } from '../../postmortem/dates';
import type { Postmortem } from '../../postmortem/model';
import type { Rule } from '../rule';

/** Entry days the timeline says itself: on the entry, from a day marker, its declared day, or rolled over from those. */
const OWN = new Set(['entry', 'heading', 'declaration', 'rollover']);

/** The first and last days the timeline writes, when it writes any of its own (ISO dates compare as text). */
function timelineDays(pm: Postmortem): { first: string; last: string } | undefined {
  const timeline = pm.timeline;
  if (!timeline) return undefined;
  // Rolled over from the title's day alone, the days are the title's: nothing to compare.
  const stated =
    timeline.days.length > 0 ||
    timeline.entries.some(
      (e) => e.dateSource === 'entry' || e.dateSource === 'heading' || e.dateSource === 'declaration',
    );
  if (!stated) return undefined;
  let first: string | undefined;
  let last: string | undefined;
  const see = (date: string) => {
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
  };
  for (const day of timeline.days) see(day.date);
  for (const e of timeline.entries) if (e.date && OWN.has(e.dateSource)) see(e.date);
  return first !== undefined && last !== undefined ? { first, last } : undefined;
}

/** A day before or after: the title may be written in another zone than the timeline. */
function dayAround(date: string, days: number): string {
  return addDays(date, days) ?? date;
}

export const titleDateMismatch: Rule = {
  code: 'PM109',
  name: 'title-date-mismatch',
  description: "The title names a day that none of the timeline's own dates agrees with.",
  defaultSeverity: 'warning',
  check(pm) {
    const stated = pm.incidentDate;
    if (!stated || stated.source !== 'title') return [];
    const days = timelineDays(pm);
    if (!days) return [];
    const { first, last } = days;
    if (stated.date >= dayAround(first, -1) && stated.date <= dayAround(last, 1)) return [];
    const range = first === last ? `is on ${first}` : `runs from ${first} to ${last}`;
    return [
      {
        message: `The title says ${stated.date}, but the timeline ${range}: correct whichever is wrong.`,
        span: stated.span,
      },
    ];
  },
};
