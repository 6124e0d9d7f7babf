import { figureMismatch } from '../../../server/src/analysis/rules/figure-mismatch';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const impact = (body: string) => postmortem({ impact: `## Impact\n\n${body}` });
const change = (figure: string, to: string) => [{ title: `Change ${figure} to ${to}`, safe: true }];
const MTTR_SAYS = (stated: string) =>
  `MTTR says ${stated} but the timeline says 28m (from 10:12 (detected) to 10:40 (resolved)).`;

testRule(figureMismatch, {
  valid: [
    {
      name: 'near miss: a figure between moments the words only suggest (≈) is never a warning',
      text: postmortem({
        timeline:
          '## Timeline\n\nAll times UTC.\n\n09:58 config push to the payment proxy\n\n10:12 error-rate alert fires\n\n10:15 on-call acknowledges\n\n10:31 push reverted\n\n10:40 error rate back to normal\n',
        impact: '## Impact\n\nMTTR: 2h\n',
      }),
    },
    { name: 'approximate and bounded values that hold', text: impact('MTTD: ~15m\n\nMTTR: < 30 min\n') },
    { name: 'a range that holds, in words', text: impact('MTTD: 10-20 minutes\n\nMTTR: 28 minutes\n') },
    // 28 minutes, written to the hour, is half an hour: `1 hour` would not hold, `0.5 hours` does.
    { name: 'a value written to the hour holds for what rounds to it', text: impact('MTTD: 14m\n\nMTTR: 0.5 hours\n') },
    {
      name: 'near miss: a value that cannot be read is figure-unreadable’s',
      text: impact('MTTD: 14m\n\nMTTR: soon\n'),
    },
  ],
  invalid: [
    {
      name: 'at the stated value, naming both entries; the safe fix writes the document’s style',
      text: impact('MTTD: 14 min\n\nMTTR: 2h 10m\n'),
      findings: [{ at: '34:6-34:12', message: MTTR_SAYS('2h 10m'), fixes: change('MTTR', '28m') }],
      output: impact('MTTD: 14 min\n\nMTTR: 28m\n'),
    },
    {
      name: 'near miss: a value written to the hour that the timeline does not round to',
      text: impact('MTTD: 14m\n\nMTTR: 1 hour\n'),
      findings: [{ at: '34:6-34:12', message: MTTR_SAYS('1 hour'), fixes: change('MTTR', '28 minutes') }],
      output: impact('MTTD: 14m\n\nMTTR: 28 minutes\n'),
    },
    {
      name: 'an approximate value too far off, and a bound that does not hold',
      text: impact('MTTD: ~30m\n\nMTTR: > 1h\n'),
      findings: [
        {
          at: '32:6-32:10',
          message: 'MTTD says ~30m but the timeline says 14m (from 09:58 (start) to 10:12 (detected)).',
          fixes: change('MTTD', '14m'),
        },
        { at: '34:6-34:10', message: MTTR_SAYS('> 1h'), fixes: change('MTTR', '28m') },
      ],
      output: impact('MTTD: 14m\n\nMTTR: 28m\n'),
    },
    {
      name: 'a range that does not hold, the fix in words',
      text: impact('MTTD: 14m\n\n- MTTR: 20-60 days\n'),
      findings: [{ at: '34:8-34:18', message: MTTR_SAYS('20-60 days'), fixes: change('MTTR', '28 minutes') }],
      output: impact('MTTD: 14m\n\n- MTTR: 28 minutes\n'),
    },
    {
      name: 'clock style',
      text: impact('MTTD: 0:14\n\nMTTR: 1:00\n'),
      findings: [{ at: '34:6-34:10', message: MTTR_SAYS('1:00'), fixes: change('MTTR', '0:28') }],
      output: impact('MTTD: 0:14\n\nMTTR: 0:28\n'),
    },
    {
      name: 'a figure stated under another name',
      text: impact('MTTD: 14m\n\nMTTR: 28m\n\nTime to mitigate: 0h 10m\n'),
      findings: [
        {
          at: '36:18-36:24',
          message: 'MTTM says 0h 10m but the timeline says 19m (from 10:12 (detected) to 10:31 (mitigated)).',
          fixes: change('MTTM', '19m'),
        },
      ],
      output: impact('MTTD: 14m\n\nMTTR: 28m\n\nTime to mitigate: 19m\n'),
    },
  ],
});
