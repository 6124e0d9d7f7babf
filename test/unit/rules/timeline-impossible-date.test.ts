import { impossibleDate } from '../../../server/src/analysis/rules/timeline-impossible-date';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const undated = (body: string) =>
  postmortem({
    head: '# Checkout errors\n\n**Incident Leader: Dana**\n',
    timeline: `## Timeline\n\nAll times UTC.\n\n${body}`,
  });

testRule(impossibleDate, {
  valid: [
    { name: 'February 29th in a leap year', text: timeline('### 2024-02-29\n\n09:58 push\n') },
    { name: 'the right weekday', text: timeline('### Tuesday, March 5th, 2024\n\n09:58 push\n') },
    { name: 'near miss: a heading that names no day', text: timeline('### Follow-up on 31\n\n09:58 push\n') },
  ],
  invalid: [
    {
      name: 'a day February does not have, the entries below keeping the title’s day',
      text: timeline('### 2024-02-30\n\n09:58 push\n'),
      findings: [
        {
          at: '12:4-12:14',
          message:
            '"2024-02-30" is not a date: February 2024 has 29 days. The entries below it are read as on 2024-03-05.',
        },
      ],
    },
    {
      name: 'February 29th in a year that is not leap, with no other day to read the entries on',
      text: undated('### 2023-02-29\n\n09:58 push\n'),
      findings: [
        {
          at: '12:4-12:14',
          message: '"2023-02-29" is not a date: February 2023 has 28 days. The entries below it are read with no day.',
        },
      ],
    },
    {
      name: 'a day in words with its weekday, the year from the title',
      text: timeline('### Friday 31st February\n\n09:58 push\n'),
      findings: [
        {
          at: '12:4-12:24',
          message:
            '"Friday 31st February" is not a date: February has no day 31. The entries below it are read as on 2024-03-05.',
        },
      ],
    },
    {
      name: 'a weekday that is not the day’s',
      text: timeline('### Friday, March 5th, 2024\n\n09:58 push\n'),
      findings: [
        { at: '12:4-12:27', message: '2024-03-05 was a Tuesday, not a Friday: correct the weekday or the date.' },
      ],
    },
  ],
});
