// The timeline's reading state: what the ways of writing entries (timelineForms.ts) add to as the
// blocks are read in order, with the one constructor of an entry and the three steps every form
// takes (a note, a day, an entry). What a checkpoint keeps (timelineResume.ts) and dating reads
// (entryDates.ts) are typed here too, so those modules need not import the reader.
import type { RootContent } from 'mdast';
import type { DateOrder, DateReading, WeekdayWritten } from './dateReading';
import type { Vocabulary } from './readerSettings';
import type { EntryTimeMatch } from './entryTime';
import type { MarkdownTree } from './markdown';
import type { DayMarker, KeyMomentTag, Section, Span, TimelineEntry, TimezoneDeclaration } from './model';

/** The incident date the document gives, which entries before any day marker fall on. */
export interface BaseDate {
  date: string;
  source: 'title' | 'front-matter' | 'header' | 'declaration';
}

/** What a timeline is read from. */
export interface TimelineInput {
  text: string;
  tree: MarkdownTree;
  section: Section;
  /** The section's top-level blocks after its heading. */
  blocks: RootContent[];
  vocab: Vocabulary;
  baseDate?: BaseDate;
  /** Zone from front matter, used when the section declares none. */
  frontMatterZone?: TimezoneDeclaration;
  /** Zone declared in the text before the timeline (`All times PDT.` above the first section). */
  documentZone?: TimezoneDeclaration;
  defaultZone: string;
}

/** An entry being read, with the time match it was made from (dating needs its date and zone). */
export interface Draft {
  kind: 'entry';
  entry: TimelineEntry;
  match: EntryTimeMatch;
}

/** A day marker as read: dating turns its reading into the day (`marker`) when it names one. */
export interface DayEvent {
  kind: 'day';
  /** The marker's block. */
  span: Span;
  /** The date as written, and what it reads as. */
  dateSpan: Span;
  reading: DateReading;
  weekday?: WeekdayWritten;
  /** A zone the marker gives its day (`### 2019-02-07 (UTC)`). */
  zone?: TimezoneDeclaration;
  /** Set by dating: the day, when the reading names one. */
  marker?: DayMarker;
}

export type Event = Draft | DayEvent;

/** How many numeric dates read so far were written day-first or month-first, their numbers deciding. */
export interface OrderEvidence {
  dayFirst: number;
  monthFirst: number;
}

/** What reading the blocks in order carries from one block to the next. */
export interface ReadState {
  events: Event[];
  /** The entries among `events`, in order. */
  entries: TimelineEntry[];
  /** Blocks before the first entry: where a timezone declaration is looked for. */
  preamble: Span[];
  /** The header cells of tables' time columns (`Time (UTC)`), which may name the zone. */
  timeHeaders: Span[];
  /** The entry that the next notes belong to. */
  current: Draft | undefined;
  /** The year of the latest date seen, for day headings in words that leave it out. */
  year: number | null;
  /** Numeric dates so far by the order their numbers show: the document's way decides the others. */
  order: OrderEvidence;
}

export function startState(baseDate: BaseDate | undefined): ReadState {
  return {
    events: [],
    entries: [],
    preamble: [],
    timeHeaders: [],
    current: undefined,
    year: baseDate ? yearOf(baseDate.date) : null,
    order: { dayFirst: 0, monthFirst: 0 },
  };
}

/** The way the numeric dates read say the document writes them, when only one way is seen. */
export function orderOf(evidence: OrderEvidence): DateOrder | undefined {
  if (evidence.dayFirst > 0 && evidence.monthFirst === 0) return 'day-first';
  if (evidence.monthFirst > 0 && evidence.dayFirst === 0) return 'month-first';
  return undefined;
}

/** Counts a reading's order, when its numbers decide it. */
export function noteOrder(state: ReadState, reading: DateReading | undefined): void {
  if (reading?.kind !== 'date' || !reading.order) return;
  if (reading.order === 'day-first') state.order.dayFirst++;
  else state.order.monthFirst++;
}

/** The year of an ISO date (`YYYY-MM-DD`). */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** What a form found: where the entry is and what it says. */
export interface EntryParts {
  /** The whole entry so far: its block, row or `<br>` segment (notes extend it). */
  span: Span;
  /** Its first line, where markers live. */
  lineSpan: Span;
  /** Where the text `match` was read from starts: the match's offsets count from here. */
  matchAt: number;
  match: EntryTimeMatch;
  timeText: string;
  text: string;
  moments: KeyMomentTag[];
}

/** The one way an entry is made; its date and instant are filled in by dating (entryDates.ts). */
export function newEntry(parts: EntryParts): TimelineEntry {
  const { span, lineSpan, matchAt, match } = parts;
  const { fault } = match;
  return {
    span,
    lineSpan,
    timeSpan: { start: matchAt + match.timeStart, end: matchAt + match.timeEnd },
    timeText: parts.timeText,
    time: match.time,
    unreadable: match.unreadable,
    ...(fault
      ? {
          fault:
            fault.kind === 'meridiem'
              ? { ...fault, span: { start: matchAt + fault.span.start, end: matchAt + fault.span.end } }
              : fault,
        }
      : {}),
    approximate: match.approximate,
    date: null,
    dateSource: 'none',
    epochMs: null,
    offsetMinutes: null,
    text: parts.text,
    moments: parts.moments,
    notes: [],
    // `2024-02-30 10:00`: the time is fine, the day is not; the finding says which.
    ...(match.unreadableDate !== undefined && { unreadableDate: match.unreadableDate }),
  };
}

/** An entry starts: the notes that follow belong to it. */
export function addEntry(state: ReadState, parts: EntryParts): void {
  const draft: Draft = { kind: 'entry', entry: newEntry(parts), match: parts.match };
  if (parts.match.date) state.year = yearOf(parts.match.date);
  noteOrder(state, parts.match.day);
  state.current = draft;
  state.events.push(draft);
  state.entries.push(draft.entry);
}

/** A block or line that is no entry: a note of the current entry, or before the first, preamble. */
export function addNote(state: ReadState, span: Span): void {
  if (span.end <= span.start) return;
  if (state.current) {
    state.current.entry.notes.push(span);
    state.current.entry.span.end = Math.max(state.current.entry.span.end, span.end);
  } else state.preamble.push(span);
}

/**
 * The text under an entry whose own line has none (`### 08:52 PM`, `**10:00**` alone): the first
 * line of the block below is its text, and that block, where markers may be, one of its notes.
 */
export function addTextBelow(state: ReadState, block: Span, line: Span, text: string, moments: KeyMomentTag[]): void {
  const entry = state.current?.entry;
  if (!entry) return;
  entry.text = text;
  entry.lineSpan = { start: entry.lineSpan.start, end: line.end };
  if (moments.length) entry.moments = [...entry.moments, ...moments];
  addNote(state, block);
}

/** Whether the entry being read has no text of its own yet, and nothing below it: the next block's line may be its text. */
export function awaitsText(state: ReadState): boolean {
  const entry = state.current?.entry;
  return !!entry && entry.text === '' && entry.notes.length === 0;
}

/** A table's time column header, kept for what it may say about the zone. */
export function addTimeHeader(state: ReadState, span: Span): void {
  state.timeHeaders.push(span);
}

/** A day marker: the entries after it fall on its day, and no entry takes notes until the next. */
export function addDay(state: ReadState, day: Omit<DayEvent, 'kind' | 'marker'>): void {
  if (day.reading.kind === 'date') state.year = yearOf(day.reading.date);
  noteOrder(state, day.reading);
  state.events.push({ kind: 'day', ...day });
  state.current = undefined;
}

/** A block that ends the current entry without being a note of it (a heading that names no day). */
export function endEntry(state: ReadState, span: Span): void {
  if (!state.current) state.preamble.push(span);
  state.current = undefined;
}

/** What dating the entries in order carries from one entry to the next. */
export interface DateState {
  day: string | null;
  source: TimelineEntry['dateSource'];
  /** Days past `day` (or past a nominal day when there is none) that no date can be written for. */
  nominalOffset: number;
  previousMinute: number | null;
  /** The latest instant, for a time where the clocks change to be read in order with it. */
  previousEpoch: number | null;
  /** A zone the latest day marker gave its day. */
  dayZone: TimezoneDeclaration | null;
}

export interface OpenEntry {
  draft: Draft;
  notes: number;
  end: number;
  text: string;
  lineSpan: Span;
  moments: KeyMomentTag[];
}

/** The state after a block, kept so the next version can start reading after it. */
export interface Checkpoint {
  /** Blocks read before this point, and the text offset where the last of them ends. */
  blocks: number;
  end: number;
  events: number;
  entries: number;
  preamble: number;
  timeHeaders: number;
  /** The entry still open, as it was: later blocks add notes and may give it its text. */
  current: OpenEntry | undefined;
  year: number | null;
  order: OrderEvidence;
  /** Filled in when the entries are dated. */
  dates?: DateState;
}

/** What the whole timeline decides for each entry's day, compared before a version resumes. */
export interface DatingBasis {
  declaredDay: { date: string; isDefault: boolean } | undefined;
  order: DateOrder | undefined;
}

/** A built timeline as the next version may resume it: what it was read from and its checkpoints. */
export interface TimelineMemo {
  text: string;
  blocks: RootContent[];
  vocab: Vocabulary;
  defaultZone: string;
  baseDate: BaseDate | undefined;
  frontMatterZone: TimezoneDeclaration | undefined;
  documentZone: TimezoneDeclaration | undefined;
  timezone: TimezoneDeclaration;
  /** What dating read with besides the base date: the timeline's own declared day and the numeric order. */
  dating: DatingBasis;
  events: Event[];
  entries: TimelineEntry[];
  preamble: Span[];
  timeHeaders: Span[];
  checkpoints: Checkpoint[];
}
