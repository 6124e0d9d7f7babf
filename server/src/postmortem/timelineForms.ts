// The ways a timeline is written, each a small recogniser: given a block, it adds the entries,
// day markers and notes the block holds and says it took it, or leaves it to the next. Adding a
// way of writing entries is adding a recogniser here, with its tests; the reader (timeline.ts)
// tries them in order and reads whatever none takes as a note.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Vocabulary } from './readerSettings';
import { readDayMarker } from './dayMarkers';
import { matchEntryTime } from './entryTime';
import type { MarkdownTree } from './markdown';
import type { KeyMomentTag, Span } from './model';
import { findMomentTags } from './moments';
import { breaksToSpaces } from './text';
import type { ParagraphMemory } from './timelineParagraph';
import { readParagraph } from './timelineParagraph';
import type { ReadState } from './timelineState';
import { addDay, addEntry, addNote, endEntry } from './timelineState';

/** What every recogniser reads with. */
export interface ReadContext {
  text: string;
  tree: MarkdownTree;
  vocab: Vocabulary;
  /** The document's paragraph readings from earlier versions, when it has a memory. */
  paragraphs: ParagraphMemory | undefined;
}

export interface EntryForm {
  /** What the form is, for tests and for reading the list below. */
  name: string;
  /** Adds what `block` holds to `state` and returns true, or returns false to leave it to the next form. */
  read(block: RootContent, context: ReadContext, state: ReadState): boolean;
}

/** Shared by every entry without tags: ten thousand empty arrays per keystroke add up. */
const NO_TAGS: KeyMomentTag[] = [];

/** Reads `span` of the text as a day marker and adds it, or says it is none. */
function dayMarkerAt(text: string, span: Span, state: ReadState): boolean {
  // Read alone: a year left out, or numbers that read both ways, are settled by dating, which
  // knows the days around it and how the whole timeline writes its dates.
  const found = readDayMarker(text.slice(span.start, span.end), {});
  if (!found) return false;
  const at = (offset: number) => span.start + offset;
  const zone = found.zone;
  addDay(state, {
    span,
    dateSpan: { start: at(found.index), end: at(found.index + found.length) },
    reading: found.reading,
    ...(found.weekday ? { weekday: found.weekday } : {}),
    ...(zone
      ? {
          zone: {
            zone: zone.zone,
            label: zone.label,
            span: { start: at(zone.index), end: at(zone.index + zone.length) },
            source: 'timeline' as const,
            ...(zone.region ? { region: zone.region } : {}),
          },
        }
      : {}),
  });
  return true;
}

/**
 * A heading that names a day, `### 2019-02-07`, `### Friday 8th February` or `### 2019-02-07
 * (UTC)`: entries after it fall on it (in its zone, when it gives one).
 */
export const dayHeading: EntryForm = {
  name: 'day heading',
  read(block, { text, tree }, state) {
    if (block.type !== 'heading') return false;
    return dayMarkerAt(text, tree.spanOf(block), state);
  },
};

/** Any other heading inside the timeline ends the entry before it; it is no note of it. */
export const otherHeading: EntryForm = {
  name: 'other heading',
  read(block, { tree }, state) {
    if (block.type !== 'heading') return false;
    endEntry(state, tree.spanOf(block));
    return true;
  },
};

/** A paragraph that is only a date, `**2019-02-07**`: a day marker like a heading. */
export const dayLine: EntryForm = {
  name: 'day line',
  read(block, { text, tree, vocab, paragraphs }, state) {
    if (block.type !== 'paragraph') return false;
    const span = tree.spanOf(block);
    const label = readParagraph(block, span, text, tree, vocab, paragraphs).dateLabel;
    return label !== null && dayMarkerAt(text, span, state);
  },
};

/**
 * A paragraph whose lines or `<br>` segments start with a time: one entry each, the text before
 * the first a note. `10:00 deploy starts`, `- **10:05** alert fires`, `> ~10:30 quoted`.
 */
export const paragraphEntries: EntryForm = {
  name: 'paragraph entries',
  read(block, { text, tree, vocab, paragraphs }, state) {
    if (block.type !== 'paragraph') return false;
    const span = tree.spanOf(block);
    const reading = readParagraph(block, span, text, tree, vocab, paragraphs);
    if (reading.found.length === 0) return false;
    // The reading may be an earlier version's, made where the paragraph was then.
    const delta = span.start - reading.at;
    const first = reading.found[0];
    if (first.start > 0) addNote(state, { start: span.start, end: span.start + first.noteEnd });
    for (const f of reading.found) {
      const start = span.start + f.start;
      addEntry(state, {
        span: { start, end: span.start + f.segmentEnd },
        lineSpan: { start, end: span.start + f.lineStop },
        matchAt: start,
        match: f.match,
        timeText: f.timeText,
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
      });
    }
    return true;
  },
};

/** A table whose rows start with a time, `| 10:20 | rollback |`: one entry a row, other rows notes. */
export const tableRows: EntryForm = {
  name: 'table rows',
  read(block, { text, tree, vocab }, state) {
    if (block.type !== 'table') return false;
    block.children.forEach((row, index) => {
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
        addEntry(state, {
          span: { start: rowSpan.start, end: rowSpan.end },
          lineSpan: { start: cell.start, end: rowSpan.end },
          matchAt: cell.start,
          match,
          timeText: text.slice(cell.start + match.timeStart, cell.start + match.timeEnd),
          text: breaksToSpaces(others.map((c) => toString(c).trim()).join(' | ')).trim(),
          moments: findMomentTags(text.slice(cell.start, rowSpan.end), cell.start, vocab),
        });
        // The header row is no note: it names the columns.
      } else if (index > 0) addNote(state, rowSpan);
    });
    return true;
  },
};

/** The forms tried on each block, in order; a block none takes is a note of the entry before it. */
export const ENTRY_FORMS: readonly EntryForm[] = [dayHeading, otherHeading, dayLine, paragraphEntries, tableRows];
