import { describeClockChange } from '../clockChanges';
import type { Rule } from '../rule';

export const dstGap: Rule = {
  code: 'PM114',
  name: 'timeline-dst-gap',
  description: 'A time falls in the hour the clocks skipped when daylight saving time began, so it never happened.',
  defaultSeverity: 'warning',
  check(pm) {
    return (pm.timeline?.entries ?? []).flatMap((e) =>
      e.clockChange?.kind === 'gap' && e.epochMs !== null && e.date
        ? [{ message: describeClockChange(e, e.clockChange, e.epochMs, e.date), span: e.timeSpan }]
        : [],
    );
  },
};
