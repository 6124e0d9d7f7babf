import { missingFigure } from '../../../server/src/analysis/rules/figure-missing';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const impact = (body: string) => postmortem({ impact: `## Impact\n\n${body}` });
const add = (line: string) => [{ title: `Add "${line}"`, safe: true }];

testRule(missingFigure, {
  valid: [
    { name: 'a figure stated under another of its names', text: impact('MTTD: 14m\n\nTime to resolve: 28m\n') },
    {
      name: 'only the figures the configuration requires',
      text: impact('MTTD: 14m\n'),
      config: { requiredFigures: ['MTTD'] },
    },
    { name: 'near miss: no Impact section at all is missing-section’s', text: postmortem({ impact: '' }) },
  ],
  invalid: [
    {
      name: 'a figure the words only suggest (≈): said as a suggestion, with no fix to write it',
      text: postmortem({
        timeline:
          '## Timeline\n\nAll times UTC.\n\n09:58 config push to the payment proxy\n\n10:12 error-rate alert fires\n\n10:15 on-call acknowledges\n\n10:31 push reverted\n\n10:40 error rate back to normal\n',
        impact: '## Impact\n\nMTTD: 14m\n',
      }),
      findings: [
        {
          at: '30:0-30:9',
          message:
            "State MTTR in Impact: the entries' words suggest ≈28m (from 10:12 (detected) to 10:40 (resolved)); mark those key moments to have it checked.",
          fixes: [],
        },
      ],
    },
    {
      name: 'at the Impact heading, the safe fix stating the computed value',
      text: impact('MTTD: 14m\n'),
      findings: [{ at: '30:0-30:9', message: 'State MTTR in Impact: the timeline says 28m.', fixes: add('MTTR: 28m') }],
      output: impact('MTTD: 14m\n\nMTTR: 28m\n'),
    },
    {
      name: 'a figure the configuration adds',
      text: impact('MTTD: 14m\n\nMTTR: 28m\n'),
      config: { requiredFigures: ['MTTD', 'MTTR', 'Duration'] },
      findings: [
        { at: '30:0-30:9', message: 'State Duration in Impact: the timeline says 42m.', fixes: add('Duration: 42m') },
      ],
      output: impact('MTTD: 14m\n\nMTTR: 28m\n\nDuration: 42m\n'),
    },
    {
      name: 'the new line in the style the document writes figures',
      text: impact('MTTD: 14 minutes\n'),
      findings: [{ at: '30:0-30:9', message: 'State MTTR in Impact: the timeline says 28m.', fixes: add('MTTR: 28m') }],
      output: impact('MTTD: 14 minutes\n\nMTTR: 28m\n'),
    },
    {
      name: 'a figure the timeline cannot give: what it measures, and no fix',
      text: postmortem({
        timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n10:12 alert [detected]\n',
        impact: '## Impact\n\nMTTD: 14m\n',
      }),
      findings: [
        { at: '24:0-24:9', message: 'State MTTR in Impact: the time from detected to resolved (e.g. "MTTR: 1h20m").' },
      ],
    },
  ],
});
