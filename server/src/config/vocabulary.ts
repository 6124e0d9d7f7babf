// The words a configuration gives for key moments and figures: the vocabulary's defaults plus the
// team's, resolved once per config object.
import type { FigureDefinition, Vocabulary } from '../postmortem/readerSettings';
import { normaliseTag } from '../postmortem/readerSettings';
import type { KeyMoment, MomentWordingEntry } from '../postmortem/vocabulary';
import { FIGURE_VOCABULARY, KEY_EVENTS_LABELS, KEY_MOMENT_VOCABULARY, MOMENT_WORDING } from '../postmortem/vocabulary';
import type { Config } from './schema';

const cache = new WeakMap<Config, Vocabulary>();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase in capitals as whole words, with any run of spaces or a line break between its words;
 * `anyCase`, the same in any case. */
function phrasePattern(phrase: string, flags = 'g'): RegExp {
  const words = normaliseTag(phrase).toUpperCase().split(' ').map(escapeRegExp);
  // `_` is no letter here: `__EVENT OVER__` is a phrase in emphasis.
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, `${flags}u`);
}

/** The words of a moment in the vocabulary's wording lists: none for a moment it does not list. */
export function momentWording(moment: KeyMoment): MomentWordingEntry | undefined {
  return (MOMENT_WORDING as Record<string, MomentWordingEntry>)[moment];
}

export function vocabulary(config: Config): Vocabulary {
  let vocab = cache.get(config);
  if (vocab) return vocab;
  const tags = new Map<string, KeyMoment>();
  const phrases: Vocabulary['phrases'] = [];
  const keyEvents = new Map<string, KeyMoment>();
  for (const entry of KEY_MOMENT_VOCABULARY) {
    const moment = entry.name;
    const configured = config.moments[moment] ?? [];
    for (const word of [...entry.tags, ...configured]) tags.set(normaliseTag(word), moment);
    // A configured word of two or more words counts in capitals too, as the defaults' phrases do.
    const capitals = [...entry.phrases, ...configured.filter((w) => normaliseTag(w).includes(' '))];
    for (const phrase of new Set(capitals.map((p) => normaliseTag(p))))
      phrases.push({ pattern: phrasePattern(phrase), anyCase: phrasePattern(phrase, 'gi'), moment });
    // A Key events line names its moment by a label of its own or by any of the moment's words.
    for (const label of [...(momentWording(moment)?.keyEvents ?? []), ...entry.tags, ...configured])
      keyEvents.set(normaliseTag(label), moment);
  }
  const figures: FigureDefinition[] = FIGURE_VOCABULARY.map((entry) => {
    const override = config.figures[entry.name] ?? {};
    return {
      name: entry.name,
      from: override.from ?? entry.from,
      to: override.to ?? entry.to,
      labels: [entry.name, ...entry.aliases, ...(override.aliases ?? [])],
    };
  });
  vocab = {
    tags,
    phrases,
    figures,
    keyEvents,
    keyEventsLists: new Set(KEY_EVENTS_LABELS.map(normaliseTag)),
  };
  cache.set(config, vocab);
  return vocab;
}
