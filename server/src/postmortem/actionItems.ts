// The action items of the corrective-actions section, whatever the team calls it: list items
// (`- [ ] ...`, numbered, nested), table rows (tableItems.ts), and subheadings that are actions
// themselves (`### 2) Better alerting on CPU load @dma [detect]`). A subheading or a parent item
// that only groups items (`### Detection`, `- Process:`) gives them its type. Prose is not read.
import type { Heading, List, ListItem, Paragraph, RootContent } from 'mdast';
import type { ActionType } from './vocabulary';
import type { ActionItemFields, ReadLine } from './actionItemFields';
import { readLine, typeOf, wordKey } from './actionItemFields';
import { readTableItems } from './actionItemTable';
import type { Definitions } from './inlineText';
import { definitionsOf, inlineText } from './inlineText';
import type { MarkdownTree } from './markdown';
import type { ActionItem, ActionItemField, Span } from './model';

interface Context {
  tree: MarkdownTree;
  text: string;
  definitions: Definitions;
  incidentDate?: string;
}

/** `### Prevention`, `### Detection actions`: a heading that names a type and nothing else. */
function groupTypeOf(words: string): ActionType | undefined {
  const key = wordKey(words)
    .replace(/^\d+[.)]\s*/, '')
    .replace(/\s+(?:actions?|action items?|items?|measures?|steps?|improvements?|tasks?)$/, '');
  return typeOf(key) ?? typeOf(key.replace(/s$/, ''));
}

export function readActionItems(
  text: string,
  tree: MarkdownTree,
  blocks: readonly RootContent[] | undefined,
  incidentDate?: string,
): ActionItem[] {
  if (!blocks?.length) return [];
  const ctx: Context = { tree, text, definitions: definitionsOf(tree), incidentDate };
  const items: ActionItem[] = [];
  let groupType: ActionItemField<ActionType> | undefined;
  let groupDepth = Infinity;
  for (const [i, block] of blocks.entries()) {
    if (block.type === 'heading') {
      if (block.depth <= groupDepth) groupType = undefined;
      const inline = inlineText(block.children, tree, ctx.definitions);
      const type = groupTypeOf(inline.plain);
      if (type) {
        groupType = { value: type, text: inline.plain.trim(), span: tree.spanOf(block) };
        groupDepth = block.depth;
        continue;
      }
      // A heading over a list or table groups them; one over prose is an action of its own.
      if (!holdsItems(blocks, i)) {
        const item = headingItem(block, ctx, groupType);
        if (item) items.push(item);
      }
    } else if (block.type === 'list') {
      items.push(...readList(block, ctx, groupType));
    } else if (block.type === 'table') {
      items.push(...readTableItems(block, tree, ctx.definitions, groupType, incidentDate));
    }
  }
  return items;
}

function holdsItems(blocks: readonly RootContent[], headingIndex: number): boolean {
  const depth = (blocks[headingIndex] as Heading).depth;
  for (let j = headingIndex + 1; j < blocks.length; j++) {
    const b = blocks[j];
    if (b.type === 'heading' && b.depth <= depth) return false;
    if (b.type === 'list' || b.type === 'table') return true;
  }
  return false;
}

function headingItem(
  heading: Heading,
  ctx: Context,
  groupType: ActionItemField<ActionType> | undefined,
): ActionItem | undefined {
  const inline = inlineText(heading.children, ctx.tree, ctx.definitions);
  // `1) Reduce streaming processes`: the number orders the list, it is not the action.
  const numbered = /^\s*\d+[.)]\s+/.exec(inline.plain);
  if (numbered) {
    inline.plain = ' '.repeat(numbered[0].length) + inline.plain.slice(numbered[0].length);
  }
  const line = readLine(inline, ctx.incidentDate);
  return toItem(ctx.tree.spanOf(heading), line, {}, groupType, 'heading');
}

function readList(list: List, ctx: Context, groupType: ActionItemField<ActionType> | undefined): ActionItem[] {
  return list.children.flatMap((item) => readListItem(item, ctx, groupType));
}

function readListItem(item: ListItem, ctx: Context, groupType: ActionItemField<ActionType> | undefined): ActionItem[] {
  const [head, ...rest] = item.children;
  const headInline = head?.type === 'paragraph' ? inlineText(head.children, ctx.tree, ctx.definitions) : undefined;
  const line: ReadLine = headInline
    ? readLine(headInline, ctx.incidentDate)
    : { text: '', textSpan: { start: ctx.tree.spanOf(item).start, end: ctx.tree.spanOf(item).start } };
  const fields: ActionItemFields = {};
  const checkbox = checkboxOf(item, ctx);
  if (checkbox) fields.status = checkbox;
  else if (headInline?.struck) {
    fields.status = { value: 'done', text: '~~', span: ctx.tree.spanOf(head as Paragraph) };
  }

  // Paragraphs and nested items that are nothing but fields (`Owner: Dana`, a bare issue link) belong to the item.
  const nested: ListItem[] = [];
  for (const block of rest) {
    if (block.type === 'paragraph') {
      const read = readLine(inlineText(block.children, ctx.tree, ctx.definitions), ctx.incidentDate);
      if (!read.text) mergeFields(fields, read);
    } else if (block.type === 'list') {
      for (const child of block.children) {
        const read = fieldsOnly(child, ctx);
        if (read) mergeFields(fields, read);
        else nested.push(child);
      }
    }
  }

  const ownType = line.type ?? fields.type;
  const hasFields = [
    line.owner,
    line.ticket,
    line.due,
    line.status,
    fields.owner,
    fields.ticket,
    fields.due,
    fields.status,
  ].some((f) => f !== undefined);
  if (nested.length > 0 && !checkbox && !hasFields) {
    // `- Monitoring:` over its items: a group, whose name may be their type.
    const type = groupTypeOf(line.text.replace(/:$/, ''));
    const inherited: ActionItemField<ActionType> | undefined =
      ownType ?? (type && headInline ? { value: type, text: line.text, span: line.textSpan } : groupType);
    return nested.flatMap((child) => readListItem(child, ctx, inherited));
  }
  const own = toItem(ctx.tree.spanOf(item), line, fields, groupType, 'list');
  const children = nested.flatMap((child) => readListItem(child, ctx, ownType ?? groupType));
  return own ? [own, ...children] : children;
}

/** A nested item that only holds fields, or undefined. */
function fieldsOnly(item: ListItem, ctx: Context): ReadLine | undefined {
  const [head, ...rest] = item.children;
  if (head?.type !== 'paragraph' || rest.length > 0 || (item.checked !== null && item.checked !== undefined))
    return undefined;
  const read = readLine(inlineText(head.children, ctx.tree, ctx.definitions), ctx.incidentDate);
  const any = read.owner || read.ticket || read.due || read.status || read.type;
  return !read.text && any ? read : undefined;
}

function mergeFields(into: ActionItemFields, from: ActionItemFields): void {
  into.owner ??= from.owner;
  into.ticket ??= from.ticket;
  into.due ??= from.due;
  into.status ??= from.status;
  into.type ??= from.type;
  into.priority ??= from.priority;
}

/** remark-gfm reads `[x]` into `checked`; the marker's place is found in the text. */
function checkboxOf(item: ListItem, ctx: Context): ActionItemFields['status'] {
  if (item.checked === null || item.checked === undefined) return undefined;
  const start = ctx.tree.spanOf(item).start;
  const m = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(\[[ xX]\])/.exec(ctx.text.slice(start, start + 40));
  const at = m ? start + m[0].length - m[1].length : start;
  return {
    value: item.checked ? 'done' : 'open',
    text: m?.[1] ?? (item.checked ? '[x]' : '[ ]'),
    span: { start: at, end: at + 3 },
  };
}

function toItem(
  span: Span,
  line: ReadLine,
  extra: ActionItemFields,
  groupType: ActionItemField<ActionType> | undefined,
  form: ActionItem['form'],
): ActionItem | undefined {
  const fields: ActionItemFields = {};
  mergeFields(fields, extra.status ? { status: extra.status } : {});
  mergeFields(fields, line);
  mergeFields(fields, extra);
  if (!fields.type && groupType) fields.type = groupType;
  let { text, textSpan } = line;
  // A bare issue link is the whole item (PagerDuty's list of tickets): its address stands for the action.
  if (!text && fields.ticket) ({ text, span: textSpan } = fields.ticket);
  if (!text) return undefined;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return { span, text, textSpan, ...defined, form } as ActionItem;
}
