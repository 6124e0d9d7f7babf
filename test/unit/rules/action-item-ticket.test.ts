import { actionItemTicket } from '../../../server/src/analysis/rules/action-item-ticket';
import { PRESETS } from '../../../server/src/config/presets';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const actions = (items: string) => postmortem({ actions: `## Corrective Actions\n\n${items}` });
const noTicket = (action: string) =>
  `No ticket for "${action}": link the issue that tracks it, or write its key (OPS-123), so it is followed up after the review.`;

testRule(actionItemTicket, {
  valid: [
    { name: 'a key', text: actions('- Add a canary stage (owner: @dana, OPS-12)\n') },
    { name: 'an issue number', text: actions('- Add a canary stage #184 @dana\n') },
    {
      name: 'a link to a tracker the reader does not know is a link all the same',
      text: actions('- [Add a canary stage](https://tracker.example.com/T1234) (owner: @dana)\n'),
    },
    {
      name: 'a reference-style link',
      text: actions('- Add a canary stage, see [the plan][plan] @dana\n\n[plan]: https://docs.example.com/canary\n'),
    },
    {
      name: 'a Bug column',
      text: actions('| Action Item | Owner | Bug |\n| --- | --- | --- |\n| Add a canary stage | Dana | b/5554823 |\n'),
    },
    { name: 'a done item needs no ticket any more', text: actions('- [x] Revert the push\n') },
    {
      name: 'near miss: an action quoted in the section is not an action item',
      text: actions('> - Add a canary stage\n\n- Add alerting on 5xx OPS-13\n'),
    },
    {
      name: 'a preset whose template has no ticket column (incident-io-rca) does not ask for one',
      text: postmortem({ actions: '## Follow-ups\n\n- Add a canary stage (owner: @dana)\n' }),
      config: PRESETS['incident-io-rca'],
    },
  ],
  invalid: [
    {
      name: 'an owner but no ticket',
      text: actions('- Add a canary stage (owner: @dana)\n'),
      findings: [{ at: '38:2-38:20', message: noTicket('Add a canary stage') }],
    },
    {
      name: 'an empty Bug cell',
      text: actions('| Action Item | Owner | Bug |\n| --- | --- | --- |\n| Add a canary stage | Dana | - |\n'),
      findings: [{ at: '40:2-40:20', message: noTicket('Add a canary stage') }],
    },
    {
      name: 'near miss: an email address is no link to where the work is tracked',
      text: actions('- Add a canary stage ([Dana](mailto:dana@example.com))\n'),
      findings: [{ at: '38:2-38:54', message: noTicket('Add a canary stage (Dana)') }],
    },
    {
      name: 'near miss: an address in code is a value, not a link',
      text: actions('- Add `https://x.example` to the allowlist @dana\n'),
      findings: [{ at: '38:2-38:42', message: noTicket('Add https://x.example to the allowlist') }],
    },
    {
      name: 'a preset whose template links tickets (pagerduty) asks for them',
      text: postmortem({ actions: '## Action Items\n\n- Add a canary stage (owner: @dana)\n' }),
      config: PRESETS.pagerduty,
      findings: [{ at: '38:2-38:20', message: noTicket('Add a canary stage') }],
    },
  ],
});
