// The markdown snippets the extension contributes, built from the same skeletons as the
// missing-section fix and New Postmortem, so their placeholders are ones the placeholder rule knows.
import { defaultConfig } from '../config/schema';
import { sectionRoles, sectionWithRole } from '../config/sectionRoles';
import { KEY_MOMENTS, sectionRoleEntry } from '../postmortem/vocabulary';
import { figurePrompts, postmortemSkeleton, sectionBlock, sectionPrompts } from './skeletons';

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
  const { roles } = sectionRoles(config);
  config.sections.forEach((section, i) => {
    const role = roles[i];
    if (!role) return;
    result[`${section.name} section`] = {
      prefix: sectionRoleEntry(role).snippet,
      description: `The ${section.name} section with its prompts`,
      body: lines(escape(sectionBlock(section, config, '\n'))),
    };
  });
  result['Timeline entry'] = {
    prefix: 'pm-entry',
    description: 'A timeline entry at the current time',
    body: ['${CURRENT_HOUR}:${CURRENT_MINUTE} $0'],
  };
  result['Key moment entry'] = {
    prefix: 'pm-moment',
    description: 'A timeline entry marked as a key moment',
    body: [`\${CURRENT_HOUR}:\${CURRENT_MINUTE} \${1:<What happened>} [\${2|${KEY_MOMENTS.join(',')}|}]$0`],
  };
  result['Impact figures'] = {
    prefix: 'pm-figures',
    description: 'The impact figure lines',
    body: finalTabstop(tabstops(figurePrompts(config).join('\n\n')).split('\n')),
  };
  const actions = sectionWithRole(config, 'actions');
  if (actions)
    result['Corrective action'] = {
      prefix: 'pm-action',
      description: 'A corrective action with an owner',
      body: finalTabstop([tabstops(sectionPrompts(actions, config)[0])]),
    };
  return result;
}

/** Each <angle placeholder> of a prompt becomes a tab stop that selects it: typing replaces it. */
function tabstops(prompt: string): string {
  let n = 0;
  return escape(prompt).replace(/<[^<>]+>/g, (placeholder) => `\${${++n}:${placeholder}}`);
}

function finalTabstop(body: string[]): string[] {
  return [...body.slice(0, -1), `${body[body.length - 1]}$0`];
}
