import { titleDateMismatch } from '../../../server/src/analysis/rules/title-date-mismatch';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const titled = (title: string, body: string) =>
  postmortem({ head: `${title}\n\n**Incident Leader: Dana**\n`, timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const timeline = (body: string) => titled('# 2024-03-05 Checkout errors', body);
const wrong = (title: string, timelineSays: string) =>
  `The title says ${title}, but the timeline ${timelineSays}: correct whichever is wrong.`;

testRule(titleDateMismatch, {
  valid: [
    { name: 'a day heading on the title’s day', text: timeline('### 2024-03-05\n\n09:58 push\n') },
    {
      name: 'near miss: a day after the title’s, as a title written in another zone gives',
      text: timeline('### 2024-03-06\n\n09:58 push\n'),
    },
    {
      name: 'the title’s day inside the days the timeline spans',
      text: timeline('### 2024-03-04\n\n23:58 push\n\n### 2024-03-07\n\n00:10 ok\n'),
    },
    { name: 'near miss: a timeline dated only from the title', text: timeline('09:58 push\n\n10:12 alert\n') },
    {
      name: 'near miss: the date is not the title’s but the front matter’s',
      text: '---\ndate: 2024-03-05\n---\n' + titled('# Checkout errors', '### 2024-04-05\n\n09:58 push\n'),
    },
  ],
  invalid: [
    {
      name: 'a day heading a month away from the title’s day',
      text: timeline('### 2024-04-05\n\n09:58 push\n\n10:12 alert\n'),
      findings: [{ at: '0:2-0:12', message: wrong('2024-03-05', 'is on 2024-04-05') }],
    },
    {
      name: 'several days, none near the title’s',
      text: timeline('### 2024-04-05\n\n23:58 push\n\n### 2024-04-06\n\n00:10 ok\n'),
      findings: [{ at: '0:2-0:12', message: wrong('2024-03-05', 'runs from 2024-04-05 to 2024-04-06') }],
    },
    {
      name: 'entries dated on their line, and a title date in words, found where it is written',
      text: titled('# Checkout errors of March 5th, 2024', '2024-05-03 09:58 push\n\n2024-05-03 10:12 alert\n'),
      findings: [{ at: '0:21-0:36', message: wrong('2024-03-05', 'is on 2024-05-03') }],
    },
  ],
});
