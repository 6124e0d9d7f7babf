import { unreadableTime } from '../../../server/src/analysis/rules/timeline-unreadable-time';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const notATime = (written: string) => `"${written}" is not a time of day: write it as HH:MM, 00:00 to 23:59.`;

testRule(unreadableTime, {
  valid: [
    { name: 'near miss: an unknown time is timeline-unknown-time’s', text: timeline('09:58 push\n\n??:?? noticed\n') },
    {
      name: 'near miss: prose that starts with a number is no entry',
      text: timeline('09:58 push\n\n2 approvers were asked\n\n1449 tickets came in\n'),
    },
  ],
  invalid: [
    {
      name: 'a time shaped like one that is not',
      text: timeline('09:58 push [start]\n\n25:61 what\n\n10:12 alert [detected]\n'),
      findings: [{ at: '14:0-14:5', message: notATime('25:61') }],
    },
    {
      name: '24:00, a day that does not exist and 13:00 PM',
      text: timeline('09:58 push [start]\n\n24:00 x\n\n2019-02-30 10:00 y\n\n13:00 PM z\n'),
      findings: [
        { at: '14:0-14:5', message: notATime('24:00') },
        {
          at: '16:0-16:16',
          message:
            '"2019-02-30 10:00" starts with a day that does not exist: February 2019 has 28 days. Correct the date.',
        },
        { at: '18:0-18:8', message: notATime('13:00 PM') },
      ],
    },
    {
      name: 'four digits with a zone that cannot be a time (item 37 of issue 10)',
      text: timeline('09:58 push\n\n2400 UTC x\n\n9999 UTC y\n'),
      findings: [
        { at: '14:0-14:4', message: notATime('2400') },
        { at: '16:0-16:4', message: notATime('9999') },
      ],
    },
    {
      name: 'a day in words that does not exist, before a good time',
      text: timeline('09:58 push\n\nFeb 30, 2024 10:00 y\n'),
      findings: [
        {
          at: '14:0-14:18',
          message:
            '"Feb 30, 2024 10:00" starts with a day that does not exist: February 2024 has 29 days. Correct the date.',
        },
      ],
    },
  ],
});
