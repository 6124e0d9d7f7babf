import { emptySection } from '../../../server/src/analysis/rules/empty-section';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const empty = (heading: string) => `Section "${heading}" is empty: write it, or remove the heading.`;

testRule(emptySection, {
  valid: [
    {
      name: 'a section whose only content is a sub-heading and its list',
      text: postmortem({ stabilization: '## Stabilization Steps\n\n### Rollback\n\n- Reverted the push.\n' }),
    },
    {
      name: 'near miss: an empty Corrective Actions section is no-corrective-actions’ finding',
      text: postmortem({ actions: '## Corrective Actions\n' }),
    },
  ],
  invalid: [
    {
      name: 'a heading with nothing under it',
      text: postmortem({ stabilization: '## Stabilization Steps\n' }),
      findings: [{ at: '26:0-26:22', message: empty('Stabilization Steps') }],
    },
    {
      name: 'a heading with only a comment under it',
      text: postmortem({ stabilization: '## Stabilization Steps\n\n<!-- what did you do? -->\n' }),
      findings: [{ at: '26:0-26:22', message: empty('Stabilization Steps') }],
    },
    {
      name: 'an extra section left empty, after an empty Corrective Actions',
      text: postmortem({ actions: '## Corrective Actions\n\n## Lessons Learned\n' }),
      findings: [{ at: '38:0-38:18', message: empty('Lessons Learned') }],
    },
  ],
});
