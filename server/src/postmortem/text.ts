// Small helpers over the raw text: lines and normalisation, shared by the model builders.
import type { Span } from './model';
import { HEADING_ARTICLES } from './vocabulary';

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
