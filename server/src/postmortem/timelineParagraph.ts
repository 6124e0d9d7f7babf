// A paragraph of the timeline read for the entries it starts: at its first line, at each line
// after, and after each `<br>`. With a memory (the document's, across versions), a paragraph the
// incremental parser kept is read once, not on every keystroke: its offsets are kept relative to
// the paragraph, which may have moved.
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Vocabulary } from './readerSettings';
import type { EntryTimeMatch } from './entryTime';
import { matchEntryTime } from './entryTime';
import type { MarkdownTree } from './markdown';
import type { KeyMomentTag, Span } from './model';
import { findMomentTags } from './moments';
import { breaksToSpaces, detached, firstLineBreak, isLineBreakTag, LINE_BREAK_TAG, lineEnd, trimBack } from './text';

const LEADING_BREAK = new RegExp(`^${LINE_BREAK_TAG}`, 'i');

export interface FoundEntry {
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

export interface ParagraphReading {
  /** The paragraph's start when it was read: its entries move with it. */
  at: number;
  vocab: Vocabulary;
  /** The paragraph's text when it could be a day marker on its own line. */
  dateLabel: string | null;
  found: FoundEntry[];
}

/** Readings kept with the paragraph nodes the incremental parse reuses. */
export type ParagraphMemory = WeakMap<Paragraph, ParagraphReading>;

export function readParagraph(
  node: Paragraph,
  span: Span,
  text: string,
  tree: MarkdownTree,
  vocab: Vocabulary,
  memory: ParagraphMemory | undefined,
): ParagraphReading {
  const known = memory?.get(node);
  if (known && known.vocab === vocab) return known;
  const reading = read(node, span, text, tree, vocab);
  memory?.set(node, reading);
  return reading;
}

function read(node: Paragraph, span: Span, text: string, tree: MarkdownTree, vocab: Vocabulary): ParagraphReading {
  const starts = new Set<number>([span.start]);
  for (let at = text.indexOf('\n', span.start); at !== -1 && at < span.end; at = text.indexOf('\n', at + 1)) {
    starts.add(skipLinePrefix(text, at + 1));
  }
  for (const child of node.children) {
    if (child.type === 'html' && isLineBreakTag(child.value)) starts.add(skipSpace(text, tree.spanOf(child).end));
  }
  const found: { start: number; match: EntryTimeMatch; lineStop: number }[] = [];
  for (const s of [...starts].filter((s) => s < span.end).sort((a, b) => a - b)) {
    const stop = segmentLineStop(text, s, span.end);
    // Kept with the paragraph across versions: detached from this version's text.
    const match = matchEntryTime(detached(text.slice(s, stop)));
    if (match) found.push({ start: s, match, lineStop: stop });
  }
  return {
    at: span.start,
    vocab,
    dateLabel: isDateLine(node) ? toString(node).trim() : null,
    found: found.map((f, i) => {
      const segmentEnd = i + 1 < found.length ? trimBack(text, found[i + 1].start) : span.end;
      const below = textBelow(text, f.start + f.match.length, f.lineStop, segmentEnd);
      const lineStop = below?.end ?? f.lineStop;
      return {
        start: f.start - span.start,
        lineStop: lineStop - span.start,
        segmentEnd: segmentEnd - span.start,
        noteEnd: trimBack(text, f.start) - span.start,
        match: f.match,
        timeText: detached(text.slice(f.start + f.match.timeStart, f.start + f.match.timeEnd)),
        text: detached(breaksToSpaces(text.slice(below?.start ?? f.start + f.match.length, lineStop)).trim()),
        moments: findMomentTags(detached(text.slice(f.start, segmentEnd)), f.start, vocab),
      };
    }),
  };
}

/**
 * A time alone on its line (`**10:00 AM**`, `February 15, 2024: 7:56am UTC`) is the entry's first
 * line, and the line below it, in the same paragraph, its text.
 */
function textBelow(text: string, after: number, lineStop: number, segmentEnd: number): Span | null {
  if (text.slice(after, lineStop).trim() !== '' || lineStop >= segmentEnd) return null;
  let next = lineStop;
  const br = LEADING_BREAK.exec(text.slice(next, segmentEnd));
  if (br) next += br[0].length;
  next = skipLinePrefix(text, skipSpace(text, next));
  if (next >= segmentEnd) return null;
  return { start: next, end: segmentLineStop(text, next, segmentEnd) };
}

/** A paragraph that is only a bold or plain date, like `**2019-02-07**`. */
function isDateLine(node: Paragraph): boolean {
  return node.children.length === 1 && (node.children[0].type === 'strong' || node.children[0].type === 'text');
}

function segmentLineStop(text: string, start: number, limit: number): number {
  const end = Math.min(lineEnd(text, start), limit);
  const br = firstLineBreak(text.slice(start, end));
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
