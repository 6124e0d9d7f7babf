// What the reader needs to know of a team's configuration, as plain data: the reader sits below
// config/ and never sees a Config. config/readerSettings.ts builds one of these per Config object,
// so its parts keep their identity across versions (readings cached by it stay valid).
import type { FigureName, KeyMoment, SectionRole } from './vocabulary';

/** One label (a name or an alias) of a configured section, normalised as headings are compared. */
export interface SectionMatcher {
  /** The configured section's name. */
  canonical: string;
  /** Its role, when it has one. */
  role?: SectionRole;
  key: string;
}

export interface FigureDefinition {
  name: FigureName;
  from: KeyMoment;
  to: KeyMoment;
  /** The name and its aliases, as written in configuration. */
  labels: string[];
  /** The name the team or its vendor gives it (MoJ's "Time to repair"), when not ours. */
  preferred?: string;
  /** Who defines its from and to, when not this project's defaults: a vendor ("FireHydrant") or "your configuration". */
  definedBy?: string;
}

/** The words that mark key moments and name figures: the vocabulary's defaults plus the team's. */
export interface Vocabulary {
  /** Normalised tag (`impact start`) -> moment. */
  tags: Map<string, KeyMoment>;
  /** Phrases that count when written in capitals (`OUTAGE BEGINS`), as whole words, wherever the
   * line wraps; `anyCase` finds them in any case, for the emphasised and standing-alone forms. */
  phrases: { pattern: RegExp; anyCase: RegExp; moment: KeyMoment }[];
  /** Matches wherever any phrase might (any case, no word bounds): most entries hold none, and skip the phrases one by one. */
  anyPhrase: RegExp | null;
  figures: FigureDefinition[];
  /** Normalised label (`first detected`) of a `Key events` line -> moment. */
  keyEvents: Map<string, KeyMoment>;
  /** Normalised labels that introduce a `Key events` list. */
  keyEventsLists: Set<string>;
  /** Matches any last word of those names (`events`, `milestones`): a short note without one names no list. */
  keyEventsListWord: RegExp;
}

export interface ReaderSettings {
  /** Every label of every configured section, longest first, so the most specific one wins. */
  sections: SectionMatcher[];
  vocab: Vocabulary;
  /** The zone of a timeline that declares none, already resolved (an IANA name or `UTC+2`). */
  defaultZone: string;
  /** Globs of paths that are always postmortems. */
  files: string[];
  /** Configured sections (by canonical name), besides the impact section and Stats headings, that state figures. */
  figureSections: string[];
}

export function normaliseTag(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}
