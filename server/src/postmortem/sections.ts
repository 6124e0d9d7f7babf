// Sections are the level-2 headings (or the H1s after the title in documents with no H2),
// matched to the configured set by normalised name or alias, ignoring trailing text.
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MarkdownTree } from './markdown';
import type { Section, Span } from './model';
import type { ReaderSettings, SectionMatcher } from './readerSettings';
import { normaliseLabel, trimBack } from './text';

/** The configured section a heading names, if any. */
export function matchSection(heading: string, settings: ReaderSettings): SectionMatcher | undefined {
  const key = normaliseLabel(heading);
  return settings.sections.find((m) => key === m.key || key.startsWith(m.key + ' '));
}

export interface SectionBlocks {
  section: Section;
  /** The top-level blocks after the heading, up to the next section. */
  blocks: RootContent[];
}

export function buildSections(tree: MarkdownTree, text: string, settings: ReaderSettings): SectionBlocks[] {
  const children = tree.root.children;
  const headings = children.filter((c): c is Heading => c.type === 'heading');
  const hasH2 = headings.some((h) => h.depth === 2);
  const firstH1 = headings.find((h) => h.depth === 1);
  const isSectionHeading = (node: RootContent): node is Heading =>
    node.type === 'heading' && (hasH2 ? node.depth === 2 : node.depth === 1 && node !== firstH1);
  const isBoundary = (node: RootContent): boolean => node.type === 'heading' && node.depth <= (hasH2 ? 2 : 1);

  const result: SectionBlocks[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (!isSectionHeading(node)) continue;
    let j = i + 1;
    while (j < children.length && !isBoundary(children[j])) j++;
    const headingSpan = tree.spanOf(node);
    const end = j < children.length ? tree.spanOf(children[j]).start : text.length;
    const blocks = children.slice(i + 1, j);
    const contentSpan: Span = blocks.length
      ? { start: tree.spanOf(blocks[0]).start, end: tree.spanOf(blocks[blocks.length - 1]).end }
      : { start: headingSpan.end, end: headingSpan.end };
    const heading = toString(node).trim();
    const match = matchSection(heading, settings);
    result.push({
      section: {
        heading,
        canonical: match?.canonical,
        role: match?.role,
        headingSpan,
        span: { start: headingSpan.start, end: trimBack(text, end) },
        contentSpan,
        isEmpty: blocks.every((b) => b.type === 'html' && /^<!--[\s\S]*-->$/.test(b.value.trim())),
      },
      blocks,
    });
    i = j - 1;
  }
  return result;
}
