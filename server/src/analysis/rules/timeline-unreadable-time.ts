import type { Rule } from '../rule';

export const unreadableTime: Rule = {
  code: 'PM102',
  name: 'timeline-unreadable-time',
  description:
    'A timeline entry starts with something shaped like a time that is not one, such as 25:61 or 2400 UTC, or with a date that is no day, such as 2024-02-30.',
  defaultSeverity: 'error',
  check(pm) {
    return (pm.timeline?.entries ?? [])
      .filter((e) => e.unreadable)
      .map((e) => ({
        message: e.unreadableDate
          ? `"${e.timeText}" starts with a day that does not exist: ${e.unreadableDate}. Correct the date.`
          : `"${e.timeText}" is not a time of day: write it as HH:MM, 00:00 to 23:59.`,
        span: e.timeSpan,
      }));
  },
};
