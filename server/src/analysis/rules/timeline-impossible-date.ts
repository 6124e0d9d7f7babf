import { weekdayName, weekdayOf } from '../../postmortem/dateReading';
import type { Span, Timeline } from '../../postmortem/model';
import type { Rule } from '../rule';

/** What the entries under the marker were read as instead, told from the first of them. */
function readInstead(timeline: Timeline, span: Span): string {
  const first = timeline.entries.find((e) => e.span.start > span.end);
  if (!first) return '';
  return first.date
    ? ` The entries below it are read as on ${first.date}.`
    : ' The entries below it are read with no day.';
}

export const impossibleDate: Rule = {
  code: 'PM111',
  name: 'timeline-impossible-date',
  description: "A day heading or date line names a day that does not exist, or a weekday that is not the day's.",
  defaultSeverity: 'error',
  check(pm) {
    const timeline = pm.timeline;
    if (!timeline) return [];
    return timeline.dayProblems.flatMap((p) => {
      if (p.kind === 'impossible')
        return [
          {
            message: `"${p.text}" is not a date: ${p.reason}.${readInstead(timeline, p.span)}`,
            span: p.span,
          },
        ];
      if (p.kind === 'weekday' && p.date)
        return [
          {
            message: `${p.date} was a ${weekdayName(weekdayOf(p.date))}, not a ${p.weekday}: correct the weekday or the date.`,
            span: p.span,
          },
        ];
      return [];
    });
  },
};
