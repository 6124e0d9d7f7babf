import type { Rule } from '../rule';

export const duplicateSection: Rule = {
  code: 'PM004',
  name: 'duplicate-section',
  description: 'The same section appears twice.',
  defaultSeverity: 'warning',
  check(pm) {
    const first = new Map<string, string>();
    return pm.sections.flatMap((s) => {
      if (!s.canonical) return [];
      const earlier = first.get(s.canonical);
      if (earlier === undefined) {
        first.set(s.canonical, s.heading);
        return [];
      }
      return [{ message: `"${s.heading}" repeats the "${earlier}" section: merge the two.`, span: s.headingSpan }];
    });
  },
};
