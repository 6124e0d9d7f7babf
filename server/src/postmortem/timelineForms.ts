// The ways a timeline is written, each a small recogniser: given a block, it adds the entries,
// day markers and notes the block holds and says it took it, or leaves it to the next. Adding a
// way of writing entries is adding a recogniser here, with its tests; the reader (timeline.ts)
// tries them in order and reads whatever none takes as a note.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Vocabulary } from './readerSettings';
import { readDayMarker } from './dayMarkers';
import type { EntryTimeMatch } from './entryTime';
import { matchEntryTime } from './entryTime';
import type { MarkdownTree } from './markdown';
import type { KeyMomentTag, Span } from './model';
import { findMomentTags } from './moments';
import { breaksToSpaces, lineEnd } from './text';
import type { ParagraphMemory } from './timelineParagraph';
import { readParagraph } from './timelineParagraph';
import { cellText, namedColumns, rowTime } from './timelineTable';
import type { ReadState } from './timelineState';
import { addDay, addEntry, addNote, addTextBelow, addTimeHeader, awaitsText, endEntry } from './timelineState';

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

/**
 * A heading that starts with a time, `### 21:00 - Team alerted`, `### 2022-06-02 10:00`,
 * `### 08:52 PM`, `### 01:58–02:00 CET`: an entry, and the blocks under it its notes.
 */
export const timeHeading: EntryForm = {
  name: 'time heading',
  read(block, { text, tree, vocab }, state) {
    if (block.type !== 'heading' || block.children.length === 0) return false;
    const content = {
      start: tree.spanOf(block.children[0]).start,
      end: tree.spanOf(block.children[block.children.length - 1]).end,
    };
    const line = text.slice(content.start, content.end);
    const match = matchEntryTime(line);
    if (!match || !isHeadingTime(line.slice(match.timeStart, match.timeEnd), match)) return false;
    addEntry(state, {
      span: tree.spanOf(block),
      lineSpan: content,
      matchAt: content.start,
      match,
      timeText: line.slice(match.timeStart, match.timeEnd),
      text: breaksToSpaces(line.slice(match.length)).trim(),
      moments: tagsIn(line, content.start, vocab),
    });
    return true;
  },
};

/**
 * Numbered headings (`### 2.10 Rollout`, `### 2021 - recap`) read like dotted and four-digit
 * times; in a heading only a time that says so is one: a colon, AM/PM or a zone.
 */
function isHeadingTime(written: string, match: EntryTimeMatch): boolean {
  if (match.zone) return true;
  return !/(?:^|\s)(?:\d{1,2}\.\d{2}|\d{4})$/.test(written);
}

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
    if (first.start > 0) {
      const note = { start: span.start, end: span.start + first.noteEnd };
      if (awaitsText(state)) takeTextBelow(state, note, text, vocab);
      else addNote(state, note);
    }
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

/**
 * The paragraph under an entry whose line holds only its time (`### 08:52 PM`, `**10:00 AM**`
 * with a blank line after it): its first line is the entry's text, the paragraph its first note.
 */
export const textBelow: EntryForm = {
  name: 'text below a time',
  read(block, { text, tree, vocab }, state) {
    if (block.type !== 'paragraph' || !awaitsText(state)) return false;
    takeTextBelow(state, tree.spanOf(block), text, vocab);
    return true;
  },
};

function takeTextBelow(state: ReadState, block: Span, text: string, vocab: Vocabulary): void {
  const line = { start: block.start, end: Math.min(lineEnd(text, block.start), block.end) };
  const written = text.slice(block.start, block.end);
  addTextBelow(
    state,
    block,
    line,
    breaksToSpaces(text.slice(line.start, line.end)).trim(),
    tagsIn(written, block.start, vocab),
  );
}

/**
 * A table with a time in each row: in the column its header names (`Time (UTC)`, `When`,
 * `Timestamp`), with the date from a `Date` column, else in the first cell (or the second after
 * a date). One entry a row; other rows after the header are notes.
 */
export const tableRows: EntryForm = {
  name: 'table rows',
  read(block, { text, tree, vocab }, state) {
    if (block.type !== 'table') return false;
    const named = block.children.length ? namedColumns(block.children[0]) : null;
    block.children.forEach((row, index) => {
      const rowSpan = tree.spanOf(row);
      if (index === 0 && named) {
        // The header row names the columns: no entry, no note, and its time header may name the zone.
        const header = cellText(row, named.time, text, tree);
        if (header) addTimeHeader(state, header.span);
        return;
      }
      const found = rowTime(row, named, text, tree);
      if (found) {
        const { cell, match, columns, dateCell } = found;
        const start = Math.min(cell.span.start, dateCell?.start ?? cell.span.start);
        addEntry(state, {
          span: { start: rowSpan.start, end: rowSpan.end },
          lineSpan: { start, end: rowSpan.end },
          matchAt: cell.span.start,
          match,
          timeText: cell.text.slice(match.timeStart, match.timeEnd),
          text: breaksToSpaces(
            row.children
              .filter((_, i) => i !== columns.time && i !== columns.date)
              .map((c) => toString(c).trim())
              .join(' | '),
          ).trim(),
          moments: tagsIn(text.slice(start, rowSpan.end), start, vocab),
        });
        // The header row is no note: it names the columns.
      } else if (index > 0) addNote(state, rowSpan);
    });
    return true;
  },
};

function tagsIn(written: string, at: number, vocab: Vocabulary): KeyMomentTag[] {
  const tags = findMomentTags(written, at, vocab);
  return tags.length ? tags : NO_TAGS;
}

/** The forms tried on each block, in order; a block none takes is a note of the entry before it. */
export const ENTRY_FORMS: readonly EntryForm[] = [
  dayHeading,
  timeHeading,
  otherHeading,
  dayLine,
  paragraphEntries,
  textBelow,
  tableRows,
];
