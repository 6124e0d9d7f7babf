// The team's template, reduced to the prose lines a writer is meant to replace. Lines every
// postmortem keeps (headings, timezone declarations, bare labels) are left out.
import type { Node } from 'mdast';
import { parseMarkdown } from '../postmortem/markdown';
import { linesIn, normaliseProse, withLoneCrAsLf } from '../postmortem/text';
import { findTimezoneDeclaration } from '../postmortem/zones';
import { declineReason } from './decline';

/**
 * The blocks of the last few templates, newest last: pure memoisation by text, so documents of
 * folders with different templates, analysed in turn, do not parse each template again.
 */
const memo = new Map<string, ReadonlySet<string>>();
const MEMO_SIZE = 8;
const EMPTY: ReadonlySet<string> = new Set();

/** Below this many letters a line is too generic (`- ...`, `N/A`) to call a leftover. */
const MIN_LETTERS = 12;

export function isTemplateCandidate(normalised: string): boolean {
  if ((normalised.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return false;
  if (findTimezoneDeclaration(normalised)) return false;
  // `Incident Leader:` or `MTTD: 00:10` are labels and values the document is meant to keep or fill.
  if (/^[^:]{1,40}:\s*\S{0,12}$/.test(normalised)) return false;
  return true;
}

export function templateBlocks(template: string | undefined): ReadonlySet<string> {
  if (!template) return EMPTY;
  const known = memo.get(template);
  if (known) return known;
  const blocks = readTemplate(withLoneCrAsLf(template));
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(template, blocks);
  return blocks;
}

/**
 * A template is guarded as a document is: one the core would decline (a paragraph of
 * thousands of lines, a binary file, over 2 MB) gives no blocks, so the placeholder rule has
 * nothing to compare with, rather than every postmortem beside it taking seconds.
 */
function readTemplate(template: string): ReadonlySet<string> {
  if (declineReason(template)) return EMPTY;
  const tree = parseMarkdown(template);
  const blocks = new Set<string>();
  const visit = (node: Node & { children?: Node[] }) => {
    if (node.type === 'paragraph' || node.type === 'tableRow') {
      for (const line of linesIn(template, tree.spanOf(node))) {
        const text = normaliseProse(template.slice(line.start, line.end));
        if (isTemplateCandidate(text)) blocks.add(text);
      }
      return;
    }
    if (node.type === 'heading' || node.type === 'code' || node.type === 'yaml' || (node.type as string) === 'toml')
      return;
    node.children?.forEach(visit);
  };
  visit(tree.root);
  return blocks;
}
