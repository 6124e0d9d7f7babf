// The words a configuration gives for key moments and figures, resolved once per config object.
import type { FigureName, KeyMoment } from '../postmortem/model';
import { FIGURE_NAMES, KEY_MOMENTS } from '../postmortem/model';
import type { Config } from './schema';
import { DEFAULT_FIGURES, DEFAULT_MOMENTS } from './schema';

export interface FigureDefinition {
  name: FigureName;
  from: KeyMoment;
  to: KeyMoment;
  /** The name and its aliases, as written in configuration. */
  labels: string[];
}

export interface Vocabulary {
  /** Normalised tag (`impact start`) -> moment. */
  tags: Map<string, KeyMoment>;
  /** Phrases of two or more words that count when written in capitals (`OUTAGE BEGINS`), as
   * whole words, wherever the line wraps. */
  phrases: { pattern: RegExp; moment: KeyMoment }[];
  figures: FigureDefinition[];
}

const cache = new WeakMap<Config, Vocabulary>();

export function normaliseTag(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

export function vocabulary(config: Config): Vocabulary {
  let vocab = cache.get(config);
  if (vocab) return vocab;
  const tags = new Map<string, KeyMoment>();
  const phrases: Vocabulary['phrases'] = [];
  for (const moment of KEY_MOMENTS) {
    for (const word of [...DEFAULT_MOMENTS[moment], ...(config.moments[moment] ?? [])]) {
      const key = normaliseTag(word);
      tags.set(key, moment);
      if (key.includes(' ')) {
        const words = key
          .toUpperCase()
          .split(' ')
          .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        phrases.push({ pattern: new RegExp(`(?<![\\w])${words.join('\\s+')}(?![\\w])`, 'g'), moment });
      }
    }
  }
  const figures = FIGURE_NAMES.map((name) => {
    const base = DEFAULT_FIGURES[name];
    const override = (config.figures[name] ?? {}) as Partial<{ from: KeyMoment; to: KeyMoment; aliases: string[] }>;
    return {
      name,
      from: override.from ?? base.from,
      to: override.to ?? base.to,
      labels: [name, ...(base.aliases ?? []), ...(override.aliases ?? [])],
    };
  });
  vocab = { tags, phrases, figures };
  cache.set(config, vocab);
  return vocab;
}
