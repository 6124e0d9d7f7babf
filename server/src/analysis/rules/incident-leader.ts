import type { Rule } from '../rule';

const LEADER_KEY = /\b(?:leader|lead|commander|ic|owners?|incident manager)\b/i;

export const incidentLeader: Rule = {
  code: 'PM006',
  name: 'incident-leader',
  description: 'Nobody is named as the incident leader.',
  defaultSeverity: 'warning',
  check(pm) {
    if (pm.metadata.some((m) => LEADER_KEY.test(m.key) && m.value.trim())) return [];
    return [
      {
        message:
          'Name the incident leader: add "**Incident Leader: Name**" under the title (or "leader:" in front matter).',
        span: pm.title?.span ?? { start: 0, end: 0 },
      },
    ];
  },
};
