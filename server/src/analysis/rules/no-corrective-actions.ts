import type { Rule } from '../rule';
import { findSection } from '../sectionNames';

const ACTION_LINE = /^\s*(?:[-*+]|\d+[.)])\s+\S|^\s*\|.*\|/m;

export const correctiveActions: Rule = {
  code: 'PM301',
  name: 'no-corrective-actions',
  description: 'The Corrective Actions section lists no action.',
  defaultSeverity: 'warning',
  check(pm) {
    const section = findSection(pm, 'actions');
    if (!section) return [];
    const content = pm.text.slice(section.contentSpan.start, section.contentSpan.end);
    if (!section.isEmpty && ACTION_LINE.test(content)) return [];
    return [
      {
        message: `List the corrective actions under "${section.heading}", one per line ("- Add an alert on ...").`,
        span: section.headingSpan,
      },
    ];
  },
};
