import { dayBackwards } from '../../../server/src/analysis/rules/timeline-day-backwards';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const earlier = (date: string, previous: string) =>
  `${date} is earlier than ${previous} above it: correct the day, or move it and its entries to their place.`;

testRule(dayBackwards, {
  valid: [
    { name: 'days in order', text: timeline('### 2024-03-05\n\n23:50 push\n\n### 2024-03-06\n\n00:04 alert\n') },
    {
      name: 'near miss: the same day twice',
      text: timeline('### 2024-03-05\n\n09:50 push\n\n### 2024-03-05\n\n10:04 alert\n'),
    },
    {
      name: 'days in words, in order across a month',
      text: timeline('### Thursday, February 29th, 2024\n\n23:50 push\n\n### March 1st, 2024\n\n00:04 alert\n'),
    },
  ],
  invalid: [
    {
      name: 'a day heading before the one above it, at its date',
      text: timeline('### 2024-03-06\n\n09:58 push\n\n### 2024-03-05\n\n10:12 alert\n'),
      findings: [{ at: '16:4-16:14', message: earlier('2024-03-05', '2024-03-06') }],
    },
    {
      name: 'compared with the latest day above, not the one just before',
      text: timeline('### 2024-03-07\n\n09:58 push\n\n### 2024-03-08\n\n10:12 alert\n\n### 2024-03-06\n\n11:00 ok\n'),
      findings: [{ at: '20:4-20:14', message: earlier('2024-03-06', '2024-03-08') }],
    },
  ],
});
