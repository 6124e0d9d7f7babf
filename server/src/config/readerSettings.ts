// The reader's view of a Config (postmortem/readerSettings.ts): built once per Config object, so
// the same settings give the same section matchers and vocabulary, and what is cached by them
// (paragraph readings, compiled label patterns) stays valid across versions.
import type { ReaderSettings, SectionMatcher } from '../postmortem/readerSettings';
import { sectionKey } from '../postmortem/text';
import { resolveZone } from '../postmortem/zones';
import type { Config } from './schema';
import { sectionRoles } from './sectionRoles';
import { vocabulary } from './vocabulary';

const cache = new WeakMap<Config, ReaderSettings>();

export function readerSettings(config: Config): ReaderSettings {
  let settings = cache.get(config);
  if (settings) return settings;
  const { roles } = sectionRoles(config);
  const sections: SectionMatcher[] = config.sections
    .flatMap((s, i) =>
      [s.name, ...s.aliases].map((label) => ({ canonical: s.name, role: roles[i], key: sectionKey(label) })),
    )
    .filter((m) => m.key.length > 0)
    .sort((a, b) => b.key.length - a.key.length);
  settings = {
    sections,
    vocab: vocabulary(config),
    defaultZone: resolveZone(config.defaultTimezone) ?? 'UTC',
    files: config.files,
    figureSections: config.figuresIn,
  };
  cache.set(config, settings);
  return settings;
}
