// A line scan that cuts a document into runs of top-level blocks which parse the same alone as
// inside the whole text, so an edit reparses only the run it touched.
//
// A cut goes before a line that follows a blank line and starts at column 0 with a character
// that cannot continue anything: not indentation (list item or code continuation), not a list
// marker (a loose list goes on), not inside front matter. The leaf blocks that do survive a
// blank line and a column-0 line (an unclosed fence, HTML blocks of kinds 1 to 5) cannot be
// told reliably by a scan, so the parser checks each run's last block and joins runs when one
// is left open (see markdownCache.ts).

export interface TextBlock {
  /** Offset of the block's first character in the document. */
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
}

/** Characters a column-0 line may start with and still belong to what came before; a BOM is
 * one because a run parsed alone would lose it (only the document's first one is dropped). */
const CONTINUES = new Set([' ', '\t', '\r', '\n', '-', '*', '+', '\uFEFF']);
/** An ordered list item goes on a loose list; a time like `10:42` does not. */
const ORDERED_ITEM = /^\d{1,9}[.)](?:[ \t\r\n]|$)/;
/** The longest text ORDERED_ITEM can need: nine digits, the marker and the character after it. */
const ORDERED_ITEM_MAX = 11;

export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let blockStart = 0;
  let blockLine = 0;
  let line = 0;
  let previousBlank = false;
  let frontMatterOpen = text.startsWith('---', bom) || text.startsWith('+++', bom);
  const fence = frontMatterOpen ? text.slice(bom, bom + 3) : '';
  for (let at = 0; at < text.length; line++) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    if (frontMatterOpen) {
      if (line > 0 && text.startsWith(fence, at)) frontMatterOpen = false;
    } else if (previousBlank && at > blockStart && !CONTINUES.has(text[at]) && !orderedItemAt(text, at)) {
      blocks.push({ start: blockStart, end: at, line: blockLine });
      blockStart = at;
      blockLine = line;
    }
    previousBlank = isBlank(text, at, end);
    at = newline === -1 ? text.length : newline + 1;
  }
  blocks.push({ start: blockStart, end: text.length, line: blockLine });
  return blocks;
}

// Character tests rather than slices: this runs on every line of every version.
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && !(c === 13 && i === to - 1)) return false;
  }
  return true;
}

export function orderedItemAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57 && ORDERED_ITEM.test(text.slice(at, at + ORDERED_ITEM_MAX));
}
