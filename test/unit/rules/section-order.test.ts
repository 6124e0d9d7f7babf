import { sectionOrder } from '../../../server/src/analysis/rules/section-order';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const ORDER =
  'the configured order is "Description", "Timeline", "Contributing Factors", "Stabilization Steps", "Impact", "Corrective Actions".';

testRule(sectionOrder, {
  valid: [
    {
      name: 'a section the configuration does not know, anywhere',
      text: postmortem({ head: '# 2024-03-05 Checkout errors\n\n**Incident Leader: Dana**\n\n## Background\n\nx\n' }),
    },
    {
      name: 'near miss: a repeated section counts where it first appears (duplicate-section reports the repeat)',
      text: postmortem({ actions: '## Corrective Actions\n\n- Canary.\n\n## Description\n\nagain\n' }),
    },
    {
      name: 'the order the configuration gives, not the default one',
      text: postmortem({
        impact: '',
        actions: '## Corrective Actions\n\n- Canary.\n\n## Impact\n\nMTTD: 14m\n\nMTTR: 28m\n',
      }),
      config: {
        sections: [{ name: 'Description' }, { name: 'Timeline' }, { name: 'Corrective Actions' }, { name: 'Impact' }],
      },
    },
    {
      // missing-section says once that it is written to another template, and how to choose it.
      name: 'a postmortem written to another template: most required sections missing, its order is its own',
      text: '# 2024-03-05 Checkout errors\n\n## Impact\n\nx\n\n## Timeline\n\n10:00 a\n\n## Lessons\n\ny\n',
    },
  ],
  invalid: [
    {
      name: 'near miss: two required sections missing of six, the order still counts',
      text: postmortem({
        stabilization: '',
        factors: '',
        impact: '',
        actions: '## Corrective Actions\n\n- Canary.\n\n## Impact\n\nMTTD: 14m\n\nMTTR: 28m\n',
      }),
      findings: [{ at: '26:0-26:9', message: `Move "Impact" directly before "Corrective Actions": ${ORDER}` }],
    },
    {
      name: 'the section out of place, named with the one it belongs directly before',
      text: postmortem({
        impact: '',
        actions: '## Corrective Actions\n\n- Canary.\n\n## Impact\n\nMTTD: 14m\n\nMTTR: 28m\n',
      }),
      findings: [{ at: '34:0-34:9', message: `Move "Impact" directly before "Corrective Actions": ${ORDER}` }],
    },
    {
      name: 'the first section moved to the end: the longest run in order stays put',
      text: postmortem({ description: '', actions: '## Corrective Actions\n\n- Canary.\n\n## Description\n\nx.\n' }),
      findings: [{ at: '36:0-36:14', message: `Move "Description" directly before "Timeline": ${ORDER}` }],
    },
    {
      name: 'the last section moved to the start: nothing in order comes after it, so directly after the one before',
      text: postmortem({
        head: '# 2024-03-05 Checkout errors\n\n**Incident Leader: Dana**\n\n## Corrective Actions\n\n- a\n',
        actions: '',
      }),
      findings: [
        {
          at: '4:0-4:21',
          message: `Move "Corrective Actions" directly after "Impact": ${ORDER}`,
        },
      ],
    },
  ],
});
