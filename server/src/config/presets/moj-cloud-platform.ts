// The Ministry of Justice Cloud Platform's incident log: one bulleted list of bold labels. Key
// events (first detected, declared, repaired, resolved), the time to repair and to resolve, how it
// was identified, the impact, the context (the detailed timeline), the resolution and the review
// actions. Both times are measured from the first detection.
import type { ConfigInput } from '../schema';

export const mojCloudPlatform: ConfigInput = {
  sections: [
    {
      name: 'Key events',
      style: 'bold-label',
      prompt:
        '- First detected: <YYYY-MM-DD HH:MM>\n- Incident declared: <YYYY-MM-DD HH:MM>\n- Repaired: <YYYY-MM-DD HH:MM>\n- Resolved: <YYYY-MM-DD HH:MM>\n\n- **Time to repair**: <duration, e.g. 1h 20m>\n\n- **Time to resolve**: <duration, e.g. 2h 5m>',
    },
    { name: 'Identified', style: 'bold-label', prompt: '<Which alert or report showed it first>' },
    { name: 'Impact', role: 'impact', style: 'bold-label' },
    {
      name: 'Context',
      aliases: ['Timeline'],
      role: 'timeline',
      style: 'bold-label',
      prompt: '- <YYYY-MM-DD HH:MM> <What happened>\n- <YYYY-MM-DD HH:MM> <What happened next>',
    },
    { name: 'Resolution', role: 'mitigation', style: 'bold-label' },
    { name: 'Review actions', role: 'actions', style: 'bold-label', prompt: '- <An action from the review>' },
  ],
  figureDefinitions: 'moj',
  figuresIn: ['Key events'],
  // Review actions are a plain list, with no owner or ticket: neither is asked for.
  rules: { 'action-item-owner': 'off', 'action-item-ticket': 'off' },
  requiredFigures: ['MTTM', 'MTTR'],
  headerFields: [],
  incidentLeader: [],
};
