// The sections the rules and commands care about, found by role (config/sectionRoles.ts decides
// which configured section has which role; the reader puts it on each Section).
import type { Config } from '../config/schema';
import type { Postmortem, Section, SectionRole } from '../postmortem/model';

/** The document's first section that has `role`. */
export function findSection(pm: Postmortem, role: SectionRole): Section | undefined {
  return pm.sections.find((s) => s.role === role);
}

/** The section a missing one goes before (the first present one that comes after it), if any. */
export function sectionAfter(pm: Postmortem, config: Config, name: string): Section | undefined {
  const order = config.sections.map((s) => s.name);
  const index = order.indexOf(name);
  return pm.sections.find((s) => s.canonical && order.indexOf(s.canonical) > index);
}
