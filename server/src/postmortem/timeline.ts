// The Timeline section -> entries with absolute times (FORMAT.md section 4).
// An entry starts wherever a block, a line or a `<br>` segment starts with a time; whatever
// follows up to the next entry belongs to it as notes.
import type { Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Vocabulary } from './readerSettings';
import { parseDayMarker } from './dates';
import { assignDates } from './entryDates';
import type { EntryTimeMatch } from './entryTime';
import { matchEntryTime } from './entryTime';
import type { MarkdownTree } from './markdown';
import type { KeyMomentTag, Section, Span, Timeline, TimelineEntry, TimezoneDeclaration } from './model';
import { findMomentTags } from './moments';
import { readParagraph } from './timelineParagraph';
import type { Checkpoint, ReadState, TimelineMemo } from './timelineResume';
import {
  CHECKPOINT_EVERY,
  checkpointOf,
  rememberedTimeline,
  rememberTimeline,
  restore,
  resumePoint,
  sameZone,
} from './timelineResume';
import { findTimezoneDeclaration } from './zones';

export interface TimelineInput {
  text: string;
  tree: MarkdownTree;
  section: Section;
  blocks: RootContent[];
  vocab: Vocabulary;
  /** Incident date from the title or front matter. */
  baseDate?: { date: string; source: 'title' | 'front-matter' | 'header' };
  /** Zone from front matter, used when the section declares none. */
  frontMatterZone?: TimezoneDeclaration;
  defaultZone: string;
}

/** Shared by every entry without tags: ten thousand empty arrays per keystroke add up. */
const NO_TAGS: KeyMomentTag[] = [];

export function buildTimeline(input: TimelineInput): Timeline {
  const memo = rememberedTimeline(input.blocks);
  const resume = memo ? resumePoint(memo, input) : undefined;
  const built = readTimeline(input, memo && resume ? { memo, checkpoint: resume } : undefined);
  // A zone declared after the reused stretch (in a note after a day heading) changes every
  // instant: then nothing is reused.
  return built ?? (readTimeline(input, undefined) as Timeline);
}

function readTimeline(
  input: TimelineInput,
  from: { memo: TimelineMemo; checkpoint: Checkpoint } | undefined,
): Timeline | undefined {
  const { text, tree, section, vocab } = input;
  const state: ReadState = from
    ? restore(from.memo, from.checkpoint)
    : {
        events: [],
        entries: [],
        preamble: [],
        current: undefined,
        year: input.baseDate ? Number(input.baseDate.date.slice(0, 4)) : null,
      };
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
    state.entries.push(entry);
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
          moments:
            f.moments.length === 0
              ? NO_TAGS
              : delta === 0
                ? f.moments
                : f.moments.map((m) => ({
                    moment: m.moment,
                    span: { start: m.span.start + delta, end: m.span.end + delta },
                    text: m.text,
                  })),
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
      const cell = first?.children.length
        ? {
            start: tree.spanOf(first.children[0]).start,
            end: tree.spanOf(first.children[first.children.length - 1]).end,
          }
        : undefined;
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
    if ((i + 1) % CHECKPOINT_EVERY === 0)
      checkpoints.push(checkpointOf(state, i + 1, tree.spanOf(input.blocks[i]).end));
  }

  const timezone = declaredZone(input, state.preamble) ??
    input.frontMatterZone ?? {
      zone: input.defaultZone,
      label: input.defaultZone,
      span: section.headingSpan,
      source: 'default' as const,
    };
  if (from && !sameZone(timezone, from.memo.timezone)) return undefined;
  assignDates(state.events, input.baseDate, timezone, checkpoints, from?.checkpoint);
  const { events, entries, preamble } = state;
  const days = events.flatMap((e) => (e.kind === 'day' ? [e.marker] : []));
  const { baseDate, frontMatterZone, defaultZone } = input;
  rememberTimeline({
    text,
    blocks: input.blocks,
    vocab,
    defaultZone,
    baseDate,
    frontMatterZone,
    timezone,
    events,
    entries,
    preamble,
    checkpoints,
  });
  return { section, timezone, entries, days };
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
