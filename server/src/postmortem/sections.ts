// Sections are found by meaning, whatever their form: every heading at the document's section
// level (the H2s, or the H1s after the title in documents with no H2, or the shallowest level
// under the title), a deeper heading that names a configured section when no recognised section
// encloses it (`### Impact` under `## Incident details`), and a bold label that names one
// (`**Summary:** ...`, Google's `**Summary**: ...`, a list item `- **Key events**` as the MoJ
// writes it). Headings are compared without numbering (`## 1. Summary`), a leading article
// (`## The Impact`), punctuation or case.
import type { Heading, List, ListItem, Paragraph, RootContent, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { matchEntryTime } from './entryTime';
import type { MarkdownTree } from './markdown';
import type { Section, Span } from './model';
import type { ReaderSettings, SectionMatcher } from './readerSettings';
import { sectionKey, trimBack } from './text';

/**
 * The configured section a heading names, if any. `exact` is for the forms that allow no trailing
 * words (a deeper heading, a bold label), except words set off by punctuation, which qualify the
 * name rather than change it: `### Timeline (all times PST). All approximate`, `**Impact:** ...`.
 */
export function matchSection(heading: string, settings: ReaderSettings, exact = false): SectionMatcher | undefined {
  const key = sectionKey(exact ? heading.replace(/\([^)]*\)/g, ' ') : heading);
  if (!key) return undefined;
  const found = settings.sections.find((m) => key === m.key || (!exact && key.startsWith(m.key + ' ')));
  if (found || !exact) return found;
  const head = sectionKey(heading.split(/\s*(?:[(.:;,]|\s[-–—]\s)/)[0]);
  return head && head !== key ? settings.sections.find((m) => head === m.key) : undefined;
}

/** How many words may qualify a section's name before it (`Issue Summary`, `Customer facing impact`). */
const QUALIFIERS = 2;

/**
 * A heading that is a section's name qualified by a word or two before it: `Issue Summary`,
 * `Customer Impact`, `Incident mitigation`. Only the name itself may follow, so `Summary of
 * changes` stays what matchSection makes of it.
 */
export function matchQualifiedSection(heading: string, settings: ReaderSettings): SectionMatcher | undefined {
  const words = sectionKey(heading).split(' ');
  for (let drop = 1; drop <= QUALIFIERS && drop < words.length; drop++) {
    const rest = words.slice(drop).join(' ');
    const found = settings.sections.find((m) => rest === m.key);
    if (found) return found;
  }
  return undefined;
}

export interface SectionBlocks {
  section: Section;
  /** The blocks after the heading or label, up to the next section. */
  blocks: RootContent[];
}

interface Start {
  /** Where the section begins (its heading or label) and where its content begins. */
  headingSpan: Span;
  contentStart: number;
  heading: string;
  match: SectionMatcher | undefined;
  form: 'heading' | 'bold-label';
  /** For headings: the depth; content ends at the next heading this deep or shallower. */
  depth: number;
  /** The root child it starts in. */
  index: number;
  /** Blocks inside that root child that belong to it (a list item's nested list, later items). */
  inner: RootContent[];
}

const labelPattern = /^(.*?)\s*:?\s*$/s;

/** `**Summary:**`, `**Summary**:` or `**Summary**` alone: the bold label a paragraph opens with. */
function boldLabel(paragraph: Paragraph, tree: MarkdownTree, text: string): { label: string; end: number } | undefined {
  const [first, second] = paragraph.children;
  if (first?.type !== 'strong') return undefined;
  const strong = first as Strong;
  const inside = toString(strong);
  const strongEnd = tree.spanOf(strong).end;
  if (/:\s*$/.test(inside)) return { label: labelPattern.exec(inside)![1], end: strongEnd };
  if (second?.type === 'text' && /^\s*:/.test(second.value)) {
    return { label: inside.trim(), end: strongEnd + text.slice(strongEnd).indexOf(':') + 1 };
  }
  if (paragraph.children.length === 1) return { label: inside.trim(), end: strongEnd };
  // `**Summary** text` with no colon is emphasis in a sentence, not a label.
  return undefined;
}

/**
 * An H1 that is exactly a section's name (`# Timeline`), as in pages whose title is in their
 * front matter and whose sections are H1s: a section, never the document's title.
 */
export function isSectionHeading(heading: Heading, settings: ReaderSettings): boolean {
  const key = sectionKey(toString(heading));
  return settings.sections.some((m) => m.key === key);
}

/**
 * The heading that titles the document: the first H1 that is no section's name; in a page with
 * no H1 and no front matter title, a heading that opens the page, is the only one at its level
 * or above and names no section (`## February 11, 2016 incident report` over `### Background`,
 * `### What happened`: the page's title, one level down, as sites that render their own H1 write it).
 */
export function titleHeading(
  tree: MarkdownTree,
  settings: ReaderSettings,
  titledByFrontMatter: boolean,
): Heading | undefined {
  const children = tree.root.children;
  const headings = children.filter((c): c is Heading => c.type === 'heading');
  const h1 = headings.find((h) => h.depth === 1 && !isSectionHeading(h, settings));
  if (h1 || titledByFrontMatter) return h1;
  const first = children.find((c) => c.type !== 'yaml' && (c.type as string) !== 'toml');
  if (first?.type !== 'heading') return undefined;
  const opening = first as Heading;
  if (headings.some((h) => h !== opening && h.depth <= opening.depth)) return undefined;
  return matchSection(toString(opening), settings) ? undefined : opening;
}

export function buildSections(
  tree: MarkdownTree,
  text: string,
  settings: ReaderSettings,
  titledByFrontMatter = false,
): SectionBlocks[] {
  const children = tree.root.children;
  const headings = children.filter((c): c is Heading => c.type === 'heading');
  const firstH1 = titleHeading(tree, settings, titledByFrontMatter);
  const others = headings.filter((h) => h !== firstH1);
  const base = others.some((h) => h.depth === 2)
    ? 2
    : others.some((h) => h.depth === 1)
      ? 1
      : Math.min(7, ...others.map((h) => h.depth));

  // First the headings, so a bold label is a section only where no heading names the same one.
  const starts: Start[] = [];
  const byHeading = new Set<string>();
  let enclosing: { depth: number; recognised: boolean } | undefined;
  children.forEach((node, index) => {
    if (node.type !== 'heading' || node === firstH1) return;
    const heading = toString(node).trim();
    const span = tree.spanOf(node);
    const start = (match: SectionMatcher | undefined): Start => ({
      headingSpan: span,
      contentStart: span.end,
      heading,
      match,
      form: 'heading',
      depth: node.depth,
      index,
      inner: [],
    });
    if (node.depth <= base) {
      const match = matchSection(heading, settings) ?? matchQualifiedSection(heading, settings);
      starts.push(start(match));
      if (match) byHeading.add(match.canonical);
      // A summary is an overview teams nest the rest under (`## Issue Summary`, `### Timeline`):
      // what it encloses is read for sections of its own.
      enclosing = { depth: node.depth, recognised: !!match && match.role !== 'summary' };
      return;
    }
    // A deeper heading under a recognised section is its subsection (`### Mitigation` under Action Items).
    if (enclosing && enclosing.depth < node.depth && enclosing.recognised) return;
    const match = matchSection(heading, settings, true);
    if (!match) return;
    starts.push(start(match));
    byHeading.add(match.canonical);
  });

  // A bold label among the timeline's entries is an entry's note (`**Impact:** errors climb`); one
  // after the last entry starts a section.
  const timelineStarts = starts.filter((s) => s.match?.role === 'timeline');
  const inTimeline = (offset: number) =>
    timelineStarts.some((t) => {
      const next = starts.find((s) => s.headingSpan.start > t.headingSpan.start);
      const end = next ? next.headingSpan.start : text.length;
      return offset > t.headingSpan.start && offset < end && entryAfter(text, offset, end);
    });
  const labelled = (paragraph: Paragraph, index: number, inner: () => RootContent[]): Start | undefined => {
    const label = boldLabel(paragraph, tree, text);
    if (!label) return undefined;
    const match = matchSection(label.label, settings, true);
    const span = tree.spanOf(paragraph);
    if (!match || byHeading.has(match.canonical) || inTimeline(span.start)) return undefined;
    return {
      headingSpan: { start: span.start, end: label.end },
      contentStart: label.end,
      heading: label.label,
      match,
      form: 'bold-label',
      depth: 7,
      index,
      inner: inner(),
    };
  };
  // Only a paragraph that opens with bold text can be a label: most (every timeline entry) do not.
  const opensBold = (node: RootContent | undefined): node is Paragraph =>
    node?.type === 'paragraph' && node.children[0]?.type === 'strong';
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    if (node.type === 'paragraph') {
      if (!opensBold(node)) continue;
      const found = labelled(node, index, () => [node]);
      if (found) starts.push(found);
    } else if (node.type === 'list') {
      const items = (node as List).children;
      items.forEach((item: ListItem, i) => {
        const first = item.children[0];
        if (!opensBold(first)) return;
        // The item's own blocks and the items after it (until the next labelled one) are its content.
        const found = labelled(first, index, () => [first, ...item.children.slice(1), ...items.slice(i + 1)]);
        if (found) starts.push(found);
      });
    }
  }
  starts.sort((a, b) => a.headingSpan.start - b.headingSpan.start);
  // A labelled item's content stops at the next labelled item of the same list.
  starts.forEach((s, i) => {
    const next = starts[i + 1];
    if (s.form === 'bold-label' && next && next.index === s.index)
      s.inner = s.inner.filter((b) => tree.spanOf(b).start < next.headingSpan.start);
  });

  return starts.map((s, i) => {
    const next = starts[i + 1];
    // A heading ends at the next heading as deep or shallower; any section ends where the next begins.
    let endIndex = s.index + 1;
    while (
      endIndex < children.length &&
      !(next && next.index === endIndex) &&
      !(children[endIndex].type === 'heading' && (children[endIndex] as Heading).depth <= s.depth)
    )
      endIndex++;
    const sameBlock = next && next.index === s.index;
    // The next section may start inside the block where this one stops (an item of a later list).
    const partial =
      !sameBlock &&
      next !== undefined &&
      next.index === endIndex &&
      next.headingSpan.start > tree.spanOf(children[endIndex]).start;
    const blocks = [...s.inner, ...(sameBlock ? [] : children.slice(s.index + 1, partial ? endIndex + 1 : endIndex))];
    const end =
      sameBlock || (next && next.index === endIndex)
        ? next!.headingSpan.start
        : endIndex < children.length
          ? tree.spanOf(children[endIndex]).start
          : text.length;
    const contentEnd = trimBack(text, end);
    const hasContent = contentEnd > s.contentStart && /\S/.test(text.slice(s.contentStart, contentEnd));
    const contentSpan: Span = hasContent
      ? { start: firstNonSpace(text, s.contentStart, contentEnd), end: contentEnd }
      : { start: s.headingSpan.end, end: s.headingSpan.end };
    // Only subsections under it (`## Incident` then `### Summary`) is not an empty section either.
    const subsections = next && next.form === 'heading' && next.depth > s.depth && next.index === endIndex;
    const onlyComments =
      blocks.length > 0 && blocks.every((b) => b.type === 'html' && /^<!--[\s\S]*-->$/.test(b.value.trim()));
    const isEmpty = !subsections && (!hasContent || (s.form === 'heading' && onlyComments));
    return {
      section: {
        heading: s.heading,
        canonical: s.match?.canonical,
        role: s.match?.role,
        form: s.form,
        headingSpan: s.headingSpan,
        span: { start: s.headingSpan.start, end: Math.max(s.headingSpan.end, contentEnd) },
        contentSpan,
        isEmpty,
      },
      blocks: s.form === 'heading' ? blocks : blocks.filter((b) => b.type !== 'heading'),
    };
  });
}

/** Whether a line between `from` and `to` starts with a time, as a timeline entry does. */
function entryAfter(text: string, from: number, to: number): boolean {
  const lines = text.slice(text.indexOf('\n', from) + 1, to).split('\n');
  return lines.some((line) => {
    const body = line.replace(/^\s*(?:[-*+]\s+|\d+[.)]\s+|\|\s*)?(?:\*\*|__)?/, '');
    return /^\d/.test(body) && matchEntryTime(body) !== null;
  });
}

function firstNonSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from])) from++;
  return from;
}
