import type { Nodes } from 'mdast';
import type { MarkdownTree } from '../../postmortem/markdown';
import { topBlocksOverlapping } from '../../postmortem/markdown';
import type { Span } from '../../postmortem/model';
import type { Rule } from '../rule';
import { isSettled, quoted } from '../actionItemFacts';

/** Whether a link (not an email address) lies inside `span`: a tracker the reader does not know still tracks. */
function linksWithin(tree: MarkdownTree, node: Nodes, span: Span): boolean {
  const at = tree.spanOf(node);
  if (at.end <= span.start || at.start >= span.end) return false;
  if (node.type === 'link' || node.type === 'linkReference') {
    const inside = at.start >= span.start && at.end <= span.end;
    if (inside && (node.type === 'linkReference' || !/^mailto:/i.test(node.url))) return true;
  }
  return 'children' in node && node.children.some((child) => linksWithin(tree, child, span));
}

export const actionItemTicket: Rule = {
  code: 'PM303',
  name: 'action-item-ticket',
  description: 'An action item that is not done has no ticket or link to where it is tracked.',
  defaultSeverity: 'information',
  check(pm, ctx) {
    return pm.actionItems
      .filter(
        (item) =>
          !item.ticket &&
          !isSettled(item) &&
          !topBlocksOverlapping(ctx.markdown, item.span).some((block) => linksWithin(ctx.markdown, block, item.span)),
      )
      .map((item) => ({
        message: `No ticket for ${quoted(item)}: link the issue that tracks it, or write its key (OPS-123), so it is followed up after the review.`,
        span: item.textSpan,
      }));
  },
};
