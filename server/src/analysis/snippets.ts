// The markdown snippets the extension contributes, built from the same skeletons as the
// missing-section fix and New Postmortem, so their placeholders are ones the placeholder rule knows.
import { defaultConfig } from '../config/schema';
import { postmortemSkeleton, sectionBlock } from './skeletons';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

const escape = (text: string) => text.replace(/[$}\\]/g, '\\$&');
const lines = (text: string) => text.replace(/\n$/, '').split('\n');

export function snippets(): Record<string, Snippet> {
  const config = defaultConfig();
  const skeleton = lines(escape(postmortemSkeleton('<Short title>', 'DATE', config)));
  skeleton[0] = '# ${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE} ${1:<Short title>}';
  const result: Record<string, Snippet> = {
    'Postmortem skeleton': {
      prefix: 'pm-postmortem',
      description: 'A whole postmortem: title, leader and the default sections in order',
      body: [...skeleton, '$0'],
    },
  };
  const names: Record<string, string> = {
    Description: 'pm-description',
    Timeline: 'pm-timeline',
    'Contributing Factors': 'pm-factors',
    'Stabilization Steps': 'pm-stabilization',
    Impact: 'pm-impact',
    'Corrective Actions': 'pm-actions',
  };
  for (const section of config.sections) {
    const prefix = names[section.name];
    if (prefix)
      result[`${section.name} section`] = {
        prefix,
        description: `The ${section.name} section with its prompts`,
        body: lines(escape(sectionBlock(section.name, '\n'))),
      };
  }
  result['Timeline entry'] = {
    prefix: 'pm-entry',
    description: 'A timeline entry at the current time',
    body: ['${CURRENT_HOUR}:${CURRENT_MINUTE} $0'],
  };
  result['Key moment entry'] = {
    prefix: 'pm-moment',
    description: 'A timeline entry marked as a key moment',
    body: [
      '${CURRENT_HOUR}:${CURRENT_MINUTE} ${1:<What happened>} [${2|start,detected,acknowledged,mitigated,resolved|}]$0',
    ],
  };
  result['Impact figures'] = {
    prefix: 'pm-figures',
    description: 'The impact figure lines',
    body: ['MTTD: ${1:<duration, e.g. 1h20m>}', '', 'MTTR: ${2:<duration, e.g. 45m>}$0'],
  };
  result['Corrective action'] = {
    prefix: 'pm-action',
    description: 'A corrective action with an owner',
    body: ['- ${1:<An action that makes this less likely or less harmful>} (owner: ${2:<name>})$0'],
  };
  return result;
}
