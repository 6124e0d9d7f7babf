// What reading one document remembers from its earlier versions. Owned by the document's
// analyzer (analysis/incremental.ts) and passed down to what reads with it; a one-off parse has
// none and reads everything afresh, to the same result.
import type { FactsMemory } from './documentFacts';
import type { ParagraphMemory } from './timelineParagraph';
import type { TimelineMemo } from './timelineState';
import { InstantCache } from './zones';

export interface ReadingMemory {
  /** Each timeline paragraph's entries, kept with the paragraph node the incremental parse reuses. */
  paragraphs: ParagraphMemory;
  /** The latest version's timeline, which the next resumes after its last checkpoint before an edit. */
  timeline: TimelineMemo | undefined;
  /** Instants by zone, day and second. */
  instants: InstantCache;
  /** What each block before the timeline says of the incident's day and zone. */
  facts: FactsMemory;
}

export function newReadingMemory(): ReadingMemory {
  return { paragraphs: new WeakMap(), timeline: undefined, instants: new InstantCache(), facts: new WeakMap() };
}
