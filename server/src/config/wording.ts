// The words that suggest each key moment (the vocabulary's MOMENT_WORDING plus the team's
// `wording`), as word lists ready to compare with an entry's words, resolved once per Config.
import type { KeyMoment, MomentWordingEntry } from '../postmortem/vocabulary';
import { KEY_MOMENTS, MOMENT_WORDING, WORDING_NEGATIONS } from '../postmortem/vocabulary';
import { phraseWords } from '../postmortem/words';
import type { Config } from './schema';

/** A phrase as words; null stands for any one word. */
export type Phrase = readonly (string | null)[];

export interface MomentWords {
  moment: KeyMoment;
  /** The phrases that suggest it, by their first word (`*` for those starting with any word). */
  phrases: Map<string, Phrase[]>;
  notAfter: Phrase[];
  notBefore: Phrase[];
  not: Phrase[];
  notWith: KeyMoment[];
  after: KeyMoment[];
}

export interface Wording {
  /** Every moment with words, in the vocabulary's order. */
  moments: MomentWords[];
  negationsBefore: Phrase[];
  negationsAfter: Phrase[];
}

const cache = new WeakMap<Config, Wording>();

const isMoment = (name: string): name is KeyMoment => (KEY_MOMENTS as readonly string[]).includes(name);
const phrases = (list: readonly string[]) => list.map(phraseWords).filter((p) => p.length > 0);

export function wording(config: Config): Wording {
  let compiled = cache.get(config);
  if (compiled) return compiled;
  const entries = MOMENT_WORDING as Record<string, MomentWordingEntry>;
  const moments: MomentWords[] = KEY_MOMENTS.flatMap((moment) => {
    const entry = entries[moment];
    const configured = config.wording[moment] ?? [];
    if (!entry && configured.length === 0) return [];
    const byFirst = new Map<string, Phrase[]>();
    for (const phrase of phrases([...(entry?.phrases ?? []), ...configured])) {
      const key = phrase[0] ?? '*';
      byFirst.set(key, [...(byFirst.get(key) ?? []), phrase]);
    }
    return [
      {
        moment,
        phrases: byFirst,
        notAfter: phrases(entry?.notAfter ?? []),
        notBefore: phrases(entry?.notBefore ?? []),
        not: phrases(entry?.not ?? []),
        notWith: (entry?.notWith ?? []).filter(isMoment),
        after: (entry?.after ?? []).filter(isMoment),
      },
    ];
  });
  compiled = {
    moments,
    negationsBefore: phrases(WORDING_NEGATIONS.before),
    negationsAfter: phrases(WORDING_NEGATIONS.after),
  };
  cache.set(config, compiled);
  return compiled;
}
