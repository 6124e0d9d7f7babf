// incident.io's Root Cause Analysis template: the root cause, its technical analysis, the impact on
// customers and the business, the resolution and the lessons. Sections can be reordered in the
// product, so no order is checked.
import type { ConfigInput } from '../schema';

export const incidentIoRca: ConfigInput = {
  sections: [
    { name: 'Summary', role: 'summary' },
    { name: 'Root cause', aliases: ['Root causes', 'Root cause analysis'], role: 'factors' },
    { name: 'Technical analysis', required: false, prompt: '<How the failure unfolded in the system>' },
    {
      name: 'Impact',
      role: 'impact',
      prompt:
        '### Customer impact\n\n<Who was affected and how>\n\n### Business impact\n\n<Revenue, contracts, reputation>',
    },
    { name: 'Resolution', aliases: ['Resolution steps'], role: 'mitigation' },
    { name: 'Timeline', role: 'timeline' },
    { name: 'Lessons learned', prompt: '- <What we learned>' },
    { name: 'Follow-ups', aliases: ['Follow ups', 'Action items'], role: 'actions' },
  ],
  // Follow-ups name an owner; linking them to an issue tracker is optional: no ticket is asked for.
  rules: { 'section-order': 'off', 'action-item-ticket': 'off' },
  headerFields: ['Incident lead'],
  incidentLeader: ['Incident lead', 'Lead'],
  requiredFigures: [],
};
