// Resuming a timeline: the reading state after every CHECKPOINT_EVERY blocks is kept with the
// version's timeline, and the next version starts reading from the latest checkpoint before its
// edit. A keystroke near the end of a long timeline (where an incident's timeline grows) re-reads
// only the blocks after it; the entries before it are the same objects.
import type { TimezoneDeclaration } from './model';
import type { Checkpoint, DatingBasis, Draft, ReadState, TimelineInput, TimelineMemo } from './timelineState';

/** Blocks between checkpoints: few enough to re-read, many enough to keep the memo small. */
export const CHECKPOINT_EVERY = 64;

/** The latest checkpoint of the previous version whose blocks and text are this version's too. */
export function resumePoint(memo: TimelineMemo, input: TimelineInput): Checkpoint | undefined {
  // The title, which gives the base date, may come after the timeline: compared, not assumed.
  if (memo.vocab !== input.vocab || memo.defaultZone !== input.defaultZone) return undefined;
  if (memo.baseDate?.date !== input.baseDate?.date || memo.baseDate?.source !== input.baseDate?.source)
    return undefined;
  if (!sameOptionalZone(memo.frontMatterZone, input.frontMatterZone)) return undefined;
  if (!sameOptionalZone(memo.documentZone, input.documentZone)) return undefined;
  const { blocks } = input;
  let same = 0;
  const limit = Math.min(blocks.length, memo.blocks.length);
  while (same < limit && blocks[same] === memo.blocks[same]) same++;
  for (let i = memo.checkpoints.length - 1; i >= 0; i--) {
    const checkpoint = memo.checkpoints[i];
    // The same nodes and the same text before the checkpoint: reading them again would give
    // the same entries at the same offsets (the title and front matter included).
    if (
      checkpoint.blocks <= same &&
      checkpoint.dates &&
      input.text.slice(0, checkpoint.end) === memo.text.slice(0, checkpoint.end)
    )
      return checkpoint;
  }
  return undefined;
}

export function checkpointOf(state: ReadState, blocks: number, end: number): Checkpoint {
  const { current } = state;
  return {
    blocks,
    end,
    events: state.events.length,
    entries: state.entries.length,
    preamble: state.preamble.length,
    timeHeaders: state.timeHeaders.length,
    current: current && {
      draft: current,
      notes: current.entry.notes.length,
      end: current.entry.span.end,
      text: current.entry.text,
      lineSpan: current.entry.lineSpan,
      moments: current.entry.moments,
    },
    year: state.year,
    order: { ...state.order },
  };
}

/**
 * The reading state at a checkpoint of the previous version. Entries before it are final and
 * shared; the entry notes were still being added to is copied as it was then.
 */
export function restore(memo: TimelineMemo, checkpoint: Checkpoint): ReadState {
  const events = memo.events.slice(0, checkpoint.events);
  const entries = memo.entries.slice(0, checkpoint.entries);
  let current: Draft | undefined;
  if (checkpoint.current) {
    // The open entry is always the last event and the last entry.
    const { draft, notes, end, text, lineSpan, moments } = checkpoint.current;
    current = {
      kind: 'entry',
      match: draft.match,
      entry: {
        ...draft.entry,
        span: { start: draft.entry.span.start, end },
        notes: draft.entry.notes.slice(0, notes),
        text,
        lineSpan,
        moments,
      },
    };
    events[events.length - 1] = current;
    entries[entries.length - 1] = current.entry;
  }
  return {
    events,
    entries,
    preamble: memo.preamble.slice(0, checkpoint.preamble),
    timeHeaders: memo.timeHeaders.slice(0, checkpoint.timeHeaders),
    current,
    year: checkpoint.year,
    order: { ...checkpoint.order },
  };
}

export function sameZone(a: TimezoneDeclaration, b: TimezoneDeclaration): boolean {
  return (
    a.zone === b.zone &&
    a.label === b.label &&
    a.source === b.source &&
    a.region === b.region &&
    a.span.start === b.span.start &&
    a.span.end === b.span.end
  );
}

function sameOptionalZone(a: TimezoneDeclaration | undefined, b: TimezoneDeclaration | undefined): boolean {
  return a === b || (!!a && !!b && sameZone(a, b));
}

/** Whether the whole timeline decides entries' days as it did: the same declared day and numeric order. */
export function sameBasis(a: DatingBasis, b: DatingBasis): boolean {
  return (
    a.order === b.order &&
    a.declaredDay?.date === b.declaredDay?.date &&
    a.declaredDay?.isDefault === b.declaredDay?.isDefault
  );
}
