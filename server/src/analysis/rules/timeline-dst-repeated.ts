import { describeClockChange } from '../clockChanges';
import type { Rule } from '../rule';

export const dstRepeated: Rule = {
  code: 'PM115',
  name: 'timeline-dst-repeated',
  description: 'A time falls in the hour that happened twice when daylight saving time ended, so it could be either.',
  defaultSeverity: 'information',
  check(pm) {
    return (pm.timeline?.entries ?? []).flatMap((e) =>
      e.clockChange?.kind === 'repeated' && e.epochMs !== null && e.date
        ? [{ message: describeClockChange(e, e.clockChange, e.epochMs, e.date), span: e.timeSpan }]
        : [],
    );
  },
};
