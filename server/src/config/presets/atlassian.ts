// Atlassian's postmortem issue fields, in the handbook's order: a summary, the leadup, the fault,
// impact, detection, response and recovery, a timeline, five whys, the root cause, a backlog
// check, recurrence, lessons learned and the corrective actions.
import type { ConfigInput } from '../schema';

export const atlassian: ConfigInput = {
  sections: [
    { name: 'Incident summary', aliases: ['Summary'], role: 'summary' },
    { name: 'Leadup', aliases: ['Lead-up'], prompt: '<The circumstances and changes that led to the incident>' },
    { name: 'Fault', prompt: "<What didn't work as expected>" },
    { name: 'Impact', role: 'impact' },
    { name: 'Detection', prompt: '<How and when it was detected, and how that could be sooner>' },
    { name: 'Response', prompt: '<Who responded, when, and what slowed them>' },
    { name: 'Recovery', role: 'mitigation', prompt: '<How and when service was restored>' },
    { name: 'Timeline', role: 'timeline' },
    { name: 'Five whys', aliases: ['5 whys'], prompt: '1. <Why did it happen?>\n2. <Why was that?>' },
    { name: 'Root cause', aliases: ['Root causes', 'Blameless root cause'], role: 'factors' },
    { name: 'Backlog check', required: false, prompt: '<Work already planned that would have prevented it>' },
    { name: 'Recurrence', required: false, prompt: '<Earlier incidents with the same root cause>' },
    { name: 'Lessons learned', required: false, prompt: '- <What we learned>' },
    { name: 'Corrective actions', aliases: ['Follow-up tasks', 'Follow-up actions'], role: 'actions' },
  ],
  headerFields: ['Incident manager', 'Postmortem owner'],
  incidentLeader: ['Incident manager', 'Postmortem owner'],
  // Follow-up tasks are Jira issues, whose assignee is their owner: a ticket is asked for, not an owner.
  rules: { 'action-item-owner': 'off' },
  requiredFigures: [],
};
