import { timelineOrder } from '../../../server/src/analysis/rules/timeline-order';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const SORT = [{ title: 'Sort the timeline by time', safe: false }];
const earlier = (time: string, than: string) =>
  `${time} is earlier than ${than} above it: move the entry to its place, or add the date it happened on.`;

testRule(timelineOrder, {
  valid: [
    {
      name: 'near miss: under a day heading that goes back, the heading is reported (timeline-day-backwards), not each entry',
      text: timeline('### 2024-03-06\n\n09:58 push\n\n### 2024-03-05\n\n10:12 alert\n\n10:20 ack\n'),
    },
    { name: 'a date line between the days', text: timeline('23:50 push\n\n### 2024-03-06\n\n00:04 alert\n') },
    {
      name: 'near miss: more than 12 hours back is the next day (timeline-day-rollover’s)',
      text: timeline('23:50 push\n\n00:04 alert\n'),
    },
    {
      name: 'near miss: an unknown time is left out of the order',
      text: timeline('09:58 push\n\n??:?? noticed\n\n10:12 alert\n'),
    },
  ],
  invalid: [
    {
      name: 'an entry earlier than the one above it, the fix sorting the timeline',
      text: timeline('09:58 push [start]\n\n10:12 alert [detected]\n\n10:05 someone looked\n\n10:40 ok [resolved]\n'),
      findings: [{ at: '16:0-16:5', message: earlier('10:05', '10:12'), fixes: SORT }],
      output: timeline('09:58 push [start]\n\n10:05 someone looked\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n'),
    },
    {
      name: 'each entry out of place, each offering the one sort',
      text: timeline('10:12 alert\n\n09:58 push\n\n10:40 ok\n\n10:15 ack\n'),
      findings: [
        { at: '14:0-14:5', message: earlier('09:58', '10:12'), fixes: SORT },
        { at: '18:0-18:5', message: earlier('10:15', '10:40'), fixes: SORT },
      ],
      output: timeline('09:58 push\n\n10:12 alert\n\n10:15 ack\n\n10:40 ok\n'),
    },
    {
      name: 'in a list, sorted as a list',
      text: timeline('- 10:12 alert\n- 09:58 push\n'),
      findings: [{ at: '13:2-13:7', message: earlier('09:58', '10:12'), fixes: SORT }],
      output: timeline('- 09:58 push\n- 10:12 alert\n'),
    },
  ],
});
