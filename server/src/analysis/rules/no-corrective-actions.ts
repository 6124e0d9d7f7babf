import type { Rule } from '../rule';
import { correctiveActionsName, findSection } from '../sectionNames';

const ACTION_LINE = /^\s*(?:[-*+]|\d+[.)])\s+\S|^\s*\|.*\|/m;

export const correctiveActions: Rule = {
  code: 'PM301',
  name: 'no-corrective-actions',
  description: 'The Corrective Actions section lists no action.',
  defaultSeverity: 'warning',
  check(pm, { config }) {
    const section = findSection(pm, correctiveActionsName(config));
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
