// A run of inline markdown as the reader sees it: its plain text (emphasis and link syntax gone),
// where each character was written, and which ranges were links. Readers match words on the plain
// text and map what they find back to the document.
import type { Node, Parent } from 'mdast';
import type { MarkdownTree } from './markdown';
import type { Span } from './model';

export interface InlineLink {
  /** Offsets into `plain`. */
  start: number;
  end: number;
  url: string;
}

export interface InlineText {
  plain: string;
  /** The document offset of each character of `plain`. */
  at: number[];
  links: InlineLink[];
  /** Everything written is struck through (`~~Add an alert~~`): a finished item in many teams' lists. */
  struck: boolean;
}

/** Link definitions (`[issue-184]: https://...`) by their normalised label. */
export type Definitions = (label: string) => string | undefined;

export function inlineText(nodes: readonly Node[], tree: MarkdownTree, definitions: Definitions): InlineText {
  const out: InlineText = { plain: '', at: [], links: [], struck: false };
  let struckChars = 0;
  let visibleChars = 0;
  const add = (value: string, span: Span, struck: boolean) => {
    const written = span.end - span.start;
    // Escapes and entities make the value shorter than its source: the offsets then point into it, never past.
    const lead = written > value.length ? Math.floor((written - value.length) / 2) : 0;
    for (let i = 0; i < value.length; i++) {
      out.plain += value[i];
      out.at.push(Math.min(span.start + lead + i, Math.max(span.start, span.end - 1)));
      if (!/\s/.test(value[i])) {
        visibleChars++;
        if (struck) struckChars++;
      }
    }
  };
  const visit = (node: Node, struck: boolean) => {
    const span = tree.spanOf(node);
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        add((node as Node & { value: string }).value, span, struck);
        return;
      case 'break':
      case 'html':
        add(' ', { start: span.start, end: span.start + 1 }, struck);
        return;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return;
      case 'link':
      case 'linkReference': {
        const start = out.plain.length;
        for (const child of (node as Parent).children) visit(child, struck);
        const url =
          node.type === 'link'
            ? (node as Node & { url: string }).url
            : definitions((node as Node & { identifier: string }).identifier);
        if (url !== undefined) out.links.push({ start, end: out.plain.length, url });
        return;
      }
      default:
        if ('children' in node) {
          for (const child of (node as Parent).children) visit(child, struck || node.type === 'delete');
        }
    }
  };
  for (const node of nodes) visit(node, false);
  out.struck = visibleChars > 0 && struckChars === visibleChars;
  return out;
}

/** The document span of `plain[start, end)`. */
export function spanIn(inline: InlineText, start: number, end: number): Span {
  if (inline.at.length === 0) return { start: 0, end: 0 };
  const first = inline.at[Math.min(start, inline.at.length - 1)];
  const last = inline.at[Math.max(Math.min(end, inline.at.length) - 1, 0)];
  return end > start ? { start: first, end: Math.max(last + 1, first) } : { start: first, end: first };
}

/** Link definitions of a document, looked up by label, found on first use (most documents have none). */
export function definitionsOf(tree: MarkdownTree): Definitions {
  let map: Map<string, string> | undefined;
  return (label) => {
    if (!map) {
      map = new Map();
      for (const node of tree.root.children) {
        if (node.type === 'definition') map.set(node.identifier.toLowerCase(), node.url);
      }
    }
    return map.get(label.toLowerCase());
  };
}
