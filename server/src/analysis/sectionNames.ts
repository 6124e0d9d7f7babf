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
