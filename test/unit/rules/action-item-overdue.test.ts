import { actionItemOverdue } from '../../../server/src/analysis/rules/action-item-overdue';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const actions = (items: string) => postmortem({ actions: `## Corrective Actions\n\n${items}` });
const today = '2024-06-01';
const overdue = (action: string, due: string) =>
  `"${action}" was due on ${due} and is not done: finish it and mark it done, or agree a new due date.`;

testRule(actionItemOverdue, {
  valid: [
    {
      name: 'due today is not yet overdue',
      text: actions('- Add a canary stage (owner: @dana, due 2024-06-01)\n'),
      today,
    },
    { name: 'due later', text: actions('- Add a canary stage (owner: @dana, due 2024-07-15)\n'), today },
    { name: 'done, whenever', text: actions('- [x] Add a canary stage (owner: @dana, due 2024-05-01)\n'), today },
    {
      name: 'a done Status cell',
      text: actions('| Action | Due | Status |\n| --- | --- | --- |\n| Add a canary stage | 2024-05-20 | done |\n'),
      today,
    },
    {
      name: "cancelled (won't do)",
      text: actions("- Add a second proxy (won't do) (due 2024-05-01)\n"),
      today,
    },
    { name: 'no due date', text: actions('- Add a canary stage (owner: @dana)\n'), today },
    {
      name: 'an unreadable due date is not a date that passed',
      text: actions('- Add a canary stage (due: soon)\n'),
      today,
    },
    {
      name: 'no day from the host: the core reads no clock, so nothing is overdue',
      text: actions('- Add a canary stage (owner: @dana, due 2001-01-01)\n'),
    },
    {
      name: 'near miss: a timeline entry with a past date',
      text: postmortem({
        timeline:
          '## Timeline\n\nAll times UTC.\n\n09:58 config push, due 2024-01-01 per the change calendar [start]\n\n10:12 alert fires [detected]\n\n10:15 on-call acknowledges [acknowledged]\n\n10:31 push reverted [mitigated]\n\n10:40 back to normal [resolved]\n',
      }),
      today,
    },
    {
      name: 'near miss: an action quoted in the section',
      text: actions('> - Add a canary stage (due 2024-05-01)\n\n- Cap retries at three @dev OPS-6\n'),
      today,
    },
  ],
  invalid: [
    {
      name: 'a date in brackets, open',
      text: actions('- Alert on the 5xx rate (owner: Dana, due 2024-05-01)\n'),
      today,
      findings: [{ at: '38:42-38:52', message: overdue('Alert on the 5xx rate', '2024-05-01') }],
    },
    {
      name: 'in progress is not done; the day before today has passed',
      text: actions('| Action | Due | Status |\n| --- | --- | --- |\n| Add retries | 2024-05-31 | in progress |\n'),
      today,
      findings: [{ at: '40:16-40:26', message: overdue('Add retries', '2024-05-31') }],
    },
    {
      name: 'a month means its last day',
      text: actions('- [ ] Add retries @dana OPS-3 (due: April 2024)\n'),
      today,
      findings: [{ at: '38:36-38:46', message: overdue('Add retries', '2024-04-30') }],
    },
  ],
});
