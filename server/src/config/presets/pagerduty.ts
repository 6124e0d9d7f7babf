// PagerDuty's postmortem template: the owner, meeting and recording under the title, an overview,
// what happened and why, an impact table, the responders, a timeline table, how we did, action
// items as tickets and the messages sent. PagerDuty measures MTTA and MTTR from the page.
import type { ConfigInput } from '../schema';

export const pagerduty: ConfigInput = {
  sections: [
    { name: 'Overview', role: 'summary', prompt: '<One or two sentences: what failed, for how long, and the impact>' },
    { name: 'What Happened', prompt: '<A short description of what happened>' },
    { name: 'Contributing Factors', role: 'factors' },
    { name: 'Resolution', role: 'mitigation', prompt: '<What solved it, temporary fixes included>' },
    { name: 'Impact', role: 'impact', prompt: '<Exact numbers: time at each severity, customers and events affected>' },
    { name: 'Responders', prompt: '- <Incident commander, scribe and who else took part>' },
    {
      name: 'Timeline',
      role: 'timeline',
      prompt:
        'All times {zone}.\n\n| Time | Event | Data Link |\n| --- | --- | --- |\n| <HH:MM> | <What happened> | <link> |',
    },
    {
      name: "How'd We Do?",
      aliases: ['How did we do'],
      prompt: "### What Went Well?\n\n- <...>\n\n### What Didn't Go So Well?\n\n- <...>",
    },
    { name: 'Action Items', role: 'actions', prompt: '- <A ticket: the action, its owner and link>' },
    { name: 'Messaging', required: false, prompt: '<The internal email and the status page message>' },
  ],
  headerFields: ['Postmortem Owner', 'Meeting Scheduled For', 'Call Recording'],
  incidentLeader: ['Postmortem Owner', 'IC', 'Incident Commander'],
  figureDefinitions: 'pagerduty',
  requiredFigures: [],
};
