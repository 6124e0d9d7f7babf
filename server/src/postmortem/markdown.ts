// The single remark pipeline of the project; everything else reads the mdast it returns.
import type { Node, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { flattenDeepNesting, quietLongLines } from './markdownGuards';
import type { Span } from './model';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

export interface MarkdownTree {
  root: Root;
  /** Maps a node to its span in the original text. */
  spanOf(node: Node): Span;
}

export function parseMarkdown(text: string): MarkdownTree {
  // micromark drops a leading BOM and counts offsets without it; ours count it.
  return treeOf(parseText(text), text.charCodeAt(0) === 0xfeff ? 1 : 0);
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

/**
 * The top-level blocks that overlap `span`, found by halving: the blocks are in text order, and
 * a rule looking at one section of a 10,000-entry document would otherwise walk them all.
 */
export function topBlocksOverlapping(tree: MarkdownTree, span: Span): RootContent[] {
  const blocks = tree.root.children;
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tree.spanOf(blocks[middle]).end <= span.start) low = middle + 1;
    else high = middle;
  }
  const out: RootContent[] = [];
  for (let i = low; i < blocks.length && tree.spanOf(blocks[i]).start < span.end; i++) out.push(blocks[i]);
  return out;
}
