// A postmortems folder's front page is not a postmortem (issue 11): the README or index that
// explains the folder and lists its postmortems sits under the same `files` globs, yet has no
// timeline of its own. Such a page is known by its file name or by being mostly a list of links.
import type { Link, ListItem, Node, Parent, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MarkdownTree } from './markdown';
import { INDEX_PAGE_NAMES } from './vocabulary';

const INDEX_NAMES = new Set(INDEX_PAGE_NAMES);

/** At least this many linking items, and at least this share of all items, make a page a list of links. */
const MIN_LINK_ITEMS = 3;
const LINK_SHARE = 0.5;

/**
 * Whether a page with no section a postmortem has is a folder's front page: named as one (`README.md`,
 * `index.html.md.erb`), or a page whose list items and table rows are mostly links to other pages.
 */
export function isIndexPage(tree: MarkdownTree, path: string | undefined): boolean {
  if (path && INDEX_NAMES.has(stem(path))) return true;
  let items = 0;
  let linking = 0;
  const visit = (node: Node) => {
    if (node.type === 'listItem' || node.type === 'tableRow') {
      items++;
      if (isLinkItem(node as ListItem | TableRow)) linking++;
    }
    // A nested list's items count on their own; a table row's cells are its own text.
    if (node.type !== 'tableRow' && 'children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(tree.root);
  return linking >= MIN_LINK_ITEMS && linking >= items * LINK_SHARE;
}

/** The file name without its extensions: `index.html.md.erb` -> `index`. */
function stem(path: string): string {
  const name = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return name.split('.')[0].toLowerCase();
}

/**
 * A link to another page of the same site (`2024-03-01.md`, `incidents/2024-03-01`): an index
 * links to its postmortems; a postmortem's links go to dashboards, tickets and chats elsewhere.
 */
function isPageLink(url: string): boolean {
  return url !== '' && !url.startsWith('#') && !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('//');
}

/** An item whose words are mostly a link's text: `[Incident on 2024-03-01 - DNS](2024-03-01.md)`. */
function isLinkItem(item: ListItem | TableRow): boolean {
  // Only the item's own paragraph: a nested list below it is counted as items of its own.
  const own = item.type === 'listItem' ? item.children.filter((c) => c.type !== 'list') : item.children;
  const words = own.map((c) => toString(c)).join(' ');
  const total = words.replace(/\s+/g, '').length;
  if (total === 0) return false;
  let linked = 0;
  const visit = (node: Node) => {
    if (node.type === 'link' && isPageLink((node as Link).url)) linked += toString(node).replace(/\s+/g, '').length;
    else if ('children' in node && node.type !== 'list') for (const child of (node as Parent).children) visit(child);
  };
  own.forEach(visit);
  return linked * 2 >= total;
}
