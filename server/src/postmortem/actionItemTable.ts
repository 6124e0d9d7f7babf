// Action items written as a table: Google's `Action Item | Type | Owner | Bug`, GitLab's issue link,
// owner and due date, a `Status` column. Columns are found by what their header means, in any
// order; the rest of a row (a Notes cell saying `Done`) is read for a status too.
import type { Table, TableCell } from 'mdast';
import type { ActionColumn, ActionType } from './vocabulary';
import { ACTION_ITEM_WORDS } from './vocabulary';
import type { ActionItemFields, ReadLine } from './actionItemFields';
import { isEmptyValue, readLine, statusOf, typeOf, wordKey } from './actionItemFields';
import { readDueDate } from './dueDates';
import type { Definitions, InlineText } from './inlineText';
import { inlineText, spanIn } from './inlineText';
import type { MarkdownTree } from './markdown';
import type { ActionItem, ActionItemField } from './model';

/** Lower case, punctuation as spaces, words singular: `Bug/Ticket` -> `bug ticket`, `Owners` -> `owner`. */
function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

const COLUMNS = ACTION_ITEM_WORDS.columns;
/** When no header is a column's name exactly, a word of it decides, most specific meaning first. */
const WORD_ORDER: ActionColumn[] = ['ticket', 'owner', 'due', 'status', 'type', 'priority', 'action'];

function columnOf(header: string): ActionColumn | undefined {
  const key = headerKey(header);
  if (!key) return undefined;
  const exact = (Object.keys(COLUMNS) as ActionColumn[]).find((c) => (COLUMNS[c] as readonly string[]).includes(key));
  if (exact) return exact;
  const words = ` ${key} `;
  return WORD_ORDER.find((c) => (COLUMNS[c] as readonly string[]).some((w) => words.includes(` ${w} `)));
}

/** Each column's meaning; the first column of a meaning wins, and the action is the first unnamed column when none is named. */
export function tableColumns(headers: string[]): (ActionColumn | undefined)[] {
  const taken = new Set<ActionColumn>();
  const columns = headers.map((h) => {
    const c = columnOf(h);
    if (!c || taken.has(c)) return undefined;
    taken.add(c);
    return c;
  });
  if (!taken.has('action')) {
    const free = columns.findIndex((c, i) => c === undefined && headerKey(headers[i]) !== 'note');
    if (free !== -1) columns[free] = 'action';
  }
  return columns;
}

const CHECKBOX = /^\s*\[([ xX])\]\s*/;

function cellStatus(cell: InlineText): ActionItemFields['status'] {
  const box = CHECKBOX.exec(cell.plain);
  const text = cell.plain.trim();
  const status = box ? (box[1] === ' ' ? 'open' : 'done') : (statusOf(text) ?? statusOf(text.split(/[\s(]/)[0]));
  if (!status) return undefined;
  const start = cell.plain.indexOf(text);
  const end = box ? box.index + box[0].trimEnd().length : start + text.length;
  return {
    value: status,
    text: cell.plain.slice(box ? box.index : start, end).trim(),
    span: spanIn(cell, box?.index ?? start, end),
  };
}

function wholeCell<T>(cell: InlineText, value: T): ActionItemField<T> {
  const text = cell.plain.trim();
  const start = cell.plain.indexOf(text);
  return { value, text, span: spanIn(cell, start, start + text.length) };
}

export function readTableItems(
  table: Table,
  tree: MarkdownTree,
  definitions: Definitions,
  groupType: ActionItemField<ActionType> | undefined,
  incidentDate: string | undefined,
): ActionItem[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const inline = (cell: TableCell | undefined) => inlineText(cell?.children ?? [], tree, definitions);
  const columns = tableColumns(header.children.map((c) => inline(c).plain.trim()));
  const items: ActionItem[] = [];
  for (const row of rows) {
    const cells = columns.map((_, i) => inline(row.children[i]));
    const cellOf = (c: ActionColumn) => {
      const i = columns.indexOf(c);
      return i === -1 ? undefined : cells[i];
    };
    const actionCell = cellOf('action');
    const action: ReadLine | undefined = actionCell ? readLine(actionCell, incidentDate) : undefined;
    const fields: ActionItemFields = {};

    const owner = cellOf('owner');
    if (owner && !isEmptyValue(owner.plain)) fields.owner = wholeCell(owner, owner.plain.trim().replace(/\s+/g, ' '));

    const ticket = cellOf('ticket');
    if (ticket) {
      // Google's Bug cell also holds the status (`Bug 5554823 **TODO**`): the ticket is what is left.
      const read = readLine(ticket, incidentDate);
      const link = ticket.links[0];
      if (read.status) fields.status = read.status;
      if (link) fields.ticket = { ...wholeCell(ticket, link.url), url: link.url };
      else if (read.ticket) fields.ticket = read.ticket;
      else if (read.text && !isEmptyValue(read.text))
        fields.ticket = { value: read.text, text: read.text, span: read.textSpan };
    }

    const due = cellOf('due');
    if (due && !isEmptyValue(due.plain)) fields.due = wholeCell(due, readDueDate(due.plain, incidentDate));

    const status = cellOf('status');
    if (status) fields.status = cellStatus(status) ?? fields.status;
    // Any other cell that is nothing but a status or a checkbox (a Notes cell saying `Done`).
    for (const [i, cell] of cells.entries()) {
      if (fields.status || columns[i] !== undefined) continue;
      fields.status = cellStatus(cell);
    }

    const type = cellOf('type');
    const typeValue = type && (typeOf(type.plain) ?? typeOf(type.plain.trim().split(/[\s/,]/)[0]));
    if (type && typeValue) fields.type = wholeCell(type, typeValue);

    const priority = cellOf('priority');
    if (priority && !isEmptyValue(priority.plain))
      fields.priority = wholeCell(priority, wordKey(priority.plain).toUpperCase());

    const merged: ActionItemFields = { ...pickFields(action), ...definedFields(fields) };
    if (!merged.type && groupType) merged.type = groupType;
    let text = action?.text ?? '';
    let textSpan = action?.textSpan ?? tree.spanOf(row);
    // GitLab's table may have no action column, only the issue: its link's words are the action.
    if (!text && ticket) {
      const label = ticket.links[0] ? ticket.plain.slice(ticket.links[0].start, ticket.links[0].end).trim() : '';
      text = label || merged.ticket?.text || '';
      textSpan = merged.ticket?.span ?? textSpan;
    }
    if (!text && !merged.ticket) continue;
    items.push({ span: tree.spanOf(row), text, textSpan, ...merged, form: 'table' });
  }
  return items;
}

function pickFields(line: ReadLine | undefined): ActionItemFields {
  if (!line) return {};
  const { owner, ticket, due, status, type, priority } = line;
  return definedFields({ owner, ticket, due, status, type, priority });
}

function definedFields(fields: ActionItemFields): ActionItemFields {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as ActionItemFields;
}
