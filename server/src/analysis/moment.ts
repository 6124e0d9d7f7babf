// A key moment as the analysis knows it: where it falls, and where that knowledge comes from.
// Confidence is data: markers (a tag in the timeline, a Key events line, an impact window) are
// the writer's word; inferred moments are found from the stated figures; moments from wording are
// suggestions a reviewer would read from the entries' words. Only the first two raise warnings or
// are written by safe fixes; every surface says which it is.
import type { KeyEvent, KeyMoment, Span, TimelineEntry } from '../postmortem/model';

export type MomentSource = 'markers' | 'inferred' | 'wording';

/** Most certain first. */
const CERTAINTY: readonly MomentSource[] = ['markers', 'inferred', 'wording'];

export interface LocatedMoment {
  moment: KeyMoment;
  source: MomentSource;
  /** Null when its day or time is not known. */
  epochMs: number | null;
  /** The timeline entry it falls on. */
  entry?: TimelineEntry;
  /** The line outside the timeline that states it (`First detected: 10:15`). */
  keyEvent?: KeyEvent;
  /** For a suggestion: the words that suggest it (`alert fired`). */
  words?: { span: Span; text: string };
}

export interface KeyMoments {
  moments: Map<KeyMoment, LocatedMoment>;
}

/** The less certain of two sources: a figure is as certain as its less certain end. */
export function leastCertain(a: MomentSource, b: MomentSource): MomentSource {
  return CERTAINTY.indexOf(a) >= CERTAINTY.indexOf(b) ? a : b;
}

/** Whether values from this source may raise warnings and be written by safe fixes. */
export function isCertain(source: MomentSource | null | undefined): source is 'markers' | 'inferred' {
  return source === 'markers' || source === 'inferred';
}
