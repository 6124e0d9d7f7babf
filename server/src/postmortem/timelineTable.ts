// A timeline written as a table: which column holds the time and which the date, from the header
// (`| Time (UTC) | Event |`, `| Date | Time | What |`, `| Event | When |`), else from the cells
// (`| 2025-03-12 | 15:57 | Chain halts |`), and the date a date cell gives.
import type { TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DateReading } from './dateReading';
import { entryDateOnly } from './entryDate';
import type { EntryTimeMatch } from './entryTime';
import { matchEntryTime } from './entryTime';
import type { MarkdownTree } from './markdown';
import type { Span } from './model';
import { normaliseLabel } from './text';
import { TIMELINE_WORDS } from './timelineWords';
import type { ZoneMatch } from './zones';
import { findTimezoneDeclaration, resolveZone } from './zones';

export interface TimeColumns {
  time: number;
  /** The column with the date, when it is not the time's. */
  date: number | null;
  /** True when the header named them: then its row is no entry. */
  named: boolean;
}

const TIME_NAMES: ReadonlySet<string> = new Set(TIMELINE_WORDS.timeColumns.map(normaliseLabel));
const DATE_NAMES: ReadonlySet<string> = new Set(TIMELINE_WORDS.dateColumns.map(normaliseLabel));

/** A header's name without the zone it may give (`Time (UTC)`, `**Timestamp** UTC`): `time`, `timestamp`. */
function headerName(header: string): string {
  const words = normaliseLabel(header.replace(/\([^)]*\)/g, ' ')).split(' ');
  if (words.length > 1 && resolveZone(words[words.length - 1])) words.pop();
  return words.join(' ');
}

// The zone a time column's header ends with, bare or in brackets: `When (UTC)`, `Timestamp UTC`, `**Time (CET)**`.
const HEADER_ZONE = /([A-Za-z][\w/+\-:]*)\)?[*_\s]*$/;

/** The zone a time column's header names (`Time (PDT)`, `When (UTC)`, `Timestamp UTC`), or null. */
export function timeHeaderZone(header: string): ZoneMatch | null {
  const declared = findTimezoneDeclaration(header);
  if (declared) return declared;
  const m = HEADER_ZONE.exec(header);
  const zone = m && m.index > 0 ? resolveZone(m[1]) : null;
  return m && zone ? { zone, label: m[1], index: m.index, length: m[1].length } : null;
}

/** The columns the header row names, or null when it names no time or date column. */
export function namedColumns(header: TableRow): TimeColumns | null {
  const names = header.children.map((cell) => headerName(toString(cell)));
  const time = names.findIndex((n) => TIME_NAMES.has(n));
  const date = names.findIndex((n, i) => i !== time && DATE_NAMES.has(n));
  if (time === -1 && date === -1) return null;
  // `| Date | Event |` with `2021-03-31 12:06` cells: the date column holds the time too.
  if (time === -1) return { time: date, date: null, named: true };
  return { time, date: date === -1 ? null : date, named: true };
}

/** A cell's text as written, and where it is. */
export function cellText(
  row: TableRow,
  column: number,
  text: string,
  tree: MarkdownTree,
): { span: Span; text: string } | null {
  const cell = row.children[column];
  if (!cell?.children.length) return null;
  const span = {
    start: tree.spanOf(cell.children[0]).start,
    end: tree.spanOf(cell.children[cell.children.length - 1]).end,
  };
  return { span, text: text.slice(span.start, span.end) };
}

/** A cell that is a date and nothing else, as read (dateReading.ts); a five-digit year is a typo for one. */
function cellDate(cell: string): DateReading | null {
  const t = cell.replace(/[*_`]/g, '').trim();
  const found = entryDateOnly(t, 0);
  if (found && found.length === t.length) return found.reading;
  const long = /^(\d{5})-\d{1,2}-\d{1,2}$/.exec(t);
  return long ? { kind: 'impossible', reason: `the year ${long[1]} is out of range` } : null;
}

export interface RowTime {
  /** The time cell. */
  cell: { span: Span; text: string };
  match: EntryTimeMatch;
  /** The columns it was read from: the row's text is the other cells. */
  columns: TimeColumns;
  /** The date cell its date came from. */
  dateCell: Span | null;
}

/** A row's time, with the date of its date column when the time cell has none. */
export function rowTime(row: TableRow, columns: TimeColumns | null, text: string, tree: MarkdownTree): RowTime | null {
  if (columns) return timeIn(row, columns, text, tree);
  // No header names them: the first cell, or a date in the first and the time in the second.
  return (
    timeIn(row, { time: 0, date: null, named: false }, text, tree) ??
    timeIn(row, { time: 1, date: 0, named: false }, text, tree, true)
  );
}

function timeIn(
  row: TableRow,
  columns: TimeColumns,
  text: string,
  tree: MarkdownTree,
  needsDate = false,
): RowTime | null {
  const cell = cellText(row, columns.time, text, tree);
  const match = cell && matchEntryTime(cell.text);
  if (!cell || !match) return null;
  const dateCell = columns.date === null ? null : cellText(row, columns.date, text, tree);
  const day = dateCell && cellDate(dateCell.text);
  if (needsDate && !day) return null;
  if (!day || !dateCell || match.day || match.unknown) return { cell, match, columns, dateCell: null };
  // The match's offsets count from the time cell: the date cell's are written from there too.
  const dayAt = { start: dateCell.span.start - cell.span.start, end: dateCell.span.end - cell.span.start };
  const pad = (n: number) => String(n).padStart(2, '0');
  const dated: EntryTimeMatch = {
    ...match,
    day,
    dayAt,
    date: day.kind === 'date' ? day.date : null,
    ...(day.kind === 'no-year' && { monthDay: `${pad(day.month)}-${pad(day.day)}` }),
    ...(day.kind === 'impossible' && {
      time: null,
      unreadable: true,
      fault: { kind: 'date' as const },
      unreadableDate: day.reason,
    }),
  };
  return { cell, match: dated, columns, dateCell: dateCell.span };
}
