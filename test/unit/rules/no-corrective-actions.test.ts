import { correctiveActions } from '../../../server/src/analysis/rules/no-corrective-actions';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const LIST_THEM = 'List the corrective actions under "Corrective Actions", one per line ("- Add an alert on ...").';

testRule(correctiveActions, {
  valid: [
    { name: 'a numbered list under an alias', text: postmortem({ actions: '## Action Items\n\n1. Add a canary.\n' }) },
    {
      name: 'a table of actions',
      text: postmortem({ actions: '## Corrective Actions\n\n| Action | Owner |\n| --- | --- |\n| Canary | Dana |\n' }),
    },
    { name: 'near miss: no section at all is missing-section’s', text: postmortem({ actions: '' }) },
  ],
  invalid: [
    {
      name: 'prose but no action',
      text: postmortem({ actions: '## Corrective Actions\n\nNone yet.\n' }),
      findings: [{ at: '36:0-36:21', message: LIST_THEM }],
    },
    {
      name: 'nothing under the heading',
      text: postmortem({ actions: '## Corrective Actions\n' }),
      findings: [{ at: '36:0-36:21', message: LIST_THEM }],
    },
    {
      name: 'near miss: a dash without a space is no list item',
      text: postmortem({ actions: '## Corrective Actions\n\n-not a list\n' }),
      findings: [{ at: '36:0-36:21', message: LIST_THEM }],
    },
  ],
});
