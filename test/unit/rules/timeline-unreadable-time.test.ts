import { unreadableTime } from '../../../server/src/analysis/rules/timeline-unreadable-time';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const HOW = 'write it as HH:MM, 00:00 to 23:59.';

testRule(unreadableTime, {
  valid: [
    { name: 'near miss: an unknown time is timeline-unknown-time’s', text: timeline('09:58 push\n\n??:?? noticed\n') },
    {
      name: 'near miss: prose that starts with a number is no entry',
      text: timeline('09:58 push\n\n2 approvers were asked\n\n1449 tickets came in\n\n1:1 with the lead\n'),
    },
    {
      name: 'near miss: 12-hour times with their hour from 1 to 12, 00:30 AM and 12:05 AM',
      text: timeline('1:55 PM push\n\n00:30 AM overnight\n\n12:05 AM just after midnight\n'),
    },
  ],
  invalid: [
    {
      name: 'an hour and minutes past the clock',
      text: timeline('09:58 push [start]\n\n25:61 what\n\n10:12 alert [detected]\n'),
      findings: [
        {
          at: '14:0-14:5',
          message: `"25:61" is not a time of day: there is no hour 25 (hours go from 00 to 23), and minutes go up to 59, not 61; ${HOW}`,
        },
      ],
    },
    {
      name: '24:00, seconds past 59, a day that does not exist and a five-digit year',
      text: timeline('09:58 push\n\n24:00 x\n\n10:00:75 y\n\n2019-02-30 10:00 z\n\n20202-01-24 12:00 w\n'),
      findings: [
        {
          at: '14:0-14:5',
          message: `"24:00" is not a time of day: there is no hour 24 (midnight is 00:00 of the next day); ${HOW}`,
        },
        { at: '16:0-16:8', message: `"10:00:75" is not a time of day: seconds go up to 59, not 75; ${HOW}` },
        {
          at: '18:0-18:16',
          message:
            '"2019-02-30 10:00" starts with a day that does not exist: February 2019 has 28 days. Correct the date.',
        },
        {
          at: '20:0-20:17',
          message:
            '"20202-01-24 12:00" starts with a day that does not exist: the year 20202 is out of range. Correct the date.',
        },
      ],
    },
    {
      name: 'a field with one digit where two belong',
      text: timeline('07:7:47 pods evicted\n\n10:5 PM paged\n'),
      findings: [
        {
          at: '12:0-12:7',
          message:
            '"07:7:47" is not a time of day: minutes and seconds take two digits (07:07:47, if that is what was meant).',
        },
        {
          at: '14:0-14:7',
          message:
            '"10:5 PM" is not a time of day: minutes and seconds take two digits (10:05 PM, if that is what was meant).',
        },
      ],
    },
    {
      name: 'hour 0 with PM',
      text: timeline('0:30 PM lunch deploy\n'),
      findings: [
        {
          at: '12:0-12:7',
          message:
            '"0:30 PM" is not a time of day: a 12-hour clock has no hour 0. Write 12:30 PM after noon, or 00:30 after midnight.',
        },
      ],
    },
    {
      name: 'a 24-hour time with PM: read as its hour says, and PM dropped by a safe fix',
      text: timeline('13:55 PM alarms fire [detected]\n\n- **14:17 pm:** load drops\n'),
      findings: [
        {
          at: '12:0-12:8',
          message: '"13:55 PM" mixes the 24-hour and 12-hour clocks: read as 13:55. Write 13:55, or 1:55 PM.',
          fixes: [{ title: 'Write 13:55', safe: true }],
        },
        {
          at: '14:4-14:12',
          message: '"14:17 pm" mixes the 24-hour and 12-hour clocks: read as 14:17. Write 14:17, or 2:17 PM.',
          fixes: [{ title: 'Write 14:17', safe: true }],
        },
      ],
      output: timeline('13:55 alarms fire [detected]\n\n- **14:17:** load drops\n'),
    },
    {
      name: 'a 24-hour time with AM: read as its hour says, the fix offered but not safe',
      text: timeline('22:22 PM peak\n\n23:00 AM MST mempool empty\n'),
      findings: [
        {
          at: '12:0-12:8',
          message: '"22:22 PM" mixes the 24-hour and 12-hour clocks: read as 22:22. Write 22:22, or 10:22 PM.',
          fixes: [{ title: 'Write 22:22', safe: true }],
        },
        {
          at: '14:0-14:8',
          message: '"23:00 AM" cannot be: 23:00 is after noon, not AM. Read as 23:00: write 23:00, or 11:00 PM.',
          fixes: [{ title: 'Write 23:00', safe: false }],
        },
      ],
      output: timeline('22:22 peak\n\n23:00 MST mempool empty\n'),
    },
    {
      name: 'in a heading, a bracket and a table cell',
      text: timeline('### 25:00 - Team alerted\n\n[13:75] paged\n\n| Time | Event |\n| --- | --- |\n| 99:99 | x |\n'),
      findings: [
        {
          at: '12:4-12:9',
          message: `"25:00" is not a time of day: there is no hour 25 (hours go from 00 to 23); ${HOW}`,
        },
        { at: '14:1-14:6', message: `"13:75" is not a time of day: minutes go up to 59, not 75; ${HOW}` },
        {
          at: '18:2-18:7',
          message: `"99:99" is not a time of day: there is no hour 99 (hours go from 00 to 23), and minutes go up to 59, not 99; ${HOW}`,
        },
      ],
    },
    {
      name: 'four digits with a zone that cannot be a time (item 37 of issue 10)',
      text: timeline('09:58 push\n\n2400 UTC x\n\n9999 UTC y\n'),
      findings: [
        {
          at: '14:0-14:4',
          message: `"2400" is not a time of day: there is no hour 24 (midnight is 00:00 of the next day); ${HOW}`,
        },
        {
          at: '16:0-16:4',
          message: `"9999" is not a time of day: there is no hour 99 (hours go from 00 to 23), and minutes go up to 59, not 99; ${HOW}`,
        },
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
