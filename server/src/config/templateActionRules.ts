// What a team's template asks of an action item, as rules on or off: a template whose action items
// carry no owner (no Owner column, no `(owner: ...)`) does not make its postmortems name one, and
// one with no ticket or link asks for none. A template with no action items says nothing.
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readActionItems } from '../postmortem/actionItems';
import type { MarkdownTree } from '../postmortem/markdown';
import { sectionKey } from '../postmortem/text';
import { SECTION_ROLE_VOCABULARY } from '../postmortem/vocabulary';
import type { ConfigInput } from './schema';

const ACTION_NAMES = new Set(
  SECTION_ROLE_VOCABULARY.filter((r) => r.role === 'actions').flatMap((r) => [r.name, ...r.aliases].map(sectionKey)),
);

/** The blocks under the template's corrective-actions heading, up to the next heading as high. */
function actionBlocks(tree: MarkdownTree, nameOf: (heading: string) => string): RootContent[] | undefined {
  const children = tree.root.children;
  const at = children.findIndex((c) => c.type === 'heading' && ACTION_NAMES.has(sectionKey(nameOf(toString(c)))));
  if (at === -1) return undefined;
  const depth = (children[at] as Heading).depth;
  const end = children.findIndex((c, j) => j > at && c.type === 'heading' && c.depth <= depth);
  return children.slice(at + 1, end === -1 ? undefined : end);
}

export function templateActionRules(
  text: string,
  tree: MarkdownTree,
  nameOf: (heading: string) => string,
): ConfigInput['rules'] | undefined {
  const items = readActionItems(text, tree, actionBlocks(tree, nameOf));
  if (items.length === 0) return undefined;
  const rules: Record<string, 'off'> = {};
  if (!items.some((i) => i.owner)) rules['action-item-owner'] = 'off';
  if (!items.some((i) => i.ticket || /\]\(|<https?:/.test(text.slice(i.span.start, i.span.end))))
    rules['action-item-ticket'] = 'off';
  return Object.keys(rules).length ? rules : undefined;
}
