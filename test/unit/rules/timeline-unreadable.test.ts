import { unreadableTimeline } from '../../../server/src/analysis/rules/timeline-unreadable';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const undatedHead = '# Checkout errors\n\n**Incident Leader: Dana**\n';
const undated = (body: string) =>
  postmortem({ head: undatedHead, timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const none = 'No entry of this timeline can be read:';

testRule(unreadableTimeline, {
  valid: [
    { name: 'entries read, on the title’s day', text: timeline('09:58 push\n\n10:12 alert\n') },
    {
      name: 'near miss: a timeline that only declares its zone is empty-section’s, not this rule’s',
      text: timeline(''),
    },
    {
      name: 'near miss: undated entries on one day (title-date says the date is missing)',
      text: undated('09:58 push\n\n10:12 alert\n\n23:10 late\n'),
    },
    {
      name: 'near miss: undated entries dated by a day line before them',
      text: undated('### 2024-03-05\n\n23:50 push\n\n00:04 alert\n'),
    },
  ],
  invalid: [
    {
      name: 'times inside the sentences: the first such line, with the line written as an entry',
      text: timeline('What we saw:\n\n- The deploy went out at 10:02 and errors rose.\n- Paged at 10:09.\n'),
      findings: [
        {
          at: '14:2-14:47',
          message: `${none} "The deploy went out at 10:02 and errors rose." has its time inside the line, not at its start. An entry starts with its time, as in "10:02 The deploy went out and errors rose.".`,
        },
      ],
    },
    {
      name: 'dates without times, in bold labels',
      text: timeline('- **Jun 4, 2024**: The release is published.\n- **Jun 5, 2024**: A fix is merged.\n'),
      findings: [
        {
          at: '12:2-12:44',
          message: `${none} "**Jun 4, 2024**: The release is published." has a date but no time of day. An entry starts with its time, as in "**Jun 4, 2024 10:00**: The release is published.".`,
        },
      ],
    },
    {
      name: 'prose with no time at all, quoted short',
      text: timeline(
        'The on-call engineer noticed the error rate climbing steadily through the afternoon and paged the team.\n',
      ),
      findings: [
        {
          at: '12:0-12:103',
          message: `${none} "The on-call engineer noticed the error rate climbing stea..." does not start with a time. An entry starts with its time, as in "10:00 The on-call engineer noticed the error rate climbing steadily...".`,
        },
      ],
    },
    {
      name: 'entries in a code block',
      text: timeline('```\n10:02 deploy\n10:09 paged\n```\n'),
      findings: [
        {
          at: '12:0-12:3',
          message: `${none} it is written in a code block, which is read as code. Take the entries out of the fence, one a line, each starting with its time ("10:00 What happened").`,
        },
      ],
    },
    {
      name: 'a table with no time in any cell',
      text: timeline('| Step | Event |\n| --- | --- |\n| one | deploy |\n'),
      findings: [
        {
          at: '14:0-14:16',
          message: `${none} no cell of "| one | deploy |" is a time. Put the time in the first column, or in one headed "Time": "| 10:00 | What happened |".`,
        },
      ],
    },
    {
      name: 'undated entries past midnight: once, where the day changes',
      text: undated('23:50 push\n\n23:58 alert\n\n00:04 paged\n\n00:30 fixed\n'),
      findings: [
        {
          at: '16:0-16:5',
          message:
            '4 entries have no date, and the timeline runs over more than one day (23:58, then 00:04): write the day above each day\'s entries, as "### YYYY-MM-DD", or the incident date in the title ("# YYYY-MM-DD ...").',
        },
      ],
    },
    {
      name: 'undated entries before the first day line',
      text: undated('22:00 push\n\n### 2024-03-06\n\n00:04 alert\n'),
      findings: [
        {
          at: '12:0-12:5',
          message:
            'One entry has no date, while the timeline gives one to later entries (2024-03-06): say which day it is on, with a date in the title ("# YYYY-MM-DD ...") or a day line ("### YYYY-MM-DD") above it.',
        },
      ],
    },
  ],
});
