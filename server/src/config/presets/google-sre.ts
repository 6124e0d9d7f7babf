// The example postmortem of Google's SRE book: a header of Date, Authors and Status, then short
// bold-label sections, an action-item table whose last cell holds TODO or DONE, lessons learned in
// three parts, and a timeline marked in capitals (OUTAGE BEGINS, INCIDENT BEGINS...).
import type { ConfigInput } from '../schema';

export const googleSre: ConfigInput = {
  sections: [
    { name: 'Summary', role: 'summary', style: 'bold-label', prompt: '<What broke, for whom and for how long>' },
    { name: 'Impact', role: 'impact', style: 'bold-label', prompt: '<What users lost: requests, revenue, data>' },
    { name: 'Root Causes', aliases: ['Root Cause'], role: 'factors', style: 'bold-label' },
    { name: 'Trigger', style: 'bold-label', prompt: '<What set the latent cause off>' },
    { name: 'Resolution', role: 'mitigation', style: 'bold-label' },
    { name: 'Detection', style: 'bold-label', prompt: '<Which alert or person noticed first>' },
    {
      name: 'Action Items',
      role: 'actions',
      prompt:
        '| Action Item | Type | Owner | Bug |\n| --- | --- | --- | --- |\n| <An action that makes this less likely or less harmful> | <prevent, mitigate or process> | <owner> | <ticket> TODO |',
    },
    {
      name: 'Lessons Learned',
      prompt:
        '### What went well\n\n- <What helped>\n\n### What went wrong\n\n- <What hurt>\n\n### Where we got lucky\n\n- <What saved us by chance>',
    },
    { name: 'Timeline', role: 'timeline' },
    { name: 'Supporting information', required: false, prompt: '<Links to graphs, logs and chat>' },
  ],
  headerFields: ['Date', 'Authors', 'Status'],
  // The template names authors, not an incident commander: the timeline says who took command.
  incidentLeader: [],
  statusWords: ['TODO', 'DONE'],
  requiredFigures: [],
};
