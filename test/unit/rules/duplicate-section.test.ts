import { duplicateSection } from '../../../server/src/analysis/rules/duplicate-section';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

testRule(duplicateSection, {
  valid: [
    {
      name: 'near miss: a sub-heading with the section’s name is part of the section',
      text: postmortem({ factors: '## Contributing Factors\n\n- One.\n\n### Contributing Factors\n\n- Two.\n' }),
    },
    {
      name: 'near miss: headings the configuration does not know may repeat',
      text: postmortem({ actions: '## Corrective Actions\n\n- a\n\n## Notes\n\nx\n\n## Notes\n\ny\n' }),
    },
  ],
  invalid: [
    {
      name: 'the second heading of a section, written as an alias',
      text: postmortem({ factors: '## Contributing Factor(s)\n\n- One.\n\n## Root Causes\n\n- Two.\n' }),
      findings: [
        { at: '26:0-26:14', message: '"Root Causes" repeats the "Contributing Factor(s)" section: merge the two.' },
      ],
    },
    {
      name: 'each repeat after the first',
      text: postmortem({ actions: '## Corrective Actions\n\n- a\n\n## Timeline\n\nmore\n\n## Timeline\n\nagain\n' }),
      findings: [
        { at: '40:0-40:11', message: '"Timeline" repeats the "Timeline" section: merge the two.' },
        { at: '44:0-44:11', message: '"Timeline" repeats the "Timeline" section: merge the two.' },
      ],
    },
  ],
});
