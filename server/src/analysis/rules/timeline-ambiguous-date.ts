import { monthName } from '../../postmortem/dateReading';
import type { Rule } from '../rule';

/** `3 April 2021`. */
function inWords(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthName(Number(date.slice(5, 7)))} ${date.slice(0, 4)}`;
}

export const ambiguousDate: Rule = {
  code: 'PM116',
  name: 'timeline-ambiguous-date',
  description:
    'A date in the timeline can be read two ways (03/04/2021) or has no year, and nothing in the document settles it.',
  defaultSeverity: 'warning',
  check(pm) {
    return (pm.timeline?.dayProblems ?? []).flatMap((p) => {
      if (p.kind === 'ambiguous' && p.readings) {
        const [dayFirst, monthFirst] = p.readings;
        return [
          {
            message: `"${p.text}" could be ${inWords(dayFirst)} or ${inWords(monthFirst)}, and no other date in the timeline says which: write it as ${dayFirst} or ${monthFirst}.`,
            span: p.span,
            fixes: [
              {
                title: `Write ${dayFirst} (${inWords(dayFirst)})`,
                edits: [{ span: p.span, newText: dayFirst }],
                safe: false,
              },
              {
                title: `Write ${monthFirst} (${inWords(monthFirst)})`,
                edits: [{ span: p.span, newText: monthFirst }],
                safe: false,
              },
            ],
          },
        ];
      }
      if (p.kind === 'no-year')
        return [
          {
            message: `"${p.text}" has no year, and neither the title nor the timeline gives one: add the year, or date the title.`,
            span: p.span,
          },
        ];
      return [];
    });
  },
};
