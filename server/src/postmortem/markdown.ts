// The single remark pipeline of the project; everything else reads the mdast it returns.
import type { Node, Root } from 'mdast';
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
