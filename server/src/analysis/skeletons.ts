// What a new postmortem, or a missing section, starts as. Every prompt is an <angle placeholder>,
// which the placeholder rule reports until it is replaced: the skeleton can never pass for done.
import type { Config } from '../config/schema';
import { normaliseLabel } from '../postmortem/text';

const PROMPTS: Record<string, string[]> = {
  description: ['<What happened, to whom and for how long, in two or three sentences>'],
  timeline: [
    'All times UTC.',
    '<HH:MM> <First sign of trouble> [start]',
    '<HH:MM> <How we found out> [detected]',
    '<HH:MM> <Impact over> [resolved]',
  ],
  'contributing factor': ['- <A condition that made this incident possible>'],
  'stabilization step': ['- <What was done to stop the impact>'],
  impact: ['<Who was affected, how, and how many>', 'MTTD: <duration, e.g. 1h20m>', 'MTTR: <duration, e.g. 45m>'],
  'corrective action': ['- <An action that makes this less likely or less harmful> (owner: <name>)'],
};

/** The body of a section, with blank lines between blocks, in the document's line endings. */
export function sectionSkeleton(name: string, eol: string, zone = 'UTC'): string {
  const lines = PROMPTS[normaliseLabel(name)] ?? [`<${name}>`];
  return lines.map((l) => l.replace('All times UTC.', `All times ${zone}.`)).join(eol + eol);
}

export function sectionBlock(name: string, eol: string, zone?: string): string {
  return `## ${name}${eol}${eol}${sectionSkeleton(name, eol, zone)}${eol}`;
}

/** A whole postmortem in the configured sections' order. */
export function postmortemSkeleton(title: string, date: string, config: Config, eol = '\n'): string {
  const head = `# ${date} ${title}${eol}${eol}**Incident Leader: <name>**${eol}`;
  return [head, ...config.sections.map((s) => sectionBlock(s.name, eol, config.defaultTimezone))].join(eol);
}
