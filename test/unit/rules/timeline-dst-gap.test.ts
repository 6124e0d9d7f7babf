import { dstGap } from '../../../server/src/analysis/rules/timeline-dst-gap';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const on = (date: string, zone: string, body: string) =>
  postmortem({
    head: `# ${date} Checkout errors\n\n**Incident Leader: Dana**\n`,
    timeline: `## Timeline\n\nAll times ${zone}.\n\n${body}`,
  });

testRule(dstGap, {
  valid: [
    { name: 'the hour after the change', text: on('2024-03-10', 'US/Pacific', '01:50 push\n\n03:30 alert\n') },
    { name: 'near miss: the same time the next day', text: on('2024-03-11', 'US/Pacific', '02:30 alert\n') },
    { name: 'near miss: UTC has no clock change', text: on('2024-03-10', 'UTC', '02:30 alert\n') },
    { name: 'near miss: a fixed offset as written has none', text: on('2024-03-10', 'PST', '02:30 alert\n') },
  ],
  invalid: [
    {
      name: 'a time the clocks skipped, read an hour on, and what to write if it was the hour before',
      text: on('2024-03-10', 'US/Pacific', '01:50 push\n\n02:30 alert\n\n03:40 ok\n'),
      findings: [
        {
          at: '14:0-14:5',
          message:
            '02:30 does not exist in US/Pacific on 2024-03-10: the clocks went forward from 02:00 to 03:00. Read as 02:30 UTC-8, that is 03:30 PDT; if it was 01:30 PST, write that.',
        },
      ],
    },
    {
      name: 'London’s change, at 01:00',
      text: on('2024-03-31', 'Europe/London', '00:50 push\n\n01:20 alert\n'),
      findings: [
        {
          at: '14:0-14:5',
          message:
            '01:20 does not exist in Europe/London on 2024-03-31: the clocks went forward from 01:00 to 02:00. Read as 01:20 UTC+0, that is 02:20 BST; if it was 00:20 GMT, write that.',
        },
      ],
    },
  ],
});
