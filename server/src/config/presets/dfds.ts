// DFDS's postmortems: a summary, a timeline table, contributing factors, action items, lessons
// learned, the attendees, and Stats stating the time to detection and to recovery.
import type { ConfigInput } from '../schema';

export const dfds: ConfigInput = {
  sections: [
    { name: 'Summary', role: 'summary' },
    {
      name: 'Timeline',
      role: 'timeline',
      prompt: 'All times in {zone}.\n\n| Time | Event |\n| --- | --- |\n| <YYYY-MM-DD HH:MM> | <What happened> |',
    },
    { name: 'Contributing Factors', role: 'factors' },
    { name: 'Action Items', role: 'actions', prompt: '- <An action that makes this less likely or less harmful>' },
    { name: 'Lessons Learned', prompt: '- <What we learned>' },
    { name: 'Attendees', required: false, prompt: '- <Initials of who took part>' },
    {
      name: 'Stats',
      role: 'impact',
      prompt:
        '- Category: <category>\n- Time to detection: <duration, e.g. 10m>\n- Time to recovery: <duration, e.g. 1h>',
    },
  ],
  // Action items are a plain list, with no owner or ticket: neither is asked for.
  rules: { 'action-item-owner': 'off', 'action-item-ticket': 'off' },
  requiredFigures: ['MTTD', 'MTTR'],
  headerFields: [],
  // Attendees are listed; nobody is named as leading the response.
  incidentLeader: [],
};
