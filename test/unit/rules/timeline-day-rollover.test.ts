import { dayRollover } from '../../../server/src/analysis/rules/timeline-day-rollover';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const nextDay = (date: string) =>
  `Taken to be the next day (${date}): add a date line ("### ${date}") above this entry to say so.`;
const addDate = (date: string) => [{ title: `Add the date line "### ${date}"`, safe: false }];

testRule(dayRollover, {
  valid: [
    { name: 'a date line says so already', text: timeline('23:50 push\n\n### 2024-03-06\n\n00:04 alert\n') },
    { name: 'near miss: 11 hours back is the same day', text: timeline('20:00 push\n\n09:00 later\n') },
    {
      name: 'near miss: a timeline with no date to roll over from',
      text: postmortem({
        head: '# Checkout\n\n**Incident Leader: Dana**\n',
        timeline: '## Timeline\n\nAll times UTC.\n\n23:50 push\n\n00:04 alert\n',
      }),
    },
  ],
  invalid: [
    {
      name: 'more than 12 hours back: the first entry of the next day, the fix adding its date line',
      text: timeline('23:50 push [start]\n\n00:04 alert [detected]\n\n00:32 ok [resolved]\n'),
      findings: [{ at: '14:0-14:5', message: nextDay('2024-03-06'), fixes: addDate('2024-03-06') }],
      output: timeline('23:50 push [start]\n\n### 2024-03-06\n\n00:04 alert [detected]\n\n00:32 ok [resolved]\n'),
    },
    {
      name: 'each day rolled over into',
      text: timeline('23:50 push\n\n00:04 alert\n\n23:10 night two\n\n01:00 later\n'),
      findings: [
        { at: '14:0-14:5', message: nextDay('2024-03-06'), fixes: addDate('2024-03-06') },
        { at: '18:0-18:5', message: nextDay('2024-03-07'), fixes: addDate('2024-03-07') },
      ],
      output: timeline(
        '23:50 push\n\n### 2024-03-06\n\n00:04 alert\n\n23:10 night two\n\n### 2024-03-07\n\n01:00 later\n',
      ),
    },
    {
      name: 'in a list: no date line can go between two items, so no fix',
      text: timeline('- 23:50 push\n- 00:04 alert\n'),
      findings: [{ at: '13:2-13:7', message: nextDay('2024-03-06') }],
    },
    {
      name: 'past the last day a date line can name: no fix, and the dates above are to check',
      text: timeline('### 9999-12-31\n\n23:50 push\n\n00:10 alert\n'),
      findings: [
        {
          at: '16:0-16:5',
          message:
            'Taken to be a day after 9999-12-31, the last date this tool reads: check the dates above this entry.',
        },
      ],
    },
  ],
});
