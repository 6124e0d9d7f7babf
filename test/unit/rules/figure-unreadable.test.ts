import { unreadableFigure } from '../../../server/src/analysis/rules/figure-unreadable';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const impact = (body: string) => postmortem({ impact: `## Impact\n\n${body}` });

testRule(unreadableFigure, {
  valid: [
    { name: 'near miss: a range is read as one', text: impact('MTTD: 14m\n\n- MTTR: 20-60 days\n') },
    {
      name: 'near miss: placeholder values are the placeholder rule’s',
      text: impact('MTTD: TBD\n\nMTTR: <duration>\n'),
    },
  ],
  invalid: [
    {
      name: 'a value that is no duration, and a label with no value: information, never a mismatch',
      text: impact('MTTD: soon-ish\n\nMTTR:\n'),
      findings: [
        {
          at: '32:6-32:14',
          message: 'Cannot read "soon-ish" as a duration, so MTTD is not checked: write it like 2h52m.',
        },
        { at: '34:0-34:4', message: 'MTTR has no value: write the duration, like 2h52m.' },
      ],
    },
    {
      name: 'two durations where one is meant, in a list',
      text: impact('- MTTD: 2h or 3h\n- MTTR: 28m\n'),
      findings: [
        {
          at: '32:8-32:16',
          message: 'Cannot read "2h or 3h" as a duration, so MTTD is not checked: write it like 2h52m.',
        },
      ],
    },
  ],
});
