// What a new postmortem, or a missing section, starts as: each section's prompts come from its
// role in the vocabulary. Every prompt is an <angle placeholder>, which the placeholder rule
// reports until it is replaced: the skeleton can never pass for done.
import type { Config } from '../config/schema';
import type { ConfiguredSection } from '../config/sectionRoles';
import { roleOf } from '../config/sectionRoles';
import { figureEntry, sectionRoleEntry } from '../postmortem/vocabulary';

/** One line per figure the configuration requires, `MTTD: <duration, e.g. 1h20m>`. */
export function figurePrompts(config: Config): string[] {
  return config.requiredFigures.map((name) => `${name}: <duration, e.g. ${figureEntry(name).example}>`);
}

/** The blocks of a section's body: its role's prompts, with the zone and the required figures filled in. */
export function sectionPrompts(section: ConfiguredSection, config: Config): string[] {
  const role = roleOf(config, section.name);
  if (!role) return [`<${section.name}>`];
  return sectionRoleEntry(role).prompts.flatMap((prompt) =>
    prompt === '{figures}' ? figurePrompts(config) : [prompt.replace('{zone}', config.defaultTimezone)],
  );
}

/** The body of a section, with blank lines between blocks, in the document's line endings. */
export function sectionSkeleton(section: ConfiguredSection, config: Config, eol: string): string {
  return sectionPrompts(section, config).join(eol + eol);
}

export function sectionBlock(section: ConfiguredSection, config: Config, eol: string): string {
  return `## ${section.name}${eol}${eol}${sectionSkeleton(section, config, eol)}${eol}`;
}

/** A whole postmortem in the configured sections' order. */
export function postmortemSkeleton(title: string, date: string, config: Config, eol = '\n'): string {
  const head = `# ${date} ${title}${eol}${eol}**Incident Leader: <name>**${eol}`;
  return [head, ...config.sections.map((s) => sectionBlock(s, config, eol))].join(eol);
}
