// The single remark pipeline of the project; everything else reads the mdast it returns.
import type { Node, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Span } from './model';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export interface MarkdownTree {
  root: Root;
  /** Maps a node to its span in the original text. */
  spanOf(node: Node): Span;
}

/** Deeper than this, lists and quotes are read as plain text: no postmortem nests so deep. */
export const MAX_NESTING = 32;
/** A tab indents to the next multiple of four columns in CommonMark; counted as four here. */
const TAB_WIDTH = 4;

/**
 * micromark's time grows steeply with nesting (400 nested list levels take seconds, 2,000 take
 * minutes), so a pasted or hostile document could stall the server. Past MAX_NESTING, markers
 * become spaces and indentation no-break spaces: the same length, so every offset still points
 * at the user's text.
 */
export function flattenDeepNesting(text: string): string {
  if (!/^[ \t>]{64,}/m.test(text)) return text;
  return text.replace(
    /^([ \t>]*)((?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))?/gm,
    (_line, prefix: string, marker: string | undefined) => {
      let quotes = 0;
      let width = 0;
      let out = '';
      for (const ch of prefix) {
        width += ch === '\t' ? TAB_WIDTH : 1;
        // Indentation past the limit turns into no-break spaces: text, not more nesting.
        if (width > MAX_NESTING * 2) out += ch === '>' ? ' ' : '\u00a0';
        else if (ch === '>') out += ++quotes > MAX_NESTING ? ' ' : '>';
        else out += ch;
      }
      if (!marker) return out;
      return out + (width > MAX_NESTING * 2 ? ' '.repeat(marker.length) : marker);
    },
  );
}

export function parseMarkdown(text: string): MarkdownTree {
  // micromark drops a leading BOM and counts offsets without it; ours count it.
  return treeOf(parseText(text), text.charCodeAt(0) === 0xfeff ? 1 : 0);
}

/** Lines longer than this are read as plain text. */
export const LONG_LINE = 10_000;

/**
 * micromark's time on one line grows with the square of its brackets, emphasis and links (GFM's
 * autolinks look back over the whole line for an unclosed bracket at every letter): a
 * 100,000-character line of `[a]` takes ten seconds. A line that long is a pasted log or dump,
 * never prose, so its markup characters are read as spaces: the same length, so offsets still
 * point at the user's text (tags and times are read from the text itself, not the tree).
 */
export function quietLongLines(text: string): string {
  if (text.length <= LONG_LINE) return text;
  // Lines are found by one scan: a pattern such as `[^\n]{10001}` retries at every character of a
  // line just under the limit, and 200 such lines took a minute (issue 10, item 15).
  const parts: string[] = [];
  const breaks = /\r\n?|\n/g;
  let lineStart = 0;
  let copied = 0;
  for (;;) {
    const found = breaks.exec(text);
    const lineEnd = found ? found.index : text.length;
    if (lineEnd - lineStart > LONG_LINE) {
      parts.push(text.slice(copied, lineStart), text.slice(lineStart, lineEnd).replace(/[[\]()<>*_`~!\\&|]/g, ' '));
      copied = lineEnd;
    }
    if (!found) break;
    lineStart = breaks.lastIndex;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** remark's tree of a text, guarded against deep nesting and very long lines. */
export function parseText(text: string): Root {
  return processor.parse(quietLongLines(flattenDeepNesting(text)));
}

/** A tree whose offsets leave out a leading BOM (`bom` = 1), read as offsets into the text. */
export function treeOf(root: Root, bom: number): MarkdownTree {
  return {
    root,
    spanOf(node) {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      return { start: start + bom, end: end + bom };
    },
  };
}
