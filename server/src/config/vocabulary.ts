// The words a configuration gives for key moments and figures: the vocabulary's defaults plus the
// team's, resolved once per config object.
import type { FigureDefinition, Vocabulary } from '../postmortem/readerSettings';
import { normaliseTag } from '../postmortem/readerSettings';
import type { KeyMoment, MomentWordingEntry } from '../postmortem/vocabulary';
import type { FigureDefinitionsEntry, FigureName } from '../postmortem/vocabulary';
import {
  FIGURE_DEFINITIONS_VOCABULARY,
  FIGURE_VOCABULARY,
  KEY_EVENTS_LABELS,
  KEY_MOMENT_VOCABULARY,
  MOMENT_WORDING,
} from '../postmortem/vocabulary';
import type { Config } from './schema';
import { escapeRegExp } from '../postmortem/text';

const cache = new WeakMap<Config, Vocabulary>();

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
  const phraseWords: string[] = [];
  for (const entry of KEY_MOMENT_VOCABULARY) {
    const moment = entry.name;
    const configured = config.moments[moment] ?? [];
    for (const word of [...entry.tags, ...configured]) tags.set(normaliseTag(word), moment);
    // A configured word of two or more words counts in capitals too, as the defaults' phrases do.
    const capitals = [...entry.phrases, ...configured.filter((w) => normaliseTag(w).includes(' '))];
    for (const phrase of new Set(capitals.map((p) => normaliseTag(p)))) {
      phrases.push({ pattern: phrasePattern(phrase), anyCase: phrasePattern(phrase, 'gi'), moment });
      phraseWords.push(phrase.split(' ').map(escapeRegExp).join('\\s+'));
    }
    // A Key events line names its moment by a label of its own or by any of the moment's words.
    for (const label of [...(momentWording(moment)?.keyEvents ?? []), ...entry.tags, ...configured])
      keyEvents.set(normaliseTag(label), moment);
  }
  vocab = {
    tags,
    phrases,
    anyPhrase: phraseWords.length ? new RegExp(phraseWords.join('|'), 'iu') : null,
    figures: figureDefinitions(config),
    keyEvents,
    keyEventsLists: new Set(KEY_EVENTS_LABELS.map(normaliseTag)),
    keyEventsListWord: new RegExp(
      [...new Set(KEY_EVENTS_LABELS.map((l) => normaliseTag(l).split(' ').pop() ?? ''))].map(escapeRegExp).join('|'),
      'i',
    ),
  };
  cache.set(config, vocab);
  return vocab;
}

const label = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Each figure's from, to and names: the vocabulary's, then the vendor's definitions the
 * configuration picks, then its own `figures`. A name the vendor or the team gives one figure is
 * taken from whichever figure the vocabulary gave it (MoJ's "Time to repair" is MTTM, not MTTR).
 */
function figureDefinitions(config: Config): FigureDefinition[] {
  const vendor: FigureDefinitionsEntry | undefined = FIGURE_DEFINITIONS_VOCABULARY.find(
    (d) => d.name === config.figureDefinitions,
  );
  const vendorFigure = (name: FigureName) => vendor?.figures[name];
  const chosen = (name: FigureName) => [
    ...(vendorFigure(name)?.aliases ?? []),
    ...(config.figures[name]?.aliases ?? []),
  ];
  const claimed = new Map<string, FigureName>();
  for (const entry of FIGURE_VOCABULARY) for (const alias of chosen(entry.name)) claimed.set(label(alias), entry.name);
  return FIGURE_VOCABULARY.map((entry) => {
    const override = config.figures[entry.name] ?? {};
    const fromVendor = vendorFigure(entry.name);
    const mine = (alias: string) => (claimed.get(label(alias)) ?? entry.name) === entry.name;
    const definedBy =
      override.from || override.to
        ? 'your configuration'
        : fromVendor
          ? (vendor as FigureDefinitionsEntry).by
          : undefined;
    return {
      name: entry.name,
      from: override.from ?? fromVendor?.from ?? entry.from,
      to: override.to ?? fromVendor?.to ?? entry.to,
      labels: [entry.name, ...entry.aliases.filter(mine), ...chosen(entry.name)],
      ...(definedBy ? { definedBy } : {}),
      ...(chosen(entry.name).length ? { preferred: chosen(entry.name)[0] } : {}),
    };
  });
}
