import type { Rule } from '../rule';

export const approximateTime: Rule = {
  code: 'PM105',
  name: 'timeline-approximate-time',
  description: 'A timeline entry has an approximate time (~16:50, ca. 16:50); figures using it are approximate too.',
  defaultSeverity: 'information',
  check(pm) {
    return (pm.timeline?.entries ?? [])
      .filter((e) => e.approximate && e.time)
      .map((e) => ({
        message: `Approximate time "${e.timeText}": figures measured from it are approximate; give the exact time if logs have it.`,
        span: e.timeSpan,
      }));
  },
};
