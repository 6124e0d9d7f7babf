// GitLab's incident review: a summary stating the services, the team, the time to detection and
// the minutes of downtime, the customer impact, an analysis of the response and of the incident,
// and what went well. The incident issue holds the timeline; a review may repeat it.
import type { ConfigInput } from '../schema';

export const gitlab: ConfigInput = {
  sections: [
    {
      name: 'Summary',
      role: 'summary',
      prompt:
        '<What happened, for executives>\n\n- Service(s) affected: <service>\n- Team attribution: <team>\n- Time to detection: <duration, e.g. 10m>\n- Minutes downtime or degradation: <duration, e.g. 45m>',
    },
    { name: 'Customer Impact', aliases: ['Impact & Metrics', 'Impact'], role: 'impact' },
    {
      name: 'Incident Response Analysis',
      prompt: '<How it was detected, diagnosed and mitigated, and what would have been faster>',
    },
    {
      name: 'Post Incident Analysis',
      role: 'factors',
      prompt: '<The root cause, earlier events like it, and the change that triggered it>',
    },
    { name: 'What went well', prompt: '- <What helped>' },
    { name: 'Timeline', role: 'timeline', required: false },
    { name: 'Corrective Actions', aliases: ['Follow-ups'], role: 'actions', required: false },
  ],
  figuresIn: ['Summary'],
  figures: { Duration: { aliases: ['Minutes downtime or degradation', 'Minutes downtime'] } },
  requiredFigures: ['MTTD'],
  headerFields: [],
  // The incident issue's assignees are its owners: the review has no leader field.
  incidentLeader: [],
};
