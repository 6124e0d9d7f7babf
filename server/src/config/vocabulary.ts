// The words a configuration gives for key moments and figures: the vocabulary's defaults plus the
// team's, resolved once per config object.
import type { FigureDefinition, Vocabulary } from '../postmortem/readerSettings';
import { normaliseTag } from '../postmortem/readerSettings';
import type { KeyMoment } from '../postmortem/vocabulary';
import { FIGURE_VOCABULARY, KEY_MOMENT_VOCABULARY } from '../postmortem/vocabulary';
import type { Config } from './schema';

const cache = new WeakMap<Config, Vocabulary>();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase in capitals as whole words, with any run of spaces or a line break between its words. */
function phrasePattern(phrase: string): RegExp {
  const words = normaliseTag(phrase).toUpperCase().split(' ').map(escapeRegExp);
  return new RegExp(`(?<![\\w])${words.join('\\s+')}(?![\\w])`, 'g');
}

export function vocabulary(config: Config): Vocabulary {
  let vocab = cache.get(config);
  if (vocab) return vocab;
  const tags = new Map<string, KeyMoment>();
  const phrases: Vocabulary['phrases'] = [];
  for (const entry of KEY_MOMENT_VOCABULARY) {
    const moment = entry.name;
    const configured = config.moments[moment] ?? [];
    for (const word of [...entry.tags, ...configured]) tags.set(normaliseTag(word), moment);
    // A configured word of two or more words counts in capitals too, as the defaults' phrases do.
    const capitals = [...entry.phrases, ...configured.filter((w) => normaliseTag(w).includes(' '))];
    for (const phrase of new Set(capitals.map((p) => normaliseTag(p))))
      phrases.push({ pattern: phrasePattern(phrase), moment });
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
  vocab = { tags, phrases, figures };
  cache.set(config, vocab);
  return vocab;
}
