// The Timeline section -> entries with absolute times (FORMAT.md section 4): the blocks are read
// in order by the ways of writing entries (timelineForms.ts), the timezone and the timeline's own
// day found, the entries dated (entryDates.ts). With a memory, a version resumes from the
// previous version's latest checkpoint before its edit (timelineResume.ts).
import type { RootContent, Table } from 'mdast';
import { firstDate } from './dateReading';
import { assignDates, dayProblems } from './entryDates';
import type { DeclaredDay, Span, Timeline, TimezoneDeclaration } from './model';
import { plainText, sourceSpan } from './plainText';
import type { ReadContext } from './timelineForms';
import { ENTRY_FORMS } from './timelineForms';
import { timeHeaderZone } from './timelineTable';
import type { ReadingMemory } from './memory';
import { CHECKPOINT_EVERY, checkpointOf, restore, resumePoint, sameBasis, sameZone } from './timelineResume';
import type { BaseDate, Checkpoint, DatingBasis, ReadState, TimelineInput, TimelineMemo } from './timelineState';
import { addNote, orderOf, startState } from './timelineState';
import { findTimezoneDeclaration } from './zones';
import type { Steps } from './steps';
import { finish } from './steps';

export function buildTimeline(input: TimelineInput, memory?: ReadingMemory): Timeline {
  return finish(buildTimelineSteps(input, memory));
}

/**
 * The timeline read in steps of a checkpoint's blocks: opening a 10,000-entry timeline is one
 * long read, and the server answers requests between the steps. The memory is written only at
 * the end, so a read given up half-way leaves the previous version's for the next.
 */
export function* buildTimelineSteps(input: TimelineInput, memory?: ReadingMemory): Steps<Timeline> {
  const memo = memory?.timeline;
  const checkpoint = memo && resumePoint(memo, input);
  let from = memo && checkpoint ? { memo, checkpoint } : undefined;
  let read = yield* readBlocks(input, memory, from);
  // A zone or a day declared after the reused stretch (in a note after a day heading), or a
  // numeric date that settles the order of the others, changes entries before it: then nothing
  // is reused.
  if (from && (!sameZone(read.timezone, from.memo.timezone) || !sameBasis(read.basis, from.memo.dating))) {
    from = undefined;
    read = yield* readBlocks(input, memory, from);
  }
  const { state, checkpoints, timezone, basis, declaredDay } = read;
  const base: BaseDate | undefined = declaredDay ? { date: declaredDay.date, source: 'declaration' } : input.baseDate;
  yield* assignDates(
    state.events,
    { text: input.text, base, timezone, basis, instants: memory?.instants },
    checkpoints,
    from?.checkpoint,
  );
  const { text, blocks, vocab, baseDate, frontMatterZone, documentZone, defaultZone, section } = input;
  const { events, entries, preamble, timeHeaders } = state;
  if (memory) {
    memory.timeline = {
      text,
      blocks,
      vocab,
      defaultZone,
      baseDate,
      frontMatterZone,
      documentZone,
      timezone,
      dating: basis,
      events,
      entries,
      preamble,
      timeHeaders,
      checkpoints,
    };
  }
  const days = events.flatMap((e) => (e.kind === 'day' && e.marker ? [e.marker] : []));
  const timeline: Timeline = { section, timezone, entries, days, dayProblems: dayProblems(events, text) };
  if (declaredDay) timeline.declaredDay = declaredDay;
  return timeline;
}

interface Read {
  state: ReadState;
  checkpoints: Checkpoint[];
  timezone: TimezoneDeclaration;
  declaredDay: DeclaredDay | undefined;
  basis: DatingBasis;
}

/** The blocks read in order, from the start or from a checkpoint of the previous version; a step at each checkpoint. */
function* readBlocks(
  input: TimelineInput,
  memory: ReadingMemory | undefined,
  from: { memo: TimelineMemo; checkpoint: Checkpoint } | undefined,
): Steps<Read> {
  const { text, tree, vocab } = input;
  const state = from ? restore(from.memo, from.checkpoint) : startState(input.baseDate);
  const checkpoints = from ? from.memo.checkpoints.filter((c) => c.blocks <= from.checkpoint.blocks) : [];
  // Without a memory, readings are still shared by the forms that look at the same paragraph.
  const context: ReadContext = { text, tree, vocab, paragraphs: memory?.paragraphs ?? new WeakMap() };
  for (let i = from ? from.checkpoint.blocks : 0; i < input.blocks.length; i++) {
    readBlock(input.blocks[i], context, state);
    if ((i + 1) % CHECKPOINT_EVERY === 0) {
      checkpoints.push(checkpointOf(state, i + 1, tree.spanOf(input.blocks[i]).end));
      yield;
    }
  }
  const { timezone, declaredDay } = timezoneOf(input, state);
  return {
    state,
    checkpoints,
    timezone,
    declaredDay,
    basis: {
      declaredDay: declaredDay && { date: declaredDay.date, isDefault: declaredDay.isDefault },
      order: orderOf(state.order),
    },
  };
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
 * The timeline's zone: declared in its heading or before its first entry (a line, a table's
 * header row, the first day heading), else a zone in a table's time header further down
 * (`Time (UTC)`), else the front matter's, else one declared in the text before the timeline,
 * else the configured default. The declaration's sentence, or the heading,
 * may name the timeline's day too.
 */
function timezoneOf(
  input: TimelineInput,
  state: ReadState,
): { timezone: TimezoneDeclaration; declaredDay: DeclaredDay | undefined } {
  const context = { near: input.baseDate?.date ?? null };
  for (const span of candidates(input, state)) {
    if ('zone' in span) return { timezone: span.zone, declaredDay: headingDay(input) };
    const source = input.text.slice(span.start, span.end);
    const found = findTimezoneDeclaration(source, context);
    if (!found) continue;
    const timezone: TimezoneDeclaration = {
      zone: found.zone,
      label: found.label,
      span: { start: span.start + found.index, end: span.start + found.index + found.length },
      source: 'timeline',
    };
    if (found.region) timezone.region = found.region;
    const day = found.day;
    const declaredDay = day
      ? {
          date: day.found.reading.kind === 'date' ? day.found.reading.date : '',
          span: { start: span.start + day.index, end: span.start + day.index + day.length },
          isDefault: day.isDefault,
        }
      : headingDay(input);
    return { timezone, declaredDay: declaredDay?.date ? declaredDay : headingDay(input) };
  }
  const timezone = headerZone(input.text, state.timeHeaders) ??
    input.frontMatterZone ??
    input.documentZone ?? {
      zone: input.defaultZone,
      label: input.defaultZone,
      span: input.section.headingSpan,
      source: 'default',
    };
  return { timezone, declaredDay: headingDay(input) };
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

/** Where a declaration is looked for, in order: the heading, then what comes before the first entry. */
function candidates(input: TimelineInput, state: ReadState): (Span | { start: number; zone: TimezoneDeclaration })[] {
  const first = state.entries[0]?.span.start ?? Infinity;
  const found: (Span | { start: number; zone: TimezoneDeclaration })[] = [...state.preamble];
  for (const event of state.events) {
    if (event.kind === 'entry') break;
    if (event.zone) found.push({ start: event.span.start, zone: event.zone });
  }
  // A table's header row names its columns, `| Time (UTC) | Event |`: no note, but a declaration.
  for (const block of input.blocks) {
    const span = input.tree.spanOf(block);
    if (span.start > first) break;
    const table = tableIn(block);
    if (table?.children[0]) found.push(input.tree.spanOf(table.children[0]));
  }
  return [input.section.headingSpan, ...found.sort((a, b) => a.start - b.start)];
}

/** A table at the top of a block: the block itself, or the first thing in a list item or quote. */
function tableIn(block: RootContent): Table | undefined {
  if (block.type === 'table') return block;
  if (block.type === 'list' || block.type === 'listItem' || block.type === 'blockquote') {
    const first = block.children[0] as RootContent | undefined;
    return first ? tableIn(first) : undefined;
  }
  return undefined;
}

/** A day the Timeline heading names (`## Timeline (all times PST) Saturday Oct 30th 2021 - ...`). */
function headingDay(input: TimelineInput): DeclaredDay | undefined {
  const { headingSpan } = input.section;
  const plain = plainText(input.text.slice(headingSpan.start, headingSpan.end), headingSpan.start);
  const found = firstDate(plain.text, { near: input.baseDate?.date ?? null });
  if (!found) return undefined;
  return { date: found.date, span: sourceSpan(plain, found.index, found.length), isDefault: false };
}
