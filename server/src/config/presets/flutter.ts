// Flutter's postmortem template: status and owners under the title, a summary of labelled fields
// (description, component, date, duration, user impact), a timeline in Pacific time with a heading
// per day and <START OF OUTAGE> and <END OF OUTAGE> markers, impact, root causes, lessons learned
// in three parts, action items by kind, and an appendix.
import type { ConfigInput } from '../schema';

export const flutter: ConfigInput = {
  sections: [
    {
      name: 'Summary',
      role: 'summary',
      prompt:
        'Description: <symptoms and root cause><br> Component: <affected area><br> Date/time: <YYYY-MM-DD HH:MM><br> Duration: <time from breakage to resolution><br> User impact: <who was affected>',
    },
    {
      name: 'Timeline',
      role: 'timeline',
      prompt:
        'All times {zone}.\n\n### <YYYY-MM-DD>\n\n<HH:MM> - <What happened> **\\<START OF OUTAGE>**\n\n<HH:MM> - <What ended it> **\\<END OF OUTAGE>**',
    },
    { name: 'Impact', role: 'impact', prompt: '<The problems the outage caused>' },
    {
      name: 'Root causes',
      aliases: ['Root cause'],
      role: 'factors',
      prompt: '<Without blame, what caused the outage>',
    },
    {
      name: 'Lessons learned',
      prompt: "### What worked\n\n- <...>\n\n### Where we got lucky\n\n- <...>\n\n### What didn't work\n\n- <...>",
    },
    {
      name: 'Action items',
      role: 'actions',
      prompt: '### Prevention\n\n- <issue link> (owner: <name>)\n\n### Detection\n\n- <issue link> (owner: <name>)',
    },
    { name: 'Appendix', required: false, prompt: '<Chat logs and other useful material>' },
  ],
  headerFields: ['Status', 'Owners'],
  incidentLeader: ['Owners', 'Owner'],
  figuresIn: ['Summary'],
  requiredFigures: ['Duration'],
  defaultTimezone: 'America/Los_Angeles',
};
