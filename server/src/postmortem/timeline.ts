// The Timeline section -> entries with absolute times (FORMAT.md section 4): the blocks are read
// in order by the ways of writing entries (timelineForms.ts), the timezone found, the entries
// dated (entryDates.ts). With a memory, a version resumes from the previous version's latest
// checkpoint before its edit (timelineResume.ts).
import type { RootContent } from 'mdast';
import { assignDates } from './entryDates';
import type { Span, Timeline, TimezoneDeclaration } from './model';
import type { ReadContext } from './timelineForms';
import { ENTRY_FORMS } from './timelineForms';
import { timeHeaderZone } from './timelineTable';
import type { ReadingMemory } from './memory';
import { CHECKPOINT_EVERY, checkpointOf, restore, resumePoint, sameZone } from './timelineResume';
import type { Checkpoint, ReadState, TimelineInput, TimelineMemo } from './timelineState';
import { addNote, startState } from './timelineState';
import { findTimezoneDeclaration } from './zones';

export function buildTimeline(input: TimelineInput, memory?: ReadingMemory): Timeline {
  const memo = memory?.timeline;
  const checkpoint = memo && resumePoint(memo, input);
  let from = memo && checkpoint ? { memo, checkpoint } : undefined;
  let read = readBlocks(input, memory, from);
  // A zone declared after the reused stretch (in a note after a day heading) changes every
  // instant: then nothing is reused.
  if (from && !sameZone(read.timezone, from.memo.timezone)) {
    from = undefined;
    read = readBlocks(input, memory, from);
  }
  const { state, checkpoints, timezone } = read;
  assignDates(state.events, input.baseDate, timezone, checkpoints, from?.checkpoint, memory?.instants);
  const { text, blocks, vocab, baseDate, frontMatterZone, defaultZone, section } = input;
  const { events, entries, preamble, timeHeaders } = state;
  if (memory) {
    memory.timeline = {
      text,
      blocks,
      vocab,
      defaultZone,
      baseDate,
      frontMatterZone,
      timezone,
      events,
      entries,
      preamble,
      timeHeaders,
      checkpoints,
    };
  }
  const days = events.flatMap((e) => (e.kind === 'day' ? [e.marker] : []));
  return { section, timezone, entries, days };
}

/** The blocks read in order, from the start or from a checkpoint of the previous version. */
function readBlocks(
  input: TimelineInput,
  memory: ReadingMemory | undefined,
  from: { memo: TimelineMemo; checkpoint: Checkpoint } | undefined,
): { state: ReadState; checkpoints: Checkpoint[]; timezone: TimezoneDeclaration } {
  const { text, tree, vocab } = input;
  const state = from ? restore(from.memo, from.checkpoint) : startState(input.baseDate);
  const checkpoints = from ? from.memo.checkpoints.filter((c) => c.blocks <= from.checkpoint.blocks) : [];
  // Without a memory, readings are still shared by the forms that look at the same paragraph.
  const context: ReadContext = { text, tree, vocab, paragraphs: memory?.paragraphs ?? new WeakMap() };
  for (let i = from ? from.checkpoint.blocks : 0; i < input.blocks.length; i++) {
    readBlock(input.blocks[i], context, state);
    if ((i + 1) % CHECKPOINT_EVERY === 0)
      checkpoints.push(checkpointOf(state, i + 1, tree.spanOf(input.blocks[i]).end));
  }
  return { state, checkpoints, timezone: timezoneOf(input, state.preamble, state.timeHeaders) };
}

/** A list, a list item or a quote is read as the blocks inside it; any other block goes to the forms. */
function readBlock(block: RootContent, context: ReadContext, state: ReadState): void {
  if (block.type === 'list' || block.type === 'listItem' || block.type === 'blockquote') {
    for (const child of block.children) readBlock(child as RootContent, context, state);
    return;
  }
  for (const form of ENTRY_FORMS) if (form.read(block, context, state)) return;
  addNote(state, context.tree.spanOf(block));
}

/**
 * Declared in the heading or before the first entry, else in a table's time header (`Time (UTC)`),
 * else the front matter's, else the configured default.
 */
function timezoneOf(input: TimelineInput, preamble: Span[], timeHeaders: Span[]): TimezoneDeclaration {
  return (
    declaredZone(input, preamble) ??
    headerZone(input.text, timeHeaders) ??
    input.frontMatterZone ?? {
      zone: input.defaultZone,
      label: input.defaultZone,
      span: input.section.headingSpan,
      source: 'default',
    }
  );
}

function headerZone(text: string, timeHeaders: Span[]): TimezoneDeclaration | undefined {
  for (const span of timeHeaders) {
    const found = timeHeaderZone(text.slice(span.start, span.end));
    if (found) {
      const start = span.start + found.index;
      return { zone: found.zone, label: found.label, span: { start, end: start + found.length }, source: 'timeline' };
    }
  }
  return undefined;
}

function declaredZone(input: TimelineInput, preamble: Span[]): TimezoneDeclaration | undefined {
  const candidates: Span[] = [input.section.headingSpan, ...preamble];
  for (const span of candidates) {
    const source = input.text.slice(span.start, span.end);
    const found = findTimezoneDeclaration(source);
    if (found) {
      return {
        zone: found.zone,
        label: found.label,
        span: { start: span.start + found.index, end: span.start + found.index + found.length },
        source: 'timeline',
      };
    }
  }
  return undefined;
}
