// What micromark is never given: nesting past a limit and the markup of very long lines. Each
// guard rewrites characters one for one (the same length, line breaks untouched), so every
// offset of the tree still points at the user's text, and each works line by line, so a run of
// blocks parsed alone (markdownCache.ts) is guarded exactly as inside the whole text. Both are
// single passes over the text: a guard must not cost what it guards against.

/** Deeper than this, lists, quotes and footnotes are read as plain text: no postmortem nests so deep. */
export const MAX_NESTING = 32;
/** Columns of indentation that still nest: two a level, as `- ` items nest. */
const MAX_INDENT = MAX_NESTING * 2;
/** A tab indents to the next multiple of four columns in CommonMark; counted as four here. */
const TAB_WIDTH = 4;
/** Lines longer than this are read as plain text. */
export const LONG_LINE = 10_000;

const NO_BREAK_SPACE = '\u00a0';

/**
 * Calls `visit` with each line's start and end (before its `\n`, `\r\n` or lone `\r`, CommonMark's
 * line endings). Found with indexOf, which is many times faster than a loop over characters; the
 * next `\r` is looked up again only once passed, so a text without one is not scanned twice.
 */
export function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let cr = text.indexOf('\r');
  for (let at = 0; at < text.length;) {
    if (cr !== -1 && cr < at) cr = text.indexOf('\r', at);
    const lf = text.indexOf('\n', at);
    const end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf === -1 ? text.length : lf;
    visit(at, end);
    at = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

/**
 * Where, in the container prefix of the line `start..end`, nesting passes the limit (the offset
 * of the first container or indentation past it), and where the prefix ends; undefined when it
 * stays within. Containers are what CommonMark and GFM nest: block quotes (`>`), list items
 * (`-`, `*`, `+`, `1.`, `1)`, each followed by a space, a tab or the line's end), footnote
 * definitions (`[^label]:`) and indentation, several on one line (`- - - x`, `> 1. > x`).
 */
function nestingCut(text: string, start: number, end: number): { cut: number; prefixEnd: number } | undefined {
  let depth = 0;
  let width = 0;
  let cut = -1;
  let at = start;
  while (at < end) {
    const c = text.charCodeAt(at);
    let length = 0;
    if (c === 32 || c === 9) {
      width += c === 9 ? TAB_WIDTH : 1;
      if (cut === -1 && width > MAX_INDENT) cut = at;
      at++;
      continue;
    }
    if (c === 62 /* > */) length = 1;
    else length = listMarkerLength(text, at, end) || footnoteLabelLength(text, at, end);
    if (length === 0) break;
    depth++;
    width += length;
    if (cut === -1 && (depth > MAX_NESTING || width > MAX_INDENT)) cut = at;
    at += length;
  }
  return cut === -1 ? undefined : { cut, prefixEnd: at };
}

/** The length of a list marker at `at` (`-`, `*`, `+`, up to nine digits and `.` or `)`) followed by a space, a tab or the end of the line; else 0. */
function listMarkerLength(text: string, at: number, end: number): number {
  let i = at;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    while (i < end && i - at < 9 && isDigit(text.charCodeAt(i))) i++;
    if (i === at || i >= end || (text[i] !== '.' && text[i] !== ')')) return 0;
    i++;
  }
  const next = text.charCodeAt(i);
  return i === end || next === 32 || next === 9 ? i - at : 0;
}

/** GFM's longest label. */
const MAX_LABEL = 999;

/** The length of a footnote definition's start at `at`, `[^label]:`; else 0. */
function footnoteLabelLength(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== 91 /* [ */ || text.charCodeAt(at + 1) !== 94 /* ^ */) return 0;
  const limit = Math.min(end, at + 2 + MAX_LABEL);
  for (let i = at + 2; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 93 /* ] */) return i > at + 2 && text.charCodeAt(i + 1) === 58 /* : */ ? i + 2 - at : 0;
    if (c === 91 || c === 32 || c === 9) return 0;
  }
  return 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * micromark's time grows steeply with nesting (400 nested list levels take seconds, 2,000 take
 * minutes) and remark-gfm's tree walks recurse once a level, so 1,500 list markers on one line
 * (`- - - ... x`, 3 KB) overflow the stack. Past MAX_NESTING containers or columns of
 * indentation, the rest of a line's containers become no-break spaces: text, not more nesting.
 */
export function flattenDeepNesting(text: string): string {
  const out: string[] = [];
  let copied = 0;
  forEachLine(text, (start, end) => {
    const found = nestingCut(text, start, end);
    if (!found) return;
    out.push(text.slice(copied, found.cut), NO_BREAK_SPACE.repeat(found.prefixEnd - found.cut));
    copied = found.prefixEnd;
  });
  return out.length ? out.join('') + text.slice(copied) : text;
}

const MARKUP = /[[\]()<>*_`~!\\&|@]/g;

/** Lines at least this long are read as plain text when markup is a fifth of their characters. */
export const DENSE_LINE = 1_000;
/** What a dense line's markup is, out of its characters: prose with links and code stays under a tenth. */
const DENSE_SHARE = 0.2;

/**
 * micromark's time on a line grows with its brackets, emphasis and links (GFM's autolinks look
 * back over the line for an unclosed bracket at every letter): a 100,000-character line of
 * `[a]` took ten seconds, and 100 lines of 9,000 characters of `*a` or `[a](` 15-40 s. A line
 * over LONG_LINE, or over DENSE_LINE with a fifth of it markup, is a pasted log or dump,
 * never prose, so its markup characters are read as spaces (tags and times are read from the
 * text itself, not the tree). Found by a scan, not a pattern: `[^\n]{10001}` tries every start
 * on a line just under the limit, and a pattern over a 10-million-character line overflows the
 * stack.
 */
export function quietLongLines(text: string): string {
  if (text.length < DENSE_LINE) return text;
  const out: string[] = [];
  let copied = 0;
  forEachLine(text, (start, end) => {
    if (end - start < DENSE_LINE || (end - start <= LONG_LINE && !isDense(text, start, end))) return;
    out.push(text.slice(copied, start), text.slice(start, end).replace(MARKUP, ' '));
    copied = end;
  });
  return out.length ? out.join('') + text.slice(copied) : text;
}

/** Whether markup characters are DENSE_SHARE of the line or more. */
function isDense(text: string, start: number, end: number): boolean {
  const needed = (end - start) * DENSE_SHARE;
  let markup = 0;
  for (let at = start; at < end; at++) if (isMarkup(text.charCodeAt(at)) && ++markup >= needed) return true;
  return false;
}

/** The characters of MARKUP, by code. */
const MARKUP_CODES = new Set([...'[]()<>*_`~!\\&|@'].map((c) => c.charCodeAt(0)));
function isMarkup(c: number): boolean {
  return MARKUP_CODES.has(c);
}
