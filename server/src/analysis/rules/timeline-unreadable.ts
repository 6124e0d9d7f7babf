// A timeline the reader could not use, said once: a Timeline section with text but no entry it
// understands (what it could not read, and a line it would), or entries without a date in a
// timeline that runs over more than one day (where the days must be written).
import type { RootContent } from 'mdast';
import { parseDayMarker } from '../../postmortem/dates';
import { entryDateOnly } from '../../postmortem/entryDate';
import type { MarkdownTree } from '../../postmortem/markdown';
import type { Postmortem, Span, Timeline, TimelineEntry } from '../../postmortem/model';
import { linesIn, truncate } from '../../postmortem/text';
import { findTimezoneDeclaration } from '../../postmortem/zones';
import { clock } from '../describe';
import type { Rule, RuleFinding } from '../rule';

export const unreadableTimeline: Rule = {
  code: 'PM108',
  name: 'timeline-unreadable',
  description:
    'The Timeline section has text but no entry the reader understands, or entries without a date in a timeline that spans days.',
  defaultSeverity: 'warning',
  check(pm, ctx) {
    const timeline = pm.timeline;
    if (!timeline) return [];
    if (timeline.entries.length === 0) return noEntry(pm, timeline, ctx.markdown);
    return undated(timeline);
  },
};

/** An example time in the lines the messages show: any time reads; this one is plainly an example. */
const EXAMPLE_TIME = '10:00';
const QUOTE = 60;

/** What the reader saw instead of an entry: a line of text, a table row or a code block. */
interface Seen {
  kind: 'line' | 'heading' | 'row' | 'code';
  span: Span;
}

function noEntry(pm: Postmortem, timeline: Timeline, tree: MarkdownTree): RuleFinding[] {
  const seen: Seen[] = [];
  for (const block of tree.root.children) {
    const span = tree.spanOf(block);
    if (span.end <= timeline.section.contentSpan.start) continue;
    if (span.start >= timeline.section.contentSpan.end) break;
    collect(block, tree, pm.text, seen);
  }
  // The first thing that looks like an attempt at an entry (a number in it), else the first text.
  const first = seen.find((s) => /\d/.test(pm.text.slice(s.span.start, s.span.end))) ?? seen[0];
  if (!first) return [];
  const written = pm.text.slice(first.span.start, first.span.end).trim();
  const quote = `"${truncate(written, QUOTE)}"`;
  const lead = 'No entry of this timeline can be read:';
  if (first.kind === 'code') {
    return [
      {
        message: `${lead} it is written in a code block, which is read as code. Take the entries out of the fence, one a line, each starting with its time ("${EXAMPLE_TIME} What happened").`,
        span: { start: first.span.start, end: first.span.start + written.split('\n')[0].length },
      },
    ];
  }
  if (first.kind === 'row') {
    return [
      {
        message: `${lead} no cell of ${quote} is a time. Put the time in the first column, or in one headed "Time": "| ${EXAMPLE_TIME} | What happened |".`,
        span: first.span,
      },
    ];
  }
  const { why, example } = suggestion(written, first.kind === 'heading');
  return [
    {
      message: `${lead} ${quote} ${why}. An entry starts with its time, as in "${truncate(example, QUOTE + 10)}".`,
      span: first.span,
    },
  ];
}

/** The lines, rows and code blocks of a block, in order, leaving out what is no attempt at an entry. */
function collect(block: RootContent, tree: MarkdownTree, text: string, seen: Seen[]): void {
  const span = tree.spanOf(block);
  switch (block.type) {
    case 'list':
    case 'listItem':
    case 'blockquote':
      for (const child of block.children) collect(child as RootContent, tree, text, seen);
      return;
    case 'code':
      seen.push({ kind: 'code', span });
      return;
    case 'table':
      for (const row of block.children.slice(1)) seen.push({ kind: 'row', span: tree.spanOf(row) });
      return;
    case 'heading': {
      const content = text.slice(span.start, span.end).replace(/^#+\s*/, '');
      // A day heading is read (as a day); a zone in a heading is a declaration.
      if (!parseDayMarker(content, 2000) && !findTimezoneDeclaration(content)) seen.push({ kind: 'heading', span });
      return;
    }
    case 'paragraph':
      for (const line of linesIn(text, span)) {
        const written = text.slice(line.start, line.end).replace(/^[\s>]+/, '');
        if (written.trim() === '' || findTimezoneDeclaration(written)) continue;
        const start = line.end - written.length;
        seen.push({ kind: 'line', span: { start, end: line.end } });
      }
      return;
    default:
      // HTML comments, thematic breaks, definitions: nothing an entry is written as.
      return;
  }
}

// A time written inside a line, with the word that leads to it: `... at 10:42`, `At 4 PM, ...`.
const TIME_INSIDE =
  /(?:,?\s*\b(?:at|around|about|by)\s+)?\b(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?|\d{1,2}\s?[ap]\.?m\b\.?)(?:\s*\(?(?:UTC|GMT)\)?)?,?/i;
const EMPHASIS = /^(?:\*\*|__)/;

/** Why a line is no entry, and the line written as one. */
function suggestion(written: string, heading: boolean): { why: string; example: string } {
  const hashes = heading ? (/^#+\s*/.exec(written)?.[0] ?? '') : '';
  const body = written.slice(hashes.length);
  const opener = EMPHASIS.exec(body)?.[0] ?? '';
  const plain = body.slice(opener.length);
  const date = entryDateOnly(plain, 0)?.length;
  if (date) {
    const dateText = plain.slice(0, date).trimEnd();
    return {
      why: 'has a date but no time of day',
      example: `${hashes}${opener}${dateText} ${EXAMPLE_TIME}${plain.slice(dateText.length)}`,
    };
  }
  const inside = TIME_INSIDE.exec(body);
  if (inside && inside.index > 0) {
    const rest = `${body.slice(0, inside.index)} ${body.slice(inside.index + inside[0].length)}`
      .replace(/\s+/g, ' ')
      .trim();
    return { why: 'has its time inside the line, not at its start', example: `${hashes}${inside[1]} ${rest}` };
  }
  return { why: 'does not start with a time', example: `${hashes}${EXAMPLE_TIME} ${body}` };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The wall-clock day of an entry's instant (a nominal one when the entry has no date). */
function localDay(entry: TimelineEntry): number | null {
  if (entry.epochMs === null || entry.offsetMinutes === null) return null;
  return Math.floor((entry.epochMs + entry.offsetMinutes * 60_000) / DAY_MS);
}

function undated(timeline: Timeline): RuleFinding[] {
  const timed = timeline.entries.filter((e) => e.time !== null);
  const without = timed.filter((e) => e.date === null);
  if (without.length === 0) return [];
  const dated = timed.find((e) => e.date !== null);
  if (dated) {
    return [
      {
        message: `${count(without.length)} no date, while the timeline gives one to later entries (${dated.date}): say which day ${without.length === 1 ? 'it is' : 'they are'} on, with a date in the title ("# YYYY-MM-DD ...") or a day line ("### YYYY-MM-DD") above ${without.length === 1 ? 'it' : 'them'}.`,
        span: without[0].timeSpan,
      },
    ];
  }
  const firstDay = localDay(without[0]);
  const next = without.find((e) => firstDay !== null && localDay(e) !== null && localDay(e) !== firstDay);
  if (!next) return [];
  const before = without[without.indexOf(next) - 1];
  return [
    {
      message: `${count(without.length)} no date, and the timeline runs over more than one day (${clock(before)}, then ${clock(next)}): write the day above each day's entries, as "### YYYY-MM-DD", or the incident date in the title ("# YYYY-MM-DD ...").`,
      span: next.timeSpan,
    },
  ];
}

function count(n: number): string {
  return n === 1 ? 'One entry has' : `${n} entries have`;
}
