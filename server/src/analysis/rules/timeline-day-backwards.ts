import type { Rule } from '../rule';

export const dayBackwards: Rule = {
  code: 'PM110',
  name: 'timeline-day-backwards',
  description: 'A day heading or date line names a day earlier than a day above it.',
  defaultSeverity: 'warning',
  check(pm) {
    return (pm.timeline?.dayProblems ?? [])
      .filter((p) => p.kind === 'backwards')
      .map((p) => ({
        message: `${p.date} is earlier than ${p.previous} above it: correct the day, or move it and its entries to their place.`,
        span: p.span,
      }));
  },
};
