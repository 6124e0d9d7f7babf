import { unmarkedMoments } from '../../../server/src/analysis/rules/key-moments-unmarked';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => `## Timeline\n\nAll times UTC.\n\n${body}`;
const MTTD_3H_MTTR_28M = '## Impact\n\nMTTD: 3h\n\nMTTR: 28m\n';
const MTTR_UNCHECKED = 'MTTR cannot be checked against the timeline: mark the [detected] and [resolved] entries.';

testRule(unmarkedMoments, {
  valid: [
    {
      name: 'near miss: figures inferred from unmarked entries are key-moments-inferred’s',
      text: postmortem({ timeline: timeline('09:58 push\n\n10:12 alert\n\n10:15 ack\n\n10:40 ok\n') }),
    },
    {
      name: 'near miss: a timeline without entries',
      text: postmortem({ timeline: timeline('Nothing yet.\n'), impact: MTTD_3H_MTTR_28M }),
    },
    {
      name: 'near miss: stated values that cannot be read are not checked at all',
      text: postmortem({
        timeline: timeline('09:58 push\n\n10:12 alert\n'),
        impact: '## Impact\n\nMTTD: soon\n\nMTTR:\n',
      }),
    },
  ],
  invalid: [
    {
      name: 'nothing marked and nothing to infer: at each stated figure, naming the moments to mark',
      text: postmortem({ timeline: timeline('09:58 push\n\n10:12 alert\n'), impact: MTTD_3H_MTTR_28M }),
      findings: [
        {
          at: '26:0-26:4',
          message: 'MTTD cannot be checked against the timeline: mark the [start] and [detected] entries.',
        },
        { at: '28:0-28:4', message: MTTR_UNCHECKED },
      ],
    },
    {
      name: 'one moment marked: only the other is asked for',
      text: postmortem({ timeline: timeline('09:58 push [start]\n\n10:12 alert\n'), impact: MTTD_3H_MTTR_28M }),
      findings: [
        { at: '26:0-26:4', message: 'MTTD cannot be checked against the timeline: mark the [detected] entry.' },
        { at: '28:0-28:4', message: MTTR_UNCHECKED },
      ],
    },
    {
      name: 'stated figures that match two ways are not inferred',
      text: postmortem({ timeline: timeline('09:58 push\n\n10:12 alert\n\n10:26 other\n\n10:40 ok\n\n10:54 more\n') }),
      findings: [
        {
          at: '32:0-32:4',
          message: 'MTTD cannot be checked against the timeline: mark the [start] and [detected] entries.',
        },
        { at: '34:0-34:4', message: MTTR_UNCHECKED },
      ],
    },
  ],
});
