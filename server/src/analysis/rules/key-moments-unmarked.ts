import type { Rule } from '../rule';

export const unmarkedMoments: Rule = {
  code: 'PM204',
  name: 'key-moments-unmarked',
  description:
    'A stated figure cannot be checked: its key moments are not marked in the timeline and cannot be inferred.',
  defaultSeverity: 'warning',
  check(pm, { figures }) {
    const timeline = pm.timeline;
    if (!timeline || timeline.entries.length === 0) return [];
    return figures
      .filter((f) => f.stated?.value && f.minutes === null)
      .map((f) => {
        const missing = [f.fromEntry ? null : f.from, f.toEntry ? null : f.to].filter(Boolean).map((m) => `[${m}]`);
        return {
          message: `${f.name} cannot be checked against the timeline: mark the ${missing.join(' and ')} ${missing.length > 1 ? 'entries' : 'entry'}.`,
          span: f.stated?.nameSpan ?? timeline.section.headingSpan,
        };
      });
  },
};
