// Which markdown files are postmortems (FORMAT.md section 1): ordinary READMEs must never be.
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MarkdownTree } from './markdown';
import type { Classification, Section } from './model';
import { isIndexPage } from './indexPage';
import { globMatcher } from './pathGlob';
import type { ReaderSettings } from './readerSettings';
import { matchSection } from './sections';
import { swallowedHeadings, unclosedFence } from './unclosedFence';

const globCache = new WeakMap<string[], (path: string) => boolean>();

function pathMatcher(globs: string[]): (path: string) => boolean {
  let matcher = globCache.get(globs);
  if (!matcher) {
    matcher = globMatcher(globs, { dot: true, nocase: true });
    globCache.set(globs, matcher);
  }
  return matcher;
}

/** A team's template is where placeholders belong, so it is never linted as a postmortem by path or content. */
export function isTemplatePath(path: string): boolean {
  const name = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return /template/i.test(name);
}

export function classify(
  tree: MarkdownTree,
  text: string,
  settings: ReaderSettings,
  frontMatterType: unknown,
  path: string | undefined,
  sections: readonly Section[],
  timelineEntries: number,
): Classification {
  if (typeof frontMatterType === 'string') {
    return frontMatterType.trim().toLowerCase().replace(/[-_ ]/g, '') === 'postmortem' ? 'front-matter' : null;
  }
  if (path && isTemplatePath(path)) return null;
  if (path && pathMatcher(settings.files)(path.replace(/\\/g, '/'))) {
    // The folder's README or index lists the postmortems: with no timeline and no section a
    // postmortem has besides a summary, it is the folder's front page, not one of them.
    const postmortemSections = sections.some((s) => s.role !== undefined && s.role !== 'summary');
    return postmortemSections || !isIndexPage(tree, path) ? 'path' : null;
  }
  return hasPostmortemHeadings(tree, text, settings) || hasLabelledTimeline(sections, timelineEntries)
    ? 'content'
    : null;
}

/**
 * A timeline written as a bold label (`- **Key events**` with dated items under it) with entries
 * read from it, and another section besides the summary: a bold "Timeline:" in a README's
 * prose, with nothing timed under it, does not make it a postmortem.
 */
function hasLabelledTimeline(sections: readonly Section[], timelineEntries: number): boolean {
  return (
    timelineEntries > 0 &&
    sections.some((s) => s.role === 'timeline') &&
    sections.some((s) => s.role !== undefined && s.role !== 'timeline' && s.role !== 'summary')
  );
}

/**
 * A timeline and another configured section besides the summary, which any document may have.
 * The headings a never-closed code fence swallowed count: the file is the postmortem its author
 * wrote, and unclosed-code-fence says where the fence opens.
 */
function hasPostmortemHeadings(tree: MarkdownTree, text: string, settings: ReaderSettings): boolean {
  let hasTimeline = false;
  let hasOther = false;
  for (const heading of headings(tree, text)) {
    if (heading.depth > 3) continue;
    const match = matchSection(heading.text, settings);
    if (match?.role === 'timeline') hasTimeline = true;
    else if (match && match.role !== 'summary') hasOther = true;
    if (hasTimeline && hasOther) return true;
  }
  return hasTimeline && hasOther;
}

/** The top-level headings, then those an unclosed fence at the end of the file holds. */
function* headings(tree: MarkdownTree, text: string): Generator<{ depth: number; text: string }> {
  for (const node of tree.root.children)
    if (node.type === 'heading') yield { depth: (node as Heading).depth, text: toString(node) };
  const open = unclosedFence(tree, text);
  if (open) yield* swallowedHeadings(open);
}
