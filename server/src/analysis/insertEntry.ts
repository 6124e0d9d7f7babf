// Where a new timeline entry goes (Postmortem: Insert Timeline Entry): the current time in the
// document's timezone, at its chronological place, with a date line when the day changed.
// The clock is a parameter so that this stays pure and testable.
import { DateTime } from 'luxon';
import type { Config } from '../config/schema';
import { sectionNameFor } from '../config/sectionRoles';
import type { Postmortem, TimelineEntry } from '../postmortem/model';
import { lineStart } from '../postmortem/text';
import { resolveZone } from '../postmortem/zones';
import type { TextEdit } from './finding';
import { sectionAfter } from './sectionNames';

export interface EntryInsertion {
  edit: TextEdit;
  /** Offset in the edited document where the cursor goes: right after the time. */
  cursor: number;
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

/** How the entry's block is written: a paragraph, a list item, or a table row. */
function entryStyle(pm: Postmortem, entry: TimelineEntry): { kind: 'paragraph' | 'list' | 'table'; marker: string } {
  const before = pm.text.slice(lineStart(pm.text, entry.span.start), entry.timeSpan.start);
  const list = /^(\s*(?:[-*+]|\d+[.)])\s+)/.exec(before);
  if (list) return { kind: 'list', marker: list[1].replace(/\d+/, '1') };
  if (/^\s*\|/.test(before) || pm.text.slice(entry.span.start, entry.lineSpan.end).trimEnd().endsWith('|'))
    return { kind: 'table', marker: '| ' };
  return { kind: 'paragraph', marker: '' };
}

export function insertTimelineEntry(pm: Postmortem, config: Config, nowMs: number): EntryInsertion {
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
      const text =
        style.kind === 'paragraph' ? `${time} ` : `${style.marker}${time} ${style.kind === 'table' ? '| ' : ''}`;
      const sep = style.kind === 'paragraph' ? eol + eol : eol;
      return {
        edit: { span: { start: at, end: at }, newText: `${text}${sep}` },
        cursor: at + text.length - (style.kind === 'table' ? 2 : 0),
      };
    }
    const at = timeline.section.isEmpty ? timeline.section.headingSpan.end : timeline.section.contentSpan.end;
    const dateLine = pm.date && pm.date !== today ? `### ${today}${eol}${eol}` : '';
    const text = `${eol}${eol}${dateLine}${time} `;
    return { edit: { span: { start: at, end: at }, newText: text }, cursor: at + text.length };
  }

  const style = entryStyle(pm, after);
  const previousDay = after.date ?? pm.date ?? null;
  const dateLine = previousDay && previousDay !== today ? `### ${today}${eol}${eol}` : '';
  const at = after.span.end;
  if (style.kind === 'paragraph' || dateLine) {
    const text = `${eol}${eol}${dateLine}${style.kind === 'list' ? style.marker : ''}${time} `;
    return { edit: { span: { start: at, end: at }, newText: text }, cursor: at + text.length };
  }
  if (style.kind === 'list') {
    const text = `${eol}${style.marker}${time} `;
    return { edit: { span: { start: at, end: at }, newText: text }, cursor: at + text.length };
  }
  const text = `${eol}| ${time} | `;
  return { edit: { span: { start: at, end: at }, newText: `${text} |` }, cursor: at + text.length };
}
