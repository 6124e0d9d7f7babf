// Small helpers over the raw text: lines and normalisation, shared by the model builders.
import type { Span } from './model';
import { HEADING_ARTICLES } from './vocabulary';

/**
 * The text as the reader reads it: each lone `\r` (a line ending in CommonMark, and the old Mac
 * one) read as `\n`. One character for one, so every offset and line number is the text's own;
 * the line scans of the reader, the guards and the rules then only know `\n` and `\r\n`.
 */
export function withLoneCrAsLf(text: string): string {
  return text.includes('\r') ? text.replace(LONE_CR, '\n') : text;
}
const LONE_CR = /\r(?!\n)/g;

/** The line ending most of the text's lines end with (`\n` when none): what lines added by an edit end with. */
export function lineEnding(text: string): '\n' | '\r\n' | '\r' {
  if (!text.includes('\r')) return '\n';
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (text.charCodeAt(at - 1) === 13) crlf++;
    else lf++;
  }
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1))
    if (text.charCodeAt(at + 1) !== 10) cr++;
  return cr > crlf && cr > lf ? '\r' : crlf > lf ? '\r\n' : '\n';
}

/** A slice of the model's text as the document writes it: in a document of lone CRs, its LFs were CRs. */
export function asWritten(slice: string, eol: '\n' | '\r\n' | '\r'): string {
  return eol === '\r' ? slice.replace(LONE_LF, '\r') : slice;
}
const LONE_LF = /(?<!\r)\n/g;

/** End offset of the line that contains `offset` (before its line break). */
export function lineEnd(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  const end = n === -1 ? text.length : n;
  return end > offset && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** Start offset of the line that contains `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** `at` moved back over the whitespace before it, but not before `floor`. */
export function trimBack(text: string, at: number, floor = 0): number {
  while (at > floor && /\s/.test(text[at - 1])) at--;
  return at;
}

/** What removing a `[tag]` takes out: the tag and the one space before it, so no double space is left. */
export function tagRemoval(text: string, tag: Span): Span {
  return { start: text[tag.start - 1] === ' ' ? tag.start - 1 : tag.start, end: tag.end };
}

/** `s` cut to at most `max` characters, ending in `...` when cut: for quoting text in messages and labels. */
export function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/** An HTML line break as people write it in markdown (`<br>`, `<br/>`, `<br />`) to break a paragraph or a cell. */
export const LINE_BREAK_TAG = String.raw`<br\s*\/?>`;
const LINE_BREAKS = new RegExp(LINE_BREAK_TAG, 'gi');
const ONE_LINE_BREAK = new RegExp(`^${LINE_BREAK_TAG}$`, 'i');
const FIRST_LINE_BREAK = new RegExp(LINE_BREAK_TAG, 'i');

/** Whether an HTML node's value is a line break and nothing else. */
export function isLineBreakTag(html: string): boolean {
  return ONE_LINE_BREAK.test(html);
}

/** The offset of the first line break tag in `s`, or -1. */
export function firstLineBreak(s: string): number {
  return s.search(FIRST_LINE_BREAK);
}

/** The line break tags in `s`, in order. */
export function lineBreaksIn(s: string): IterableIterator<RegExpMatchArray> {
  return s.matchAll(LINE_BREAKS);
}

/** `s` with each line break tag read as a space. */
export function breaksToSpaces(s: string): string {
  return s.replace(LINE_BREAKS, ' ');
}

/** The lines inside a span, each as a span without its line break. */
export function linesIn(text: string, span: Span): Span[] {
  const lines: Span[] = [];
  let start = span.start;
  while (start <= span.end) {
    const end = Math.min(lineEnd(text, start), span.end);
    lines.push({ start, end });
    const next = text.indexOf('\n', start);
    if (next === -1 || next >= span.end) break;
    start = next + 1;
  }
  return lines;
}

/** Lowercase, `(s)` and punctuation dropped, words singular: how headings and labels are compared. */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/\(s\)/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

const NUMBERING = /^\s*(?:\d+(?:\.\d+)+\.?|\d+[.):]|[ivxlc]+[.)]|[a-z][.)])\s+/i;
const ARTICLE = new RegExp(`^(?:${HEADING_ARTICLES.join('|')})\\s+(?=\\S)`, 'i');

/**
 * A section heading or label as it is compared: without its numbering (`1. Summary`, `2.3 Impact`,
 * `IV) Timeline`), a leading article (`The Impact`), emphasis, punctuation (`Background:`) or case.
 */
export function sectionKey(label: string): string {
  return normaliseLabel(label.replace(NUMBERING, '').replace(/[*_`]/g, '').trim().replace(ARTICLE, ''));
}

/** Collapses whitespace and strips list and quote markers and emphasis, for comparing prose. */
export function normaliseProse(line: string): string {
  return line
    .replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s+/, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A copy of `s` that keeps no larger string alive. V8 makes a slice share its parent's memory,
 * so a word kept from one version of a document would keep that whole version: whatever is
 * cached across versions is detached first.
 */
export function detached(s: string): string {
  // V8 copies slices shorter than 13 characters; longer ones share memory.
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * `s` as a regular expression that matches it literally: for words from the vocabulary or the
 * configuration. `/` too, so the source is also valid inside a `/.../` literal (the grammar).
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
