import type { Nodes } from 'mdast';
import type { MarkdownTree } from '../../postmortem/markdown';
import type { ActionItem, Span } from '../../postmortem/model';
import { VAGUE_ACTION_VOCABULARY } from '../../postmortem/vocabulary';
import type { Rule } from '../rule';
import { isSettled, quoted } from '../actionItemFacts';
import { escapeRegExp } from '../../postmortem/text';

const words = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
// "We should investigate ...", "Need to make sure ...": the same intention, said politely.
const POLITE = String.raw`(?:(?:${words(VAGUE_ACTION_VOCABULARY.politeSubjects)})\s+)?(?:${words(VAGUE_ACTION_VOCABULARY.politeModals)})\s+`;
const OPENING = new RegExp(
  String.raw`^(?:${POLITE})?(${words(VAGUE_ACTION_VOCABULARY.openings)})(?![\p{L}\p{N}])`,
  'iu',
);
const GOAL = new RegExp(
  String.raw`^(?:${POLITE})?(${words(VAGUE_ACTION_VOCABULARY.goals)})` +
    String.raw`(?:\s+(?:${words(VAGUE_ACTION_VOCABULARY.goalLinks)})\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})?\s*[.!]?$`,
  'iu',
);

/** The phrase that makes the action vague, as written, and how far into the action it ends. */
function vaguePhrase(item: ActionItem): { phrase: string; end: number } | undefined {
  const m = OPENING.exec(item.text) ?? GOAL.exec(item.text);
  return m ? { phrase: m[1].replace(/\s+/g, ' '), end: m.index + m[0].length } : undefined;
}

/** Whether inline code covers any of `span`: `investigate` in backticks is a name, not an intention. */
function inCode(tree: MarkdownTree, node: Nodes, span: Span): boolean {
  const at = tree.spanOf(node);
  if (at.end <= span.start || at.start >= span.end) return false;
  if (node.type === 'inlineCode' || node.type === 'code') return true;
  return 'children' in node && node.children.some((child) => inCode(tree, child, span));
}

export const actionItemVague: Rule = {
  code: 'PM305',
  name: 'action-item-vague',
  description:
    'An action item that can never be finished: it names an intention ("investigate", "improve monitoring"), not a change.',
  defaultSeverity: 'warning',
  check(pm, ctx) {
    return pm.actionItems.flatMap((item) => {
      if (isSettled(item)) return [];
      const vague = vaguePhrase(item);
      if (!vague) return [];
      const phraseSpan = { start: item.textSpan.start, end: item.textSpan.start + vague.end };
      if (inCode(ctx.markdown, ctx.markdown.root, phraseSpan)) return [];
      return [
        {
          message:
            `${quoted(item)} can never be finished ("${vague.phrase.toLowerCase()}" is an intention, not a change): ` +
            'name the concrete change, who owns it and how to tell it is done, ' +
            'e.g. "Alert when checkout errors exceed 2% for 5 minutes (owner: @dana, OPS-123)".',
          span: item.textSpan,
        },
      ];
    });
  },
};
