import { actionItemOwner } from '../../../server/src/analysis/rules/action-item-owner';
import { PRESETS } from '../../../server/src/config/presets';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const actions = (items: string) => postmortem({ actions: `## Corrective Actions\n\n${items}` });
const noOwner = (action: string) =>
  `No owner for "${action}": name the person or team who will see it through, e.g. "(owner: @dana)".`;

testRule(actionItemOwner, {
  valid: [
    { name: 'an owner in brackets', text: actions('- Add a canary stage (owner: @dana, OPS-12)\n') },
    { name: 'a handle at the end', text: actions('- Add a canary stage @dana\n') },
    { name: 'an Owner: line under the item', text: actions('- Add a canary stage\n\n  Owner: Dana\n') },
    {
      name: 'an owner column',
      text: actions('| Action | Owner |\n| --- | --- |\n| Add a canary stage | Payments team |\n'),
    },
    { name: 'a done item needs no owner any more', text: actions('- [x] Revert the push\n') },
    { name: "a cancelled item neither (won't do)", text: actions("- Add a second proxy (won't do)\n") },
    {
      name: 'near miss: an action quoted in the section is not an action item',
      text: actions('> - Add a canary stage\n\n- Add alerting on 5xx (owner: @dana)\n'),
    },
    {
      name: 'near miss: a timeline entry that reads like an action',
      text: postmortem({
        timeline:
          '## Timeline\n\nAll times UTC.\n\n09:58 config push [start]\n\n10:12 alert fires [detected]\n\n10:15 TODO add a canary stage [acknowledged]\n\n10:31 push reverted [mitigated]\n\n10:40 back to normal [resolved]\n',
      }),
    },
    {
      name: 'a preset whose template has no owner column (dfds) does not ask for one',
      text: postmortem({ actions: '## Action Items\n\n- Add a canary stage\n' }),
      config: PRESETS.dfds,
    },
  ],
  invalid: [
    {
      name: 'a list item with a ticket but no owner',
      text: actions('- Add a canary stage (OPS-12)\n'),
      findings: [{ at: '38:2-38:20', message: noOwner('Add a canary stage') }],
    },
    {
      name: 'an owner cell that says TBD',
      text: actions('| Action | Owner | Ticket |\n| --- | --- | --- |\n| Add a canary stage | TBD | OPS-12 |\n'),
      findings: [{ at: '40:2-40:20', message: noOwner('Add a canary stage') }],
    },
    {
      name: 'an open checkbox whose Owner: line is TBD',
      text: actions('- [ ] Page the database on-call for replica lag\n  - Owner: TBD\n'),
      findings: [{ at: '38:6-38:47', message: noOwner('Page the database on-call for replica lag') }],
    },
    {
      name: 'each item on its own; a long action is shortened in the message',
      text: actions(
        '- Add a canary stage @dana\n- Route every proxy configuration push through the canary stage before production\n',
      ),
      findings: [
        {
          at: '39:2-39:81',
          message: noOwner('Route every proxy configuration push through the canary s...'),
        },
      ],
    },
    {
      name: 'a preset whose template has an owner column (google-sre) asks for it',
      text: postmortem({
        actions:
          '## Action Items\n\n| Action Item | Type | Owner | Bug |\n| --- | --- | --- | --- |\n| Add a canary stage | prevent | | OPS-12 |\n',
      }),
      config: PRESETS['google-sre'],
      findings: [{ at: '40:2-40:20', message: noOwner('Add a canary stage') }],
    },
  ],
});
