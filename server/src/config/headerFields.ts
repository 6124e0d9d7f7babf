// Which header fields name the incident leader (`**Incident Leader: Dana**`, PagerDuty's
// `**Postmortem Owner:**`): the configured `incidentLeader` fields, as whole words of a key.
import { sectionKey } from '../postmortem/text';
import type { Config } from './schema';

const words = (s: string) => ` ${sectionKey(s)} `;

export function isLeaderField(key: string, config: Config): boolean {
  return config.incidentLeader.some((field) => words(key).includes(words(field)));
}
