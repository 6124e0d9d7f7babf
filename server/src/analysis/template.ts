// The team's template, reduced to the prose lines a writer is meant to replace. Lines every
// postmortem keeps (headings, timezone declarations, bare labels) are left out.
import type { Node } from 'mdast';
import { parseMarkdown } from '../postmortem/markdown';
import { linesIn, normaliseProse } from '../postmortem/text';
import { findTimezoneDeclaration } from '../postmortem/zones';

let memo: { text: string; blocks: ReadonlySet<string> } | undefined;
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
  if (memo?.text === template) return memo.blocks;
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
  memo = { text: template, blocks };
  return blocks;
}
