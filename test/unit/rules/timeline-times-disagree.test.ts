import { timesDisagree } from '../../../server/src/analysis/rules/timeline-times-disagree';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) =>
  postmortem({
    head: '# 2024-06-06 Checkout errors\n\n**Incident Leader: Dana**\n',
    timeline: `## Timeline\n\n${body}`,
  });

testRule(timesDisagree, {
  valid: [
    {
      name: 'the two times are one moment',
      text: timeline('13:14 EDT (17:14 UTC) push\n\n13:20 EDT (17:20 UTC) alert\n'),
    },
    { name: 'near miss: a 12-hour time and its UTC twin', text: timeline('1:14 PM EDT (17:14 UTC) push\n') },
    { name: 'near miss: one time only', text: timeline('All times UTC.\n\n17:14 push\n') },
  ],
  invalid: [
    {
      name: 'an hour apart: at the second time, which the entry takes',
      text: timeline('13:14 EDT (18:14 UTC) push\n\n13:20 EDT (17:20 UTC) alert\n'),
      findings: [
        {
          at: '10:10-10:21',
          message:
            '13:14 EDT is 17:14 UTC, not 18:14 UTC (1 h apart): the entry is read at 18:14 UTC; correct whichever is wrong.',
        },
      ],
    },
    {
      name: 'minutes apart',
      text: timeline('13:14 EDT (17:41 UTC) push\n'),
      findings: [
        {
          at: '10:10-10:21',
          message:
            '13:14 EDT is 17:14 UTC, not 17:41 UTC (27 min apart): the entry is read at 17:41 UTC; correct whichever is wrong.',
        },
      ],
    },
  ],
});
