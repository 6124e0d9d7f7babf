// The markdown snippets the extension contributes, built from the same skeletons as the
// missing-section fix and New Postmortem, so their placeholders are ones the placeholder rule knows.
import type { Config } from '../config/schema';
import { DEFAULT_SECTIONS, defaultConfig } from '../config/schema';
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

/** The snippets the extension contributes: the default configuration's. */
export function snippets(): Record<string, Snippet> {
  return snippetsFor(defaultConfig());
}

/** `pm-` and the section's name (`pm-lessons-learned`), for a section with no role of its own. */
export function sectionSnippetPrefix(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `pm-${slug || 'section'}`;
}

/**
 * The snippets of a configuration: its skeleton, a snippet per section and the entry, moment,
 * figures and action ones. Contributed statically for the default; completion offers a preset's
 * or a team's own, since a static contribution cannot know them.
 */
export function snippetsFor(config: Config): Record<string, Snippet> {
  const isDefault = JSON.stringify(config.sections) === JSON.stringify(DEFAULT_SECTIONS);
  const skeleton = lines(escape(postmortemSkeleton('<Short title>', 'DATE', config)));
  skeleton[0] = '# ${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE} ${1:<Short title>}';
  const result: Record<string, Snippet> = {
    'Postmortem skeleton': {
      prefix: 'pm-postmortem',
      description: isDefault
        ? 'A whole postmortem: title, leader and the default sections in order'
        : 'A whole postmortem: title, header fields and the configured sections in order',
      body: [...skeleton, '$0'],
    },
  };
  const { roles } = sectionRoles(config);
  config.sections.forEach((section, i) => {
    const role = roles[i];
    // The default template's sections all have a role; a preset's may not (Google's Trigger).
    if (!role && isDefault) return;
    result[`${section.name} section`] = {
      prefix: role ? sectionRoleEntry(role).snippet : sectionSnippetPrefix(section.name),
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
  if (config.requiredFigures.length)
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

let contributed: Record<string, Snippet> | undefined;

/**
 * The snippets a configuration has beyond those the extension contributes (same prefix and
 * body): what completion offers after `pm-` for a preset or a team's own sections.
 */
export function configuredSnippets(config: Config): Snippet[] {
  contributed ??= snippets();
  const known = new Set(Object.values(contributed).map((s) => JSON.stringify([s.prefix, s.body])));
  return Object.values(snippetsFor(config)).filter((s) => !known.has(JSON.stringify([s.prefix, s.body])));
}
