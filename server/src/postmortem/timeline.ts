// The Timeline section -> entries with absolute times (FORMAT.md section 4).
// An entry starts wherever a block, a line or a `<br>` segment starts with a time; whatever
// follows up to the next entry belongs to it as notes.
import type { Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Vocabulary } from '../config/vocabulary';
import { addDays, parseDayMarker } from './dates';
import type { EntryTimeMatch } from './entryTime';
import { matchEntryTime } from './entryTime';
import type { MarkdownTree } from './markdown';
import type { DayMarker, KeyMomentTag, Section, Span, Timeline, TimelineEntry, TimezoneDeclaration } from './model';
import { findMomentTags } from './moments';
import { detached, lineEnd } from './text';
import { findTimezoneDeclaration, resolveZone, toInstant } from './zones';

/** Durations need a day even when the document names none; absolute output checks `date`. */
const NOMINAL_DAY = '2000-01-01';

export interface TimelineInput {
  text: string;
  tree: MarkdownTree;
  section: Section;
  blocks: RootContent[];
  vocab: Vocabulary;
  /** Incident date from the title or front matter. */
  baseDate?: { date: string; source: 'title' | 'front-matter' };
  /** Zone from front matter, used when the section declares none. */
  frontMatterZone?: TimezoneDeclaration;
  defaultZone: string;
}

interface Draft {
  kind: 'entry';
  entry: TimelineEntry;
  match: EntryTimeMatch;
}

type Event = Draft | { kind: 'day'; marker: DayMarker };

/** Shared by every entry without tags: ten thousand empty arrays per keystroke add up. */
const NO_TAGS: KeyMomentTag[] = [];

/** What reading the blocks in order carries from one block to the next. */
interface ReadState {
  events: Event[];
  entries: number;
  preamble: Span[];
  /** The entry that the next notes belong to. */
  current: Draft | undefined;
  /** The year of the latest date seen, for day headings in words that leave it out. */
  year: number | null;
}

/** What dating the entries in order carries from one entry to the next. */
interface DateState {
  day: string | null;
  source: TimelineEntry['dateSource'];
  nominalOffset: number;
  previousMinute: number | null;
}

/** The state after a block, kept so the next version can start reading after it. */
interface Checkpoint {
  /** Blocks read before this point, and the text offset where the last of them ends. */
  blocks: number;
  end: number;
  events: number;
  entries: number;
  preamble: number;
  current: { draft: Draft; notes: number; end: number } | undefined;
  year: number | null;
  /** Filled in when the entries are dated. */
  dates?: DateState;
}

/** A built timeline, kept with its first block: the next version reuses what precedes its edit. */
interface TimelineMemo {
  text: string;
  blocks: RootContent[];
  vocab: Vocabulary;
  defaultZone: string;
  baseDate: TimelineInput['baseDate'];
  frontMatterZone: TimezoneDeclaration | undefined;
  timezone: TimezoneDeclaration;
  events: Event[];
  entries: TimelineEntry[];
  preamble: Span[];
  checkpoints: Checkpoint[];
}

// A keystroke near the end of a long timeline (where an incident's timeline grows) re-reads only
// the blocks after the last checkpoint before it; entries before it are the same objects.
const memos = new WeakMap<RootContent, TimelineMemo>();
/** Blocks between checkpoints: few enough to re-read, many enough to keep the memo small. */
const CHECKPOINT_EVERY = 64;

export function buildTimeline(input: TimelineInput): Timeline {
  const memo = input.blocks.length ? memos.get(input.blocks[0]) : undefined;
  const resume = memo ? resumePoint(memo, input) : undefined;
  const built = readTimeline(input, memo && resume ? { memo, checkpoint: resume } : undefined);
  // A zone declared after the reused stretch (in a note after a day heading) changes every
  // instant: then nothing is reused.
  return built ?? (readTimeline(input, undefined) as Timeline);
}

/** The latest checkpoint of the previous version whose blocks and text are this version's too. */
function resumePoint(memo: TimelineMemo, input: TimelineInput): Checkpoint | undefined {
  // The title, which gives the base date, may come after the timeline: compared, not assumed.
  if (memo.vocab !== input.vocab || memo.defaultZone !== input.defaultZone) return undefined;
  if (memo.baseDate?.date !== input.baseDate?.date || memo.baseDate?.source !== input.baseDate?.source) return undefined;
  if (memo.frontMatterZone !== input.frontMatterZone && !(memo.frontMatterZone && input.frontMatterZone && sameZone(memo.frontMatterZone, input.frontMatterZone))) return undefined;
  const { blocks } = input;
  let same = 0;
  const limit = Math.min(blocks.length, memo.blocks.length);
  while (same < limit && blocks[same] === memo.blocks[same]) same++;
  for (let i = memo.checkpoints.length - 1; i >= 0; i--) {
    const checkpoint = memo.checkpoints[i];
    // The same nodes and the same text before the checkpoint: reading them again would give
    // the same entries at the same offsets (the title and front matter included).
    if (checkpoint.blocks <= same && checkpoint.dates && input.text.slice(0, checkpoint.end) === memo.text.slice(0, checkpoint.end)) return checkpoint;
  }
  return undefined;
}

function readTimeline(input: TimelineInput, from: { memo: TimelineMemo; checkpoint: Checkpoint } | undefined): Timeline | undefined {
  const { text, tree, section, vocab } = input;
  const state = from ? restore(from.memo, from.checkpoint) : { events: [], entries: 0, preamble: [], current: undefined, year: input.baseDate ? Number(input.baseDate.date.slice(0, 4)) : null };
  const checkpoints = from ? from.memo.checkpoints.filter((c) => c.blocks <= from.checkpoint.blocks) : [];

  const addNote = (span: Span) => {
    if (span.end <= span.start) return;
    if (state.current) {
      state.current.entry.notes.push(span);
      state.current.entry.span.end = Math.max(state.current.entry.span.end, span.end);
    } else state.preamble.push(span);
  };

  const dayMarker = (label: string, span: Span): boolean => {
    const date = parseDayMarker(label, state.year);
    if (!date) return false;
    state.year = Number(date.slice(0, 4));
    state.events.push({ kind: 'day', marker: { date, span } });
    state.current = undefined;
    return true;
  };

  const addEntry = (entry: TimelineEntry, match: EntryTimeMatch) => {
    state.current = { kind: 'entry', entry, match };
    if (match.date) state.year = Number(match.date.slice(0, 4));
    state.events.push(state.current);
    state.entries++;
  };

  const startEntry = (start: number, match: EntryTimeMatch, lineStop: number, segmentEnd: number, rest?: string) => {
    addEntry(
      {
        span: { start, end: segmentEnd },
        lineSpan: { start, end: lineStop },
        timeSpan: { start: start + match.timeStart, end: start + match.timeEnd },
        timeText: text.slice(start + match.timeStart, start + match.timeEnd),
        time: match.time,
        unreadable: match.unreadable,
        approximate: match.approximate,
        date: null,
        dateSource: 'none',
        epochMs: null,
        offsetMinutes: null,
        text: (rest ?? text.slice(start + match.length, lineStop)).replace(/<br\s*\/?>/gi, ' ').trim(),
        moments: findMomentTags(text.slice(start, segmentEnd), start, vocab),
        notes: [],
      },
      match,
    );
  };

  const paragraph = (node: Paragraph) => {
    const span = tree.spanOf(node);
    const reading = readParagraph(node, span, text, tree, vocab);
    if (reading.dateLabel !== null && dayMarker(reading.dateLabel, span)) return;
    if (reading.found.length === 0) return addNote(span);
    const delta = span.start - reading.at;
    const first = reading.found[0];
    if (first.start > 0) addNote({ start: span.start, end: span.start + first.noteEnd });
    for (const f of reading.found) {
      const start = span.start + f.start;
      addEntry(
        {
          span: { start, end: span.start + f.segmentEnd },
          lineSpan: { start, end: span.start + f.lineStop },
          timeSpan: { start: start + f.match.timeStart, end: start + f.match.timeEnd },
          timeText: f.timeText,
          time: f.match.time,
          unreadable: f.match.unreadable,
          approximate: f.match.approximate,
          date: null,
          dateSource: 'none',
          epochMs: null,
          offsetMinutes: null,
          text: f.text,
          moments: f.moments.length === 0 ? NO_TAGS : delta === 0 ? f.moments : f.moments.map((m) => ({ moment: m.moment, span: { start: m.span.start + delta, end: m.span.end + delta }, text: m.text })),
          notes: [],
        },
        f.match,
      );
    }
  };

  const table = (node: Table) => {
    node.children.forEach((row) => {
      const rowSpan = tree.spanOf(row);
      const [first, ...others] = row.children;
      const cell = first?.children.length ? { start: tree.spanOf(first.children[0]).start, end: tree.spanOf(first.children[first.children.length - 1]).end } : undefined;
      const match = cell ? matchEntryTime(text.slice(cell.start, cell.end)) : null;
      if (cell && match) {
        startEntry(cell.start, match, rowSpan.end, rowSpan.end, others.map((c) => toString(c).trim()).join(' | '));
        if (state.current) state.current.entry.span.start = rowSpan.start;
      } else if (row !== node.children[0]) addNote(rowSpan);
    });
  };

  const visit = (node: RootContent) => {
    switch (node.type) {
      case 'heading':
        if (!dayMarker(toString(node), tree.spanOf(node))) {
          if (!state.current) state.preamble.push(tree.spanOf(node));
          state.current = undefined;
        }
        return;
      case 'paragraph':
        return paragraph(node);
      case 'list':
      case 'listItem':
      case 'blockquote':
        return node.children.forEach((child) => visit(child as RootContent));
      case 'table':
        return table(node);
      default:
        return addNote(tree.spanOf(node));
    }
  };

  for (let i = from ? from.checkpoint.blocks : 0; i < input.blocks.length; i++) {
    visit(input.blocks[i]);
    if ((i + 1) % CHECKPOINT_EVERY === 0) checkpoints.push(checkpointOf(state, i + 1, tree.spanOf(input.blocks[i]).end));
  }

  const timezone = declaredZone(input, state.preamble) ?? input.frontMatterZone ?? {
    zone: input.defaultZone,
    label: input.defaultZone,
    span: section.headingSpan,
    source: 'default' as const,
  };
  if (from && !sameZone(timezone, from.memo.timezone)) return undefined;
  const entries = from ? from.memo.entries.slice(0, from.checkpoint.entries) : [];
  // The copy restore() made of the entry open at the checkpoint, which is always the last one.
  if (from?.checkpoint.current) entries[entries.length - 1] = (state.events[from.checkpoint.events - 1] as Draft).entry;
  assignDates(state.events, input.baseDate, timezone, entries, checkpoints, from?.checkpoint);
  const days = state.events.flatMap((e) => (e.kind === 'day' ? [e.marker] : []));
  if (input.blocks.length) {
    memos.set(input.blocks[0], {
      text,
      blocks: input.blocks,
      vocab,
      defaultZone: input.defaultZone,
      baseDate: input.baseDate,
      frontMatterZone: input.frontMatterZone,
      timezone,
      events: state.events,
      entries,
      preamble: state.preamble,
      checkpoints,
    });
  }
  return { section, timezone, entries, days };
}

function checkpointOf(state: ReadState, blocks: number, end: number): Checkpoint {
  const { current } = state;
  return {
    blocks,
    end,
    events: state.events.length,
    entries: state.entries,
    preamble: state.preamble.length,
    current: current && { draft: current, notes: current.entry.notes.length, end: current.entry.span.end },
    year: state.year,
  };
}

/**
 * The reading state at a checkpoint of the previous version. Entries before it are final and
 * shared; the entry notes were still being added to is copied as it was then.
 */
function restore(memo: TimelineMemo, checkpoint: Checkpoint): ReadState {
  const events = memo.events.slice(0, checkpoint.events);
  let current: Draft | undefined;
  if (checkpoint.current) {
    const { draft, notes, end } = checkpoint.current;
    current = { kind: 'entry', match: draft.match, entry: { ...draft.entry, span: { start: draft.entry.span.start, end }, notes: draft.entry.notes.slice(0, notes) } };
    events[events.length - 1] = current;
  }
  return { events, entries: checkpoint.entries, preamble: memo.preamble.slice(0, checkpoint.preamble), current, year: checkpoint.year };
}

function sameZone(a: TimezoneDeclaration, b: TimezoneDeclaration): boolean {
  return a.zone === b.zone && a.label === b.label && a.source === b.source && a.span.start === b.span.start && a.span.end === b.span.end;
}

interface FoundEntry {
  /** Offsets from the paragraph's start. */
  start: number;
  lineStop: number;
  segmentEnd: number;
  /** Where the note before the first entry ends. */
  noteEnd: number;
  match: EntryTimeMatch;
  timeText: string;
  text: string;
  moments: KeyMomentTag[];
}

interface ParagraphReading {
  /** The paragraph's start when it was read: its entries move with it. */
  at: number;
  vocab: Vocabulary;
  /** The paragraph's text when it could be a day marker on its own line. */
  dateLabel: string | null;
  found: FoundEntry[];
}

// A paragraph the incremental parser kept is the same node with the same text: its entries are
// read once, not on every keystroke.
const readings = new WeakMap<Paragraph, ParagraphReading>();

function readParagraph(node: Paragraph, span: Span, text: string, tree: MarkdownTree, vocab: Vocabulary): ParagraphReading {
  const cached = readings.get(node);
  if (cached && cached.vocab === vocab) return cached;
  const starts = new Set<number>([span.start]);
  for (let at = text.indexOf('\n', span.start); at !== -1 && at < span.end; at = text.indexOf('\n', at + 1)) {
    starts.add(skipLinePrefix(text, at + 1));
  }
  for (const child of node.children) {
    if (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value)) starts.add(skipSpace(text, tree.spanOf(child).end));
  }
  const found: { start: number; match: EntryTimeMatch; lineStop: number }[] = [];
  for (const s of [...starts].filter((s) => s < span.end).sort((a, b) => a - b)) {
    const stop = segmentLineStop(text, s, span.end);
    // Kept with the paragraph across versions: detached from this version's text.
    const match = matchEntryTime(detached(text.slice(s, stop)));
    if (match) found.push({ start: s, match, lineStop: stop });
  }
  const reading: ParagraphReading = {
    at: span.start,
    vocab,
    dateLabel: isDateLine(node) ? toString(node).trim() : null,
    found: found.map((f, i) => {
      const segmentEnd = i + 1 < found.length ? trimBack(text, found[i + 1].start) : span.end;
      return {
        start: f.start - span.start,
        lineStop: f.lineStop - span.start,
        segmentEnd: segmentEnd - span.start,
        noteEnd: trimBack(text, f.start) - span.start,
        match: f.match,
        timeText: detached(text.slice(f.start + f.match.timeStart, f.start + f.match.timeEnd)),
        text: detached(text.slice(f.start + f.match.length, f.lineStop).replace(/<br\s*\/?>/gi, ' ').trim()),
        moments: findMomentTags(detached(text.slice(f.start, segmentEnd)), f.start, vocab),
      };
    }),
  };
  readings.set(node, reading);
  return reading;
}

/** A paragraph that is only a bold or plain date, like `**2019-02-07**`. */
function isDateLine(node: Paragraph): boolean {
  return node.children.length === 1 && (node.children[0].type === 'strong' || node.children[0].type === 'text');
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

/**
 * Gives each entry its day and instant, in order. With `from`, the entries before that
 * checkpoint are already dated (they are the previous version's); `entries` holds them.
 * Checkpoints after it get the state at their place, for the next version.
 */
function assignDates(
  events: Event[],
  base: TimelineInput['baseDate'],
  timezone: TimezoneDeclaration,
  entries: TimelineEntry[],
  checkpoints: Checkpoint[],
  from: Checkpoint | undefined,
): void {
  const state: DateState = from?.dates
    ? { ...from.dates }
    : { day: base?.date ?? null, source: base ? base.source : 'none', nominalOffset: 0, previousMinute: null };
  let next = checkpoints.findIndex((c) => !c.dates);
  for (let i = from ? from.events : 0; i <= events.length; i++) {
    while (next !== -1 && next < checkpoints.length && checkpoints[next].events === i) checkpoints[next++].dates = { ...state };
    if (i === events.length) break;
    const event = events[i];
    if (event.kind === 'day') {
      state.day = event.marker.date;
      state.source = 'heading';
      state.previousMinute = null;
      continue;
    }
    const { entry, match } = event;
    entries.push(entry);
    if (match.date) {
      state.day = match.date;
      state.source = 'entry';
      state.previousMinute = null;
    }
    entry.date = state.day;
    entry.dateSource = state.day ? state.source : 'none';
    if (!match.time) continue;
    const minute = match.time.hour * 60 + match.time.minute + match.time.second / 60;
    if (state.previousMinute !== null && state.previousMinute - minute > 12 * 60) {
      if (state.day) state.day = addDays(state.day, 1);
      else state.nominalOffset++;
      state.source = 'rollover';
      entry.date = state.day;
      entry.dateSource = state.day ? 'rollover' : 'none';
    }
    state.previousMinute = minute;
    const zone = (match.zone && resolveZone(match.zone)) || timezone.zone;
    const instant = toInstant(state.day ?? addDays(NOMINAL_DAY, state.nominalOffset), match.time, zone);
    if (instant) {
      entry.epochMs = instant.epochMs;
      entry.offsetMinutes = instant.offsetMinutes;
    }
  }
}

function segmentLineStop(text: string, start: number, limit: number): number {
  const end = Math.min(lineEnd(text, start), limit);
  const br = text.slice(start, end).search(/<br\s*\/?>/i);
  return br === -1 ? end : start + br;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

/** Skips indentation and blockquote markers at the start of a continuation line. */
function skipLinePrefix(text: string, at: number): number {
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '>')) at++;
  return at;
}

function trimBack(text: string, at: number): number {
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return at;
}
