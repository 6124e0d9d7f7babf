import { actionItemVague } from '../../../server/src/analysis/rules/action-item-vague';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const actions = (items: string) => postmortem({ actions: `## Corrective Actions\n\n${items}` });
const vague = (action: string, phrase: string) =>
  `"${action}" can never be finished ("${phrase}" is an intention, not a change): name the concrete change, who owns it and how to tell it is done, e.g. "Alert when checkout errors exceed 2% for 5 minutes (owner: @dana, OPS-123)".`;

testRule(actionItemVague, {
  valid: [
    {
      name: 'concrete changes',
      text: actions(
        '- Alert when checkout 5xx exceed 2% for 5 minutes @obs OPS-7\n- Improve monitoring: page on replica lag over 30 s @obs OPS-8\n',
      ),
    },
    { name: 'a vague item already done is settled', text: actions('- [x] Investigate the cause\n') },
    {
      name: 'near miss: the word inside code names a command, not an intention',
      text: actions('- `investigate` subcommand gets a --since flag @dev OPS-5\n'),
    },
    {
      name: 'near miss: "investigation" is not "investigate"',
      text: actions('- Investigation notes go into the runbook @dev OPS-6\n'),
    },
    {
      name: 'near miss: an action quoted in the section is not an action item',
      text: actions('> - Investigate the retry storm\n\n- Cap retries at three @dev OPS-6\n'),
    },
    {
      name: 'near miss: a timeline entry saying the team looked into it',
      text: postmortem({
        timeline:
          '## Timeline\n\nAll times UTC.\n\n09:58 config push [start]\n\n10:12 alert fires [detected]\n\n10:15 on-call starts to look into the proxy [acknowledged]\n\n10:31 push reverted [mitigated]\n\n10:40 back to normal [resolved]\n',
      }),
    },
  ],
  invalid: [
    {
      name: 'an opening: look into',
      text: actions('- Look into the retry storm (owner: @dana, OPS-1)\n'),
      findings: [{ at: '38:2-38:27', message: vague('Look into the retry storm', 'look into') }],
    },
    {
      name: 'said politely: we should make sure',
      text: actions('- We should make sure config pushes are reviewed @ops OPS-2\n'),
      findings: [{ at: '38:2-38:48', message: vague('We should make sure config pushes are reviewed', 'make sure') }],
    },
    {
      name: 'a goal and what it is about, in bold',
      text: actions('- **Improve monitoring** for checkout @obs OPS-3\n'),
      findings: [{ at: '38:4-38:37', message: vague('Improve monitoring for checkout', 'improve monitoring') }],
    },
    {
      name: 'a goal alone, an open checkbox, be more careful',
      text: actions('- [ ] Better alerting.\n- Be more careful with config pushes\n'),
      findings: [
        { at: '38:6-38:22', message: vague('Better alerting.', 'better alerting') },
        { at: '39:2-39:36', message: vague('Be more careful with config pushes', 'be more careful') },
      ],
    },
    {
      name: 'a table row',
      text: actions(
        '| Action | Owner | Ticket |\n| --- | --- | --- |\n| Investigate a second region | Dana | OPS-9 |\n',
      ),
      findings: [{ at: '40:2-40:29', message: vague('Investigate a second region', 'investigate') }],
    },
  ],
});
