import type { TimelineEntry } from '../../postmortem/model';
import { lineStart } from '../../postmortem/text';
import type { Rule } from '../rule';

export const dayRollover: Rule = {
  code: 'PM106',
  name: 'timeline-day-rollover',
  description:
    'The time went back by more than 12 hours with no new date, so the entry is taken to be on the next day.',
  defaultSeverity: 'information',
  check(pm) {
    const entries = pm.timeline?.entries ?? [];
    return entries
      .filter(
        (e, i) =>
          e.dateSource === 'rollover' &&
          (i === 0 || entries[i - 1].date !== e.date || entries[i - 1].dateSource !== 'rollover'),
      )
      .map((e) => {
        // Past 9999-12-31 no date line can be written (`+010000-01-01` is no date anyone means).
        const before = e.date ? undefined : lastDateBefore(entries, e);
        if (before)
          return {
            message: `Taken to be a day after ${before}, the last date this tool reads: check the dates above this entry.`,
            span: e.timeSpan,
          };
        const start = lineStart(pm.text, e.span.start);
        const standalone = pm.text.slice(start, e.span.start).trim() === '';
        return {
          message: `Taken to be the next day${e.date ? ` (${e.date})` : ''}: add a date line ("### ${e.date ?? 'YYYY-MM-DD'}") above this entry to say so.`,
          span: e.timeSpan,
          // Only a known date on an entry that starts its own line can get its date line.
          fixes:
            e.date && standalone
              ? [
                  {
                    title: `Add the date line "### ${e.date}"`,
                    edits: [{ span: { start, end: start }, newText: `### ${e.date}${pm.eol}${pm.eol}` }],
                    safe: false,
                  },
                ]
              : [],
        };
      });
  },
};

/** The latest date of the entries above `entry`. */
function lastDateBefore(entries: TimelineEntry[], entry: TimelineEntry): string | undefined {
  let date: string | undefined;
  for (const e of entries) {
    if (e === entry) break;
    if (e.date) date = e.date;
  }
  return date;
}
