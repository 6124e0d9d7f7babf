// What a new postmortem, or a missing section, starts as: each section's prompts come from its
// role in the vocabulary. Every prompt is an <angle placeholder>, which the placeholder rule
// reports until it is replaced: the skeleton can never pass for done.
import type { Config } from '../config/schema';
import type { ConfiguredSection } from '../config/sectionRoles';
import { roleOf } from '../config/sectionRoles';
import { figureEntry, sectionRoleEntry } from '../postmortem/vocabulary';
import { isLeaderField } from '../config/headerFields';

/** One line per figure the configuration requires, `MTTD: <duration, e.g. 1h20m>`. */
export function figurePrompts(config: Config): string[] {
  return config.requiredFigures.map((name) => `${name}: <duration, e.g. ${figureEntry(name).example}>`);
}

/** The blocks of a section's body: its role's prompts, with the zone and the required figures filled in. */
export function sectionPrompts(section: ConfiguredSection, config: Config): string[] {
  if (section.prompt) return section.prompt.replace(/\{zone\}/g, config.defaultTimezone).split(/\n{2,}/);
  const role = roleOf(config, section.name);
  if (!role) return [`<${section.name}>`];
  return sectionRoleEntry(role).prompts.flatMap((prompt) =>
    prompt === '{figures}' ? figurePrompts(config) : [prompt.replace('{zone}', config.defaultTimezone)],
  );
}

/** The body of a section, with blank lines between blocks, in the document's line endings. */
export function sectionSkeleton(section: ConfiguredSection, config: Config, eol: string): string {
  return sectionPrompts(section, config)
    .map((block) => block.replace(/\r?\n/g, eol))
    .join(eol + eol);
}

/** The section as the configuration writes it: a `## heading`, or a bold label (`**Summary**: ...`). */
export function sectionBlock(section: ConfiguredSection, config: Config, eol: string): string {
  const body = sectionSkeleton(section, config, eol);
  if (section.style === 'bold-label') {
    // A list-shaped body goes under the label; a sentence follows it on its line.
    return /^\s*[-*|#\d]/.test(body)
      ? `**${section.name}**:${eol}${eol}${body}${eol}`
      : `**${section.name}**: ${body}${eol}`;
  }
  return `## ${section.name}${eol}${eol}${body}${eol}`;
}

/** `**Incident Leader: <name>**`, one per configured header field. */
export function headerLines(config: Config): string[] {
  return config.headerFields.map((field) => {
    const leader = isLeaderField(field, config);
    return `**${field}: <${leader ? 'name' : field.toLowerCase()}>**`;
  });
}

/** A whole postmortem in the configured sections' order. */
export function postmortemSkeleton(title: string, date: string, config: Config, eol = '\n'): string {
  const fields = headerLines(config);
  const head = `# ${date} ${title}${eol}${fields.length ? eol + fields.join(eol + eol) + eol : ''}`;
  return [head, ...config.sections.map((s) => sectionBlock(s, config, eol))].join(eol);
}
