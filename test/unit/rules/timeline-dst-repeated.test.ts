import { dstRepeated } from '../../../server/src/analysis/rules/timeline-dst-repeated';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const on = (date: string, zone: string, body: string) =>
  postmortem({
    head: `# ${date} Checkout errors\n\n**Incident Leader: Dana**\n`,
    timeline: `## Timeline\n\nAll times ${zone}.\n\n${body}`,
  });
const twice = (time: string, read: string, other: string) =>
  `${time} happened twice in US/Pacific on 2024-11-03: the clocks went back from 02:00 to 01:00. ${read}; ${other}.`;

testRule(dstRepeated, {
  valid: [
    { name: 'outside the repeated hour', text: on('2024-11-03', 'US/Pacific', '00:50 push\n\n02:30 alert\n') },
    {
      name: 'near miss: the zone written with the time settles it',
      text: on('2024-11-03', 'US/Pacific', '01:30 PST alert\n'),
    },
    { name: 'near miss: UTC has no clock change', text: on('2024-11-03', 'UTC', '01:30 alert\n') },
  ],
  invalid: [
    {
      name: 'the first instance is assumed, and it says so',
      text: on('2024-11-03', 'US/Pacific', '00:50 push\n\n01:30 alert\n\n02:40 ok\n'),
      findings: [
        {
          at: '14:0-14:5',
          message: twice('01:30', 'Read as the first, 01:30 PDT (UTC-7)', 'if it was the second, write 01:30 PST'),
        },
      ],
    },
    {
      name: 'the second instance where the first would put the entry before the one above it',
      text: on('2024-11-03', 'US/Pacific', '01:40 push\n\n01:10 alert\n'),
      findings: [
        {
          at: '12:0-12:5',
          message: twice('01:40', 'Read as the first, 01:40 PDT (UTC-7)', 'if it was the second, write 01:40 PST'),
        },
        {
          at: '14:0-14:5',
          message: twice('01:10', 'Read as the second, 01:10 PST (UTC-8)', 'if it was the first, write 01:10 PDT'),
        },
      ],
    },
  ],
});
