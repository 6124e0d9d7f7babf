// incident.io's Lightweight Lessons Learned template, for low-severity incidents: the lessons come
// before the timeline. Sections can be reordered in the product, so no order is checked.
import type { ConfigInput } from '../schema';

export const incidentIoLightweight: ConfigInput = {
  sections: [
    { name: 'Summary', role: 'summary' },
    { name: 'Lessons learned', aliases: ['Learnings'], prompt: '- <What we learned>' },
    { name: 'Timeline', role: 'timeline' },
    { name: 'Follow-ups', aliases: ['Follow ups', 'Action items'], role: 'actions', required: false },
  ],
  // Follow-ups name an owner; linking them to an issue tracker is optional: no ticket is asked for.
  rules: { 'section-order': 'off', 'action-item-ticket': 'off' },
  headerFields: ['Incident lead'],
  incidentLeader: ['Incident lead', 'Lead'],
  requiredFigures: [],
};
