import type { Rule } from '../rule';

export const unknownTime: Rule = {
  code: 'PM107',
  name: 'timeline-unknown-time',
  description: 'A timeline entry has an unknown time (??:??) and is left out of the figures.',
  defaultSeverity: 'information',
  check(pm) {
    return (pm.timeline?.entries ?? [])
      .filter((e) => e.time === null && !e.unreadable)
      .map((e) => ({
        message: 'Unknown time: this entry is left out of the figures; write the time when it is known.',
        span: e.timeSpan,
      }));
  },
};
