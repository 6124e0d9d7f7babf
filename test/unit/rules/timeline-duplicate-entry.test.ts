import { duplicateEntry } from '../../../server/src/analysis/rules/timeline-duplicate-entry';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });
const REMOVE = [{ title: 'Remove the repeated entry', safe: false }];
const REPEATS = 'This entry repeats an earlier one (10:12): remove one of them.';

testRule(duplicateEntry, {
  valid: [
    {
      name: 'near miss: the same time, other words',
      text: timeline('09:58 push\n\n10:12 alert fires\n\n10:12 page sent\n'),
    },
    {
      name: 'near miss: the same words and clock time on another day',
      text: timeline('09:58 push\n\n10:12 alert fires\n\n### 2024-03-06\n\n10:12 alert fires\n'),
    },
  ],
  invalid: [
    {
      name: 'the repeat, the fix removing it and the blank lines before it',
      text: timeline('09:58 push [start]\n\n10:12 alert [detected]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n'),
      findings: [{ at: '16:0-16:22', message: REPEATS, fixes: REMOVE }],
      output: timeline('09:58 push [start]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n'),
    },
    {
      name: 'words compared without case or runs of spaces',
      text: timeline('09:58 push\n\n10:12 Alert   fires\n\n10:12 alert fires\n'),
      findings: [{ at: '16:0-16:17', message: REPEATS, fixes: REMOVE }],
      output: timeline('09:58 push\n\n10:12 Alert   fires\n'),
    },
    {
      name: 'a repeated list item',
      text: timeline('- 09:58 push\n- 10:12 alert\n- 10:12 alert\n- 10:40 ok\n'),
      findings: [{ at: '14:2-14:13', message: REPEATS, fixes: REMOVE }],
      output: timeline('- 09:58 push\n- 10:12 alert\n- 10:40 ok\n'),
    },
  ],
});
