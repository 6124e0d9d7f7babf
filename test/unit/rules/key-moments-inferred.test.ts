import { inferredMoments } from '../../../server/src/analysis/rules/key-moments-inferred';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => `## Timeline\n\nAll times UTC.\n\n${body}`;
const MARK = [{ title: 'Mark the key moments the figures were inferred from', safe: true }];
const MATCH = (figures: string) =>
  `${figures} match the timeline (09:58 start → 10:12 detected → 10:40 resolved): mark these key moments so the figures stay checked.`;

testRule(inferredMoments, {
  valid: [
    {
      name: 'near miss: stated figures that match two ways are not inferred',
      text: postmortem({ timeline: timeline('09:58 push\n\n10:12 alert\n\n10:26 other\n\n10:40 ok\n\n10:54 more\n') }),
    },
  ],
  invalid: [
    {
      name: 'figures that match one pair of entries each: at the Timeline heading, the safe fix marking them',
      text: postmortem({ timeline: timeline('09:58 push\n\n10:12 alert\n\n10:15 ack\n\n10:40 ok\n') }),
      findings: [{ at: '8:0-8:11', message: MATCH('MTTD and MTTR'), severity: 'hint', fixes: MARK }],
      output: postmortem({
        timeline: timeline('09:58 push [start]\n\n10:12 alert [detected]\n\n10:15 ack\n\n10:40 ok [resolved]\n'),
      }),
    },
    {
      name: 'a third stated figure on the same moments',
      text: postmortem({
        timeline: timeline('09:58 push\n\n10:12 alert\n\n10:40 ok\n'),
        impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 28m\n\nDuration: 42m\n',
      }),
      findings: [{ at: '8:0-8:11', message: MATCH('MTTD, MTTR and Duration'), severity: 'hint', fixes: MARK }],
      output: postmortem({
        timeline: timeline('09:58 push [start]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n'),
        impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 28m\n\nDuration: 42m\n',
      }),
    },
    {
      name: 'one stated figure',
      text: postmortem({
        timeline: timeline('09:58 push\n\n10:12 alert\n\n10:40 ok\n'),
        impact: '## Impact\n\nMTTR: 28m\n',
      }),
      findings: [
        {
          at: '8:0-8:11',
          message:
            'MTTR matches the timeline (10:12 detected → 10:40 resolved): mark these key moments so the figures stay checked.',
          severity: 'hint',
          fixes: MARK,
        },
      ],
      output: postmortem({
        timeline: timeline('09:58 push\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n'),
        impact: '## Impact\n\nMTTR: 28m\n',
      }),
    },
    {
      name: 'in a list, the markers at the end of each item',
      text: postmortem({
        timeline: timeline('- 09:58 push\n- 10:12 alert\n- 10:40 ok\n'),
      }),
      findings: [{ at: '8:0-8:11', message: MATCH('MTTD and MTTR'), severity: 'hint', fixes: MARK }],
      output: postmortem({
        timeline: timeline('- 09:58 push [start]\n- 10:12 alert [detected]\n- 10:40 ok [resolved]\n'),
      }),
    },
    {
      name: 'in a table, the markers after the time, in its cell',
      text: postmortem({
        timeline: timeline('| Time | Event |\n| --- | --- |\n| 09:58 | push |\n| 10:12 | alert |\n| 10:40 | ok |\n'),
      }),
      findings: [{ at: '8:0-8:11', message: MATCH('MTTD and MTTR'), severity: 'hint', fixes: MARK }],
      output: postmortem({
        timeline: timeline(
          '| Time | Event |\n| --- | --- |\n| 09:58 [start] | push |\n| 10:12 [detected] | alert |\n| 10:40 [resolved] | ok |\n',
        ),
      }),
    },
  ],
});
