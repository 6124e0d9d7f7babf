// What each configured section is for (summary, timeline, impact...), resolved once per Config
// object: every reader of a role (the reader, classification, rules, Insert Timeline Entry, the
// missing-section fix, completion, the skeleton) asks here, so they cannot disagree.
import { normaliseLabel } from '../postmortem/text';
import type { SectionRole } from '../postmortem/vocabulary';
import { SECTION_ROLE_VOCABULARY, sectionRoleEntry } from '../postmortem/vocabulary';
import type { Config } from './schema';

export type ConfiguredSection = Config['sections'][number];

export interface SectionRoles {
  /** Each configured section's role, in the configuration's order; undefined for one with none. */
  roles: (SectionRole | undefined)[];
  /** The configured section that has each role. */
  byRole: Map<SectionRole, ConfiguredSection>;
}

const cache = new WeakMap<Config, SectionRoles>();

const labelsOf = (s: ConfiguredSection) => [s.name, ...s.aliases].map(normaliseLabel).filter(Boolean);

/**
 * A section's role is, in this order: the `role` it is given; the role whose default name or alias
 * it is called (by its name or an alias); the first role a word of its name or aliases names
 * (`Incident Timeline`, `Follow-up Actions`). Each role goes to one section, the first to claim it.
 * The first section, when nothing claims the summary and it has no other role, is the summary.
 */
function resolve(sections: readonly ConfiguredSection[]): (SectionRole | undefined)[] {
  const roles: (SectionRole | undefined)[] = sections.map((s) => s.role);
  const taken = new Set(roles.filter((r): r is SectionRole => r !== undefined));
  const claim = (matches: (labels: string[], role: (typeof SECTION_ROLE_VOCABULARY)[number]) => boolean) => {
    sections.forEach((section, i) => {
      if (roles[i]) return;
      const labels = labelsOf(section);
      const entry = SECTION_ROLE_VOCABULARY.find((r) => !taken.has(r.role) && matches(labels, r));
      if (!entry) return;
      roles[i] = entry.role;
      taken.add(entry.role);
    });
  };
  claim((labels, r) => {
    const names = new Set([r.name, ...r.aliases].map(normaliseLabel));
    return labels.some((l) => names.has(l));
  });
  claim((labels, r) => {
    const words = new Set(labels.flatMap((l) => l.split(' ')));
    return r.keywords.some((k) => words.has(normaliseLabel(k)));
  });
  if (!taken.has('summary') && sections.length > 0 && roles[0] === undefined) roles[0] = 'summary';
  return roles;
}

export function sectionRoles(config: Config): SectionRoles {
  let resolved = cache.get(config);
  if (!resolved) {
    const roles = resolve(config.sections);
    const byRole = new Map<SectionRole, ConfiguredSection>();
    roles.forEach((role, i) => {
      if (role) byRole.set(role, config.sections[i]);
    });
    resolved = { roles, byRole };
    cache.set(config, resolved);
  }
  return resolved;
}

/** The configured section that has `role`, if any. */
export function sectionWithRole(config: Config, role: SectionRole): ConfiguredSection | undefined {
  return sectionRoles(config).byRole.get(role);
}

/** The heading to write for `role`: the configured section's name, else the default template's. */
export function sectionNameFor(config: Config, role: SectionRole): string {
  return sectionWithRole(config, role)?.name ?? sectionRoleEntry(role).name;
}

/** The role of the configured section named `name`. */
export function roleOf(config: Config, name: string): SectionRole | undefined {
  const i = config.sections.findIndex((s) => s.name === name);
  return i === -1 ? undefined : sectionRoles(config).roles[i];
}
