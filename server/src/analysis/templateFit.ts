// Whether a postmortem is written to the configured template at all: missing most of its required
// sections, it is written to another one, and what the template says of sections (which are
// missing, in which order) is said once, as "choose your template", never section by section.
import type { Config } from '../config/schema';
import { readerSettings } from '../config/readerSettings';
import type { MarkdownTree } from '../postmortem/markdown';
import type { Postmortem } from '../postmortem/model';
import { swallowedSections } from '../postmortem/unclosedFence';

export type ConfiguredSection = Config['sections'][number];

/** Missing this many required sections, and more than half of them, a postmortem is written to another template. */
const ANOTHER_TEMPLATE = { atLeast: 3, share: 0.5 };

/** The required sections the postmortem does not have; one a never-closed code fence swallowed is written. */
export function missingRequired(pm: Postmortem, config: Config, markdown: MarkdownTree): ConfiguredSection[] {
  const swallowed = swallowedSections(markdown, pm.text, readerSettings(config));
  return config.sections.filter(
    (s) => s.required && !pm.sections.some((p) => p.canonical === s.name) && !swallowed.has(s.name),
  );
}

export function writtenToAnotherTemplate(missing: readonly ConfiguredSection[], config: Config): boolean {
  const required = config.sections.filter((s) => s.required).length;
  return missing.length >= ANOTHER_TEMPLATE.atLeast && missing.length > required * ANOTHER_TEMPLATE.share;
}
