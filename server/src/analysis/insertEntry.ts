// Where a new timeline entry goes (Postmortem: Insert Timeline Entry): the current time in the
// document's timezone, at its chronological place, with a date line when the day changed.
// The clock is a parameter so that this stays pure and testable.
import { DateTime } from 'luxon';
import type { Config } from '../config/schema';
import { sectionNameFor } from '../config/sectionRoles';
import type { Postmortem, TimelineEntry } from '../postmortem/model';
import { lineEnd, lineStart } from '../postmortem/text';
import { resolveZone } from '../postmortem/zones';
import type { TextEdit } from './finding';
import { sectionAfter } from './sectionNames';

export interface EntryInsertion {
  edit: TextEdit;
  /** Offset in the edited document where the cursor goes: right after the time. */
  cursor: number;
}

/** Why nothing is inserted: the document was not read (declined), so where its timeline is is unknown. */
export interface InsertionRefused {
  refused: string;
}

/** The entry the new one follows: the last whose moment is not after now. */
function predecessor(entries: TimelineEntry[], now: DateTime): TimelineEntry | 'before-first' | undefined {
  const timed = entries.filter((e) => e.epochMs !== null);
  if (timed.length === 0) return entries[entries.length - 1];
  // Without dates, times of day are all we can compare: assume today is the last entry's day.
  const dated = timed.some((e) => e.date !== null);
  const key = (e: TimelineEntry) => (dated ? (e.epochMs as number) : minuteOfDay(e));
  const nowKey = dated ? now.toMillis() : now.hour * 60 + now.minute;
  let before: TimelineEntry | undefined;
  for (const e of timed) if (key(e) <= nowKey) before = e;
  if (!before) return 'before-first';
  // Entries after it without a time stay with it.
  const i = entries.indexOf(before);
  let last = before;
  for (const e of entries.slice(i + 1)) {
    if (e.epochMs !== null) break;
    last = e;
  }
  return last;
}

function minuteOfDay(e: TimelineEntry): number {
  return e.time ? e.time.hour * 60 + e.time.minute : 0;
}

/** How the entry's block is written: a paragraph, a list item, or a table row (with its number of cells). */
function entryStyle(
  pm: Postmortem,
  entry: TimelineEntry,
): { kind: 'paragraph' | 'list' | 'table'; marker: string; cells: number } {
  const before = pm.text.slice(lineStart(pm.text, entry.span.start), entry.timeSpan.start);
  const list = /^(\s*(?:[-*+]|\d+[.)])\s+)/.exec(before);
  if (list) return { kind: 'list', marker: list[1].replace(/\d+/, '1'), cells: 0 };
  const row = pm.text.slice(lineStart(pm.text, entry.span.start), lineEnd(pm.text, entry.span.start));
  if (/^\s*\|/.test(before) || row.trimEnd().endsWith('|'))
    return { kind: 'table', marker: '| ', cells: cellCount(row) };
  return { kind: 'paragraph', marker: '', cells: 0 };
}

/** The cells of a table row: its pipes, less escaped ones and those in code, less the outer ones. */
function cellCount(row: string): number {
  const bare = row
    .replace(/\\\|/g, '')
    .replace(/`[^`]*`/g, '')
    .trim();
  const pipes = bare.split('|').length - 1;
  return Math.max(2, pipes + 1 - (bare.startsWith('|') ? 1 : 0) - (bare.endsWith('|') ? 1 : 0));
}

/** A new row of `cells` cells, the time in the first, the cursor's place (in the second) as an offset into it. */
function tableRow(first: string, cells: number): { row: string; cursor: number } {
  const head = `| ${first} | `;
  return { row: head + ' |' + '  |'.repeat(cells - 2), cursor: head.length };
}

export function insertTimelineEntry(pm: Postmortem, config: Config, nowMs: number): EntryInsertion | InsertionRefused {
  // A declined text's model is empty: its timeline would look missing, and a second one be added.
  if (pm.declined) return { refused: `No entry inserted. ${pm.declined}` };
  const eol = pm.eol;
  const zone = pm.timeline?.timezone.zone ?? resolveZone(config.defaultTimezone) ?? 'UTC';
  const now = DateTime.fromMillis(nowMs, { zone });
  const today = now.toISODate() ?? '';
  const time = now.toFormat('HH:mm');

  const timeline = pm.timeline;
  if (!timeline) {
    // Under the heading the configuration calls the timeline, or the new section would not be one.
    const name = sectionNameFor(config, 'timeline');
    const next = sectionAfter(pm, config, name);
    const at = next ? next.headingSpan.start : pm.text.length;
    const lead = next ? '' : pm.text.length === 0 ? '' : pm.text.endsWith('\n') ? eol : eol + eol;
    const dateLine = pm.date && pm.date !== today ? `### ${today}${eol}${eol}` : '';
    const head = `${lead}## ${name}${eol}${eol}All times ${zone}.${eol}${eol}${dateLine}${time} `;
    return {
      edit: { span: { start: at, end: at }, newText: `${head}${eol}${next ? eol : ''}` },
      cursor: at + head.length,
    };
  }

  const after = predecessor(timeline.entries, now);
  if (after === undefined || after === 'before-first') {
    const first = timeline.entries[0];
    if (after === 'before-first' && first) {
      const style = entryStyle(pm, first);
      const at = lineStart(pm.text, first.span.start);
      if (style.kind === 'table') {
        const { row, cursor } = tableRow(timeCell(first, now, false), style.cells);
        return { edit: { span: { start: at, end: at }, newText: `${row}${eol}` }, cursor: at + cursor };
      }
      const text = `${style.marker}${time} `;
      const sep = style.kind === 'paragraph' ? eol + eol : eol;
      return { edit: { span: { start: at, end: at }, newText: `${text}${sep}` }, cursor: at + text.length };
    }
    const at = timeline.section.isEmpty ? timeline.section.headingSpan.end : timeline.section.contentSpan.end;
    const dateLine = pm.date && pm.date !== today ? `### ${today}${eol}${eol}` : '';
    const text = `${eol}${eol}${dateLine}${time} `;
    return { edit: { span: { start: at, end: at }, newText: text }, cursor: at + text.length };
  }

  const style = entryStyle(pm, after);
  const previousDay = after.date ?? pm.date ?? null;
  const newDay = !!previousDay && previousDay !== today;
  const at = after.span.end;
  if (style.kind === 'table') {
    // A row in the table, a new day's date in its time cell: a heading would end the table.
    const { row, cursor } = tableRow(timeCell(after, now, newDay), style.cells);
    return { edit: { span: { start: at, end: at }, newText: `${eol}${row}` }, cursor: at + eol.length + cursor };
  }
  const dateLine = newDay ? `### ${today}${eol}${eol}` : '';
  if (style.kind === 'paragraph' || dateLine) {
    const text = `${eol}${eol}${dateLine}${style.kind === 'list' ? style.marker : ''}${time} `;
    return { edit: { span: { start: at, end: at }, newText: text }, cursor: at + text.length };
  }
  const text = `${eol}${style.marker}${time} `;
  return { edit: { span: { start: at, end: at }, newText: text }, cursor: at + text.length };
}

/**
 * A row's time cell: with today's date when the rows beside it write theirs (`2024-03-05 10:00`),
 * or when it is a new day (the rows' day otherwise comes from above the table).
 */
function timeCell(beside: TimelineEntry, now: DateTime, newDay: boolean): string {
  const time = now.toFormat('HH:mm');
  return newDay || beside.dateSource === 'entry' ? `${now.toISODate() ?? ''} ${time}` : time;
}
