import { approximateTime } from '../../../server/src/analysis/rules/timeline-approximate-time';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const approximate = (written: string) =>
  `Approximate time "${written}": figures measured from it are approximate; give the exact time if logs have it.`;

testRule(approximateTime, {
  valid: [
    {
      name: 'near miss: a tilde in the entry’s text',
      text: timeline('09:58 push, ~5 minutes after the merge [start]\n'),
    },
    { name: 'near miss: an unknown time is not approximate', text: timeline('~??:?? push\n') },
  ],
  invalid: [
    {
      name: '~, ca. and a tilde after a date, at the time as written',
      text: timeline('~09:58 push [start]\n\nca. 10:12 alert [detected]\n\n2024-03-05 ~10:40 ok [resolved]\n'),
      findings: [
        { at: '12:0-12:6', message: approximate('~09:58') },
        { at: '14:0-14:9', message: approximate('ca. 10:12') },
        { at: '16:0-16:17', message: approximate('2024-03-05 ~10:40') },
      ],
    },
  ],
});
