import { ambiguousDate } from '../../../server/src/analysis/rules/timeline-ambiguous-date';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const undated = (body: string) =>
  postmortem({
    head: '# Checkout errors\n\n**Incident Leader: Dana**\n',
    timeline: `## Timeline\n\nAll times UTC.\n\n${body}`,
  });
const WRITE = [
  { title: 'Write 2021-04-03 (3 April 2021)', safe: false },
  { title: 'Write 2021-03-04 (4 March 2021)', safe: false },
];

testRule(ambiguousDate, {
  valid: [
    { name: 'a day over 12 says which number is the day', text: undated('### 28/03/2024\n\n09:58 push\n') },
    {
      name: 'near miss: another date in the timeline settles the order',
      text: undated('### 03/04/2021\n\n09:58 push\n\n### 25/04/2021\n\n10:12 alert\n'),
    },
    {
      name: 'a day without a year takes the title’s',
      text: postmortem({ timeline: '## Timeline\n\nAll times UTC.\n\n### Mar 5\n\n09:58 push\n' }),
    },
    { name: 'ISO dates are never ambiguous', text: undated('### 2021-03-04\n\n09:58 push\n') },
  ],
  invalid: [
    {
      name: 'two numbers either could be the month: both readings offered, neither safe',
      text: undated('### 03/04/2021\n\n09:58 push\n'),
      findings: [
        {
          at: '12:4-12:14',
          message:
            '"03/04/2021" could be 3 April 2021 or 4 March 2021, and no other date in the timeline says which: write it as 2021-04-03 or 2021-03-04.',
          fixes: WRITE,
        },
      ],
      output: undated('### 2021-04-03\n\n09:58 push\n'),
    },
    {
      name: 'a day in words with no year anywhere',
      text: undated('### Oct 15\n\n09:58 push\n'),
      findings: [
        {
          at: '12:4-12:10',
          message:
            '"Oct 15" has no year, and neither the title nor the timeline gives one: add the year, or date the title.',
        },
      ],
    },
  ],
});
