import type { Rule } from '../rule';

export const dayRollover: Rule = {
  code: 'PM106',
  name: 'timeline-day-rollover',
  description: 'The time went back by more than 12 hours with no new date, so the entry is taken to be on the next day.',
  defaultSeverity: 'information',
  check(pm) {
    const entries = pm.timeline?.entries ?? [];
    return entries
      .filter((e, i) => e.dateSource === 'rollover' && (i === 0 || entries[i - 1].date !== e.date || entries[i - 1].dateSource !== 'rollover'))
      .map((e) => ({
        message: `Taken to be the next day${e.date ? ` (${e.date})` : ''}: add a date line ("### ${e.date ?? 'YYYY-MM-DD'}") above this entry to say so.`,
        span: e.timeSpan,
      }));
  },
};
