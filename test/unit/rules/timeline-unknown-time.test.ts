import { unknownTime } from '../../../server/src/analysis/rules/timeline-unknown-time';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const UNKNOWN = 'Unknown time: this entry is left out of the figures; write the time when it is known.';

testRule(unknownTime, {
  valid: [
    {
      name: 'near miss: an unreadable time is timeline-unreadable-time’s',
      text: timeline('09:58 push\n\n25:61 what\n'),
    },
  ],
  invalid: [
    {
      name: '??:?? and a date with --:--, each at its time',
      text: timeline(
        '09:58 push [start]\n\n25:61 what\n\n??:?? someone noticed\n\n10:12 alert [detected]\n\n2019-12-03 --:-- x\n',
      ),
      findings: [
        { at: '16:0-16:5', message: UNKNOWN },
        { at: '20:0-20:16', message: UNKNOWN },
      ],
    },
  ],
});
