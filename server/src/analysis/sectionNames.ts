// The canonical names of the sections the rules care about, as the configuration calls them.
import type { Config } from '../config/schema';
import type { Postmortem, Section } from '../postmortem/model';

const named = (pattern: RegExp, fallback: string) => (config: Config) =>
  config.sections.find((s) => pattern.test(s.name))?.name ?? fallback;

export const timelineName = named(/timeline/i, 'Timeline');
export const impactName = named(/impact/i, 'Impact');
export const correctiveActionsName = named(/corrective|action/i, 'Corrective Actions');

export function findSection(pm: Postmortem, canonical: string): Section | undefined {
  return pm.sections.find((s) => s.canonical === canonical);
}

/** The section a missing one goes before (the first present one that comes after it), if any. */
export function sectionAfter(pm: Postmortem, config: Config, name: string): Section | undefined {
  const order = config.sections.map((s) => s.name);
  const index = order.indexOf(name);
  return pm.sections.find((s) => s.canonical && order.indexOf(s.canonical) > index);
}
