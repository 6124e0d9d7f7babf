// Sections are the level-2 headings (or the H1s after the title in documents with no H2),
// matched to the configured set by normalised name or alias, ignoring trailing text.
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Config } from '../config/schema';
import type { MarkdownTree } from './markdown';
import type { Section, Span } from './model';
import { normaliseLabel, trimBack } from './text';

interface SectionMatcher {
  canonical: string;
  key: string;
}

const matcherCache = new WeakMap<Config['sections'], SectionMatcher[]>();

function matchers(config: Config): SectionMatcher[] {
  let list = matcherCache.get(config.sections);
  if (!list) {
    list = config.sections
      .flatMap((s) => [s.name, ...s.aliases].map((label) => ({ canonical: s.name, key: normaliseLabel(label) })))
      .filter((m) => m.key.length > 0)
      .sort((a, b) => b.key.length - a.key.length);
    matcherCache.set(config.sections, list);
  }
  return list;
}

/** The configured section a heading names, if any. */
export function matchSection(heading: string, config: Config): string | undefined {
  const key = normaliseLabel(heading);
  return matchers(config).find((m) => key === m.key || key.startsWith(m.key + ' '))?.canonical;
}

export interface SectionBlocks {
  section: Section;
  /** The top-level blocks after the heading, up to the next section. */
  blocks: RootContent[];
}

export function buildSections(tree: MarkdownTree, text: string, config: Config): SectionBlocks[] {
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
    result.push({
      section: {
        heading,
        canonical: matchSection(heading, config),
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
