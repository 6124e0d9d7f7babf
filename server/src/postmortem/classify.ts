// Which markdown files are postmortems (FORMAT.md section 1): ordinary READMEs must never be.
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Config } from '../config/schema';
import type { MarkdownTree } from './markdown';
import type { Classification } from './model';
import { globMatcher } from './pathGlob';
import { matchSection } from './sections';

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
  config: Config,
  frontMatterType: unknown,
  path: string | undefined,
): Classification {
  if (typeof frontMatterType === 'string') {
    return frontMatterType.trim().toLowerCase().replace(/[-_ ]/g, '') === 'postmortem' ? 'front-matter' : null;
  }
  if (path && isTemplatePath(path)) return null;
  if (path && pathMatcher(config.files)(path.replace(/\\/g, '/'))) return 'path';
  return hasPostmortemHeadings(tree, config) ? 'content' : null;
}

function hasPostmortemHeadings(tree: MarkdownTree, config: Config): boolean {
  const timeline = config.sections.find((s) => /^timeline$/i.test(s.name))?.name ?? 'Timeline';
  const summary = config.sections[0]?.name;
  let hasTimeline = false;
  let hasOther = false;
  for (const node of tree.root.children) {
    if (node.type !== 'heading' || (node as Heading).depth > 3) continue;
    const canonical = matchSection(toString(node), config);
    if (canonical === timeline) hasTimeline = true;
    else if (canonical && canonical !== summary) hasOther = true;
    if (hasTimeline && hasOther) return true;
  }
  return hasTimeline && hasOther;
}
