import { duplicateMarker } from '../../../server/src/analysis/rules/key-moment-duplicate';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const remove = (moment: string) => [{ title: `Remove this [${moment}] marker`, safe: false }];

testRule(duplicateMarker, {
  valid: [
    {
      name: 'near miss: one marker per moment, two moments on one entry',
      text: timeline('09:58 push [start]\n\n10:12 alert [detected] [acknowledged]\n\n10:40 ok [resolved]\n'),
    },
  ],
  invalid: [
    {
      name: 'the second marker, the fix removing it and its space',
      text: timeline('09:58 push [start]\n\n10:12 alert [detected]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n'),
      findings: [
        {
          at: '16:12-16:22',
          message: '"detected" is already marked at 10:12: keep one marker; the first one counts.',
          fixes: remove('detected'),
        },
      ],
      output: timeline('09:58 push [start]\n\n10:12 alert [detected]\n\n10:12 alert\n\n10:40 ok [resolved]\n'),
    },
    {
      name: 'an alias of a moment already marked',
      text: timeline('09:58 push [start]\n\n10:12 alert [detected]\n\n10:20 paged [alert]\n\n10:40 ok [resolved]\n'),
      findings: [
        {
          at: '16:12-16:19',
          message: '"detected" is already marked at 10:12: keep one marker; the first one counts.',
          fixes: remove('detected'),
        },
      ],
      output: timeline('09:58 push [start]\n\n10:12 alert [detected]\n\n10:20 paged\n\n10:40 ok [resolved]\n'),
    },
    {
      name: 'the same marker twice on one entry',
      text: timeline('09:58 push [start] [start]\n\n10:40 ok [resolved]\n'),
      findings: [
        {
          at: '12:19-12:26',
          message: '"start" is already marked at 09:58: keep one marker; the first one counts.',
          fixes: remove('start'),
        },
      ],
      output: timeline('09:58 push [start]\n\n10:40 ok [resolved]\n'),
    },
  ],
});
