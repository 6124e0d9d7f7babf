// incident.io's Contributors, Mitigators and Risks template, for high-severity incidents. Its
// sections can be reordered in the product, so no order is checked.
import type { ConfigInput } from '../schema';

export const incidentIoCmr: ConfigInput = {
  sections: [
    { name: 'Summary', role: 'summary' },
    { name: 'Timeline', role: 'timeline' },
    {
      name: 'Contributors',
      aliases: ['Contributing factors'],
      role: 'factors',
      prompt: '- <A condition that contributed>',
    },
    { name: 'Mitigators', role: 'mitigation', prompt: '- <What limited the impact or helped end it>' },
    { name: 'Learnings and risks', aliases: ['Learnings', 'Risks'], prompt: '- <A risk we now see, or a lesson>' },
    { name: 'Follow-ups', aliases: ['Follow ups', 'Action items'], role: 'actions' },
  ],
  // Follow-ups name an owner; linking them to an issue tracker is optional: no ticket is asked for.
  rules: { 'section-order': 'off', 'action-item-ticket': 'off' },
  headerFields: ['Incident lead'],
  incidentLeader: ['Incident lead', 'Lead'],
  requiredFigures: [],
};
