import { isLeaderField } from '../../config/headerFields';
import type { Rule } from '../rule';

export const incidentLeader: Rule = {
  code: 'PM006',
  name: 'incident-leader',
  description: 'Nobody is named as the incident leader.',
  defaultSeverity: 'warning',
  check(pm, { config }) {
    // A template with no leader field (Google's names authors) asks for none.
    if (config.incidentLeader.length === 0) return [];
    if (pm.metadata.some((m) => isLeaderField(m.key, config) && m.value.trim())) return [];
    const field = config.headerFields.find((f) => isLeaderField(f, config)) ?? 'Incident Leader';
    return [
      {
        message: `Name the incident leader: add "**${field}: Name**" under the title (or "leader:" in front matter).`,
        span: pm.title?.span ?? { start: 0, end: 0 },
      },
    ];
  },
};
