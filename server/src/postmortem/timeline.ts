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

export function buildTimeline(input: TimelineInput): Timeline {
  const { text, tree, section, vocab } = input;
  const events: Event[] = [];
  const preamble: Span[] = [];
  let current: Draft | undefined;
  // The year of the latest date seen, for day headings in words that leave it out.
  let year = input.baseDate ? Number(input.baseDate.date.slice(0, 4)) : null;

  const addNote = (span: Span) => {
    if (span.end <= span.start) return;
    if (current) {
      current.entry.notes.push(span);
      current.entry.span.end = Math.max(current.entry.span.end, span.end);
    } else preamble.push(span);
  };

  const dayMarker = (label: string, span: Span): boolean => {
    const date = parseDayMarker(label, year);
    if (!date) return false;
    year = Number(date.slice(0, 4));
    events.push({ kind: 'day', marker: { date, span } });
    current = undefined;
    return true;
  };

  const startEntry = (start: number, match: EntryTimeMatch, lineStop: number, segmentEnd: number, rest?: string) => {
    const lineSpan = { start, end: lineStop };
    const entry: TimelineEntry = {
      span: { start, end: segmentEnd },
      lineSpan,
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
    };
    current = { kind: 'entry', entry, match };
    if (match.date) year = Number(match.date.slice(0, 4));
    events.push(current);
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
      const entry: TimelineEntry = {
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
        moments: f.moments.length === 0 ? NO_TAGS : delta === 0 ? f.moments : f.moments.map((m) => ({ moment: m.moment, text: m.text, span: { start: m.span.start + delta, end: m.span.end + delta } })),
        notes: [],
      };
      current = { kind: 'entry', entry, match: f.match };
      if (f.match.date) year = Number(f.match.date.slice(0, 4));
      events.push(current);
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
        if (current) current.entry.span.start = rowSpan.start;
      } else if (row !== node.children[0]) addNote(rowSpan);
    });
  };

  const visit = (node: RootContent) => {
    switch (node.type) {
      case 'heading':
        if (!dayMarker(toString(node), tree.spanOf(node))) {
          if (!current) preamble.push(tree.spanOf(node));
          current = undefined;
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
  input.blocks.forEach(visit);

  const timezone = declaredZone(input, preamble) ?? input.frontMatterZone ?? {
    zone: input.defaultZone,
    label: input.defaultZone,
    span: section.headingSpan,
    source: 'default' as const,
  };
  const entries = assignDates(events, input.baseDate, timezone);
  const days = events.flatMap((e) => (e.kind === 'day' ? [e.marker] : []));
  return { section, timezone, entries, days };
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

function assignDates(events: Event[], base: TimelineInput['baseDate'], timezone: TimezoneDeclaration): TimelineEntry[] {
  let day: string | null = base?.date ?? null;
  let source: TimelineEntry['dateSource'] = base ? base.source : 'none';
  let nominalOffset = 0;
  let previousMinute: number | null = null;
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    if (event.kind === 'day') {
      day = event.marker.date;
      source = 'heading';
      previousMinute = null;
      continue;
    }
    const { entry, match } = event;
    entries.push(entry);
    if (match.date) {
      day = match.date;
      source = 'entry';
      previousMinute = null;
    }
    entry.date = day;
    entry.dateSource = day ? source : 'none';
    if (!match.time) continue;
    const minute = match.time.hour * 60 + match.time.minute + match.time.second / 60;
    if (previousMinute !== null && previousMinute - minute > 12 * 60) {
      if (day) day = addDays(day, 1);
      else nominalOffset++;
      source = 'rollover';
      entry.date = day;
      entry.dateSource = day ? 'rollover' : 'none';
    }
    previousMinute = minute;
    const zone = (match.zone && resolveZone(match.zone)) || timezone.zone;
    const instant = toInstant(day ?? addDays(NOMINAL_DAY, nominalOffset), match.time, zone);
    if (instant) {
      entry.epochMs = instant.epochMs;
      entry.offsetMinutes = instant.offsetMinutes;
    }
  }
  return entries;
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
