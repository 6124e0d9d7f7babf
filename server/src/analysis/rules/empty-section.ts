import type { Rule } from '../rule';

export const emptySection: Rule = {
  code: 'PM003',
  name: 'empty-section',
  description: 'A section has a heading and nothing under it.',
  defaultSeverity: 'warning',
  check(pm) {
    // An empty Corrective Actions section is reported by no-corrective-actions instead.
    return pm.sections
      .filter((s) => s.isEmpty && s.role !== 'actions')
      .map((s) => ({
        message: `Section "${s.heading}" is empty: write it, or remove the heading.`,
        span: s.headingSpan,
      }));
  },
};
