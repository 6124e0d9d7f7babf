import { incidentLeader } from '../../../server/src/analysis/rules/incident-leader';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const NAME_THE_LEADER =
  'Name the incident leader: add "**Incident Leader: Name**" under the title (or "leader:" in front matter).';

testRule(incidentLeader, {
  valid: [
    {
      name: 'a plain "Incident Commander:" line among other header fields',
      text: postmortem({ head: '# 2024-03-05 X\n\nIncident Commander: Sam\nSeverity: SEV2\n' }),
    },
    { name: 'leader: in front matter', text: postmortem({ head: '---\nleader: Sam\n---\n# 2024-03-05 X\n' }) },
    {
      name: 'the label bold, the name after it',
      text: postmortem({ head: '# 2024-03-05 X\n\n**Incident Leader:** Sam\n' }),
    },
    {
      name: 'owners, after a <br> on the status line',
      text: postmortem({ head: '# 2024-03-05 X\n\nStatus: final<br> Owners: @sam\n' }),
    },
  ],
  invalid: [
    {
      name: 'nobody named: at the title',
      text: postmortem({ head: '# 2024-03-05 Checkout errors\n' }),
      findings: [{ at: '0:0-0:28', message: NAME_THE_LEADER }],
    },
    {
      name: 'near miss: the label with no name after it',
      text: postmortem({ head: '# 2024-03-05 X\n\n**Incident Leader:**\n' }),
      findings: [{ at: '0:0-0:14', message: NAME_THE_LEADER }],
    },
    {
      name: 'near miss: other header fields only',
      text: postmortem({ head: '# 2024-03-05 X\n\nSeverity: SEV2\n' }),
      findings: [{ at: '0:0-0:14', message: NAME_THE_LEADER }],
    },
    {
      name: 'no title either: at the start of the text',
      text: postmortem({ head: '' }),
      findings: [{ at: '0:0-0:0', message: NAME_THE_LEADER }],
    },
  ],
});
