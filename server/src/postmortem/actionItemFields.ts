// What one line of an action item says besides the action: its owner (`Owner: Dana`, `(owner: @dana)`,
// `@dana`), ticket (a tracker link, `ABC-123`, `#123`, `Bug 5554823`), due date (`due 2024-05-01`),
// status (`TODO:`, `(DONE)`, `[done]`, `Status: in progress`), type (`[prevent]`, `Detection: ...`)
// and priority (`**HIGH**`, `[P1]`). Each is matched on the line's plain text and located in the
// document; what is left, trimmed, is the action.
import type { ActionStatus, ActionType } from './vocabulary';
import { ACTION_ITEM_WORDS } from './vocabulary';
import { leadingDueDate, readDueDate } from './dueDates';
import type { InlineText } from './inlineText';
import { spanIn } from './inlineText';
import type { ActionItemField, ActionItemFields, Span } from './model';
import { escapeRegExp } from './text';

export type { ActionItemFields };

export interface ReadLine extends ActionItemFields {
  /** The action left once the fields are taken out; empty when the line is nothing but fields. */
  text: string;
  textSpan: Span;
}

const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');

/** Lower case, emphasis, quotes and closing punctuation gone, spaces collapsed: how words are looked up. */
export function wordKey(s: string): string {
  return s
    .replace(/[*_`~]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[.:;,!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const STATUS_BY_WORD = new Map<string, ActionStatus>(
  Object.entries(ACTION_ITEM_WORDS.statuses).flatMap(([status, words]) =>
    words.map((w) => [w, status as ActionStatus] as const),
  ),
);
const TYPE_BY_WORD = new Map<string, ActionType>(
  Object.entries(ACTION_ITEM_WORDS.types).flatMap(([type, words]) =>
    words.map((w) => [w, type as ActionType] as const),
  ),
);
const PRIORITIES = new Set<string>(ACTION_ITEM_WORDS.priorities);
const EMPTY = new Set<string>(ACTION_ITEM_WORDS.emptyValues);

export const statusOf = (s: string): ActionStatus | undefined => STATUS_BY_WORD.get(wordKey(s));
export const typeOf = (s: string): ActionType | undefined => TYPE_BY_WORD.get(wordKey(s));
export const isEmptyValue = (s: string): boolean => EMPTY.has(wordKey(s));

export function isTicketUrl(url: string): boolean {
  return ACTION_ITEM_WORDS.ticketUrlPaths.some((p) => p.test(url));
}

const NOT_TICKETS = new Set<string>(ACTION_ITEM_WORDS.notTicketPrefixes);
const KEY = /(?<![\w/#.-])([A-Z][A-Z0-9]{1,9})-([1-9]\d*)(?![\w-])/g;
const HASH = /(?<![\w&#/])#(\d+)\b/g;
const BUG_NUMBER = /(?<![\w/])(?:bug|b)\s?[/ ]\s?\d{4,}\b/gi;

/** A ticket key written alone: `ABC-123`, `#123`, `Bug 5554823`, `b/123456`. */
export function isTicketKey(s: string): boolean {
  const t = s.trim();
  return [KEY, HASH, BUG_NUMBER].some((p) => new RegExp(`^(?:${p.source})$`, p.flags.replace('g', '')).test(t));
}

function keysIn(plain: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const m of plain.matchAll(KEY)) {
    if (!NOT_TICKETS.has(m[1])) found.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const p of [HASH, BUG_NUMBER]) {
    for (const m of plain.matchAll(p)) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

const LABELS = ACTION_ITEM_WORDS.labels;
const ALL_LABELS = alternation(Object.values(LABELS).flat());
// Labels of more than one word read without a colon too: `assigned to Dana`, `due by May 1`.
const LABELLED = new RegExp(String.raw`(?<![\p{L}\p{N}])(${ALL_LABELS})(\s*[:=]\s*|\s+(?=\S))`, 'giu');
const NEXT_LABEL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ALL_LABELS})\s*[:=]`, 'iu');
// `(owner: Dana, due May 1)`, `(owner: Dana, OPS-12)`: a comma before another field or a ticket ends the value.
const AFTER_COMMA = new RegExp(String.raw`,\s*(?:${ALL_LABELS}|due|by)(?![\p{L}\p{N}])`, 'iu');
const COMMA_TICKET = /,\s*(?:[A-Z][A-Z0-9]{1,9}-[1-9]\d*(?![\w-])|#\d+\b|https?:\/\/)/;
const BRACKETED = /[[(]\s*([^[\]()\n]{1,80}?)\s*[\])]/g;
const CAPITAL_STATUS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${Object.keys(ACTION_ITEM_WORDS.capitalStatuses).join('|')})(?![\p{L}\p{N}])`,
  'gu',
);
const HANDLE = /(?<![\w.@/`])@([A-Za-z0-9](?:[\w.-]*[\w])?)(?![\w@/])/g;
const SEPARATOR = /[\s.,;:()[\]|–—-]/;
const STOP = /[;)\]|\n(]|\s[-–—]\s/;

type Kind = keyof typeof LABELS;

function labelKind(label: string): Kind {
  const key = label.toLowerCase().replace(/\s+/g, ' ');
  return (Object.keys(LABELS) as Kind[]).find((k) => (LABELS[k] as readonly string[]).includes(key)) ?? 'owner';
}

export function readLine(inline: InlineText, incidentDate?: string): ReadLine {
  const { plain } = inline;
  const used = new Uint8Array(plain.length);
  /** Ranges that leave the action, and ranges that leave it only when nothing but fields follows them. */
  const always: [number, number][] = [];
  const trailing: [number, number][] = [];
  const fields: ActionItemFields = {};
  const free = (start: number, end: number) => used.subarray(start, end).every((u) => u === 0);
  const take = (start: number, end: number, removal: 'always' | 'trailing' | 'keep') => {
    used.fill(1, start, end);
    if (removal === 'always') always.push([start, end]);
    else if (removal === 'trailing') trailing.push([start, end]);
  };
  const field = <T>(value: T, start: number, end: number): ActionItemField<T> => ({
    value,
    text: plain.slice(start, end).trim(),
    span: spanIn(inline, start, end),
  });
  const linkAt = (start: number, end: number) => inline.links.find((l) => l.start < end && l.end > start);

  // Labelled values first: they hold handles, links and dates that are theirs.
  for (const m of plain.matchAll(LABELLED)) {
    const valueStart = m.index + m[0].length;
    if (!free(m.index, valueStart) || (!/[:=]/.test(m[2]) && !/\s/.test(m[1]))) continue;
    const rest = plain.slice(valueStart);
    const next = NEXT_LABEL.exec(rest);
    const stop = STOP.exec(rest);
    const comma = [AFTER_COMMA.exec(rest), COMMA_TICKET.exec(rest)]
      .filter((m) => m !== null)
      .sort((x, y) => x.index - y.index)[0];
    let valueEnd =
      valueStart + Math.min(next?.index ?? rest.length, stop?.index ?? rest.length, comma?.index ?? rest.length);
    while (valueEnd > valueStart && /[\s,.]/.test(plain[valueEnd - 1])) valueEnd--;
    const value = plain.slice(valueStart, valueEnd);
    const kind = labelKind(m[1]);
    let start = m.index;
    let end = valueEnd;
    // `(owner: Dana)` goes with its brackets.
    const open = plain.slice(0, start).search(/[([]\s*$/);
    if (open !== -1 && /^\s*[)\]]/.test(plain.slice(end))) {
      start = open;
      end += /^\s*[)\]]/.exec(plain.slice(end))?.[0].length ?? 0;
    }
    if (kind === 'status' || kind === 'type') {
      const status = kind === 'status' ? statusOf(value) : undefined;
      const type = kind === 'type' ? typeOf(value) : undefined;
      if (!status && !type) continue;
      if (status && !fields.status) fields.status = field(status, valueStart, valueEnd);
      if (type && !fields.type) fields.type = field(type, valueStart, valueEnd);
    } else if (kind === 'ticket') {
      const link = linkAt(valueStart, valueEnd);
      if (!link && !isTicketKey(value) && !/^https?:\/\//.test(value)) continue;
      if (!fields.ticket) fields.ticket = { ...field(link?.url ?? value.trim(), valueStart, valueEnd), url: link?.url };
    } else if (kind === 'due') {
      if (!value) continue;
      if (!fields.due) fields.due = field(readDueDate(value, incidentDate), valueStart, valueEnd);
    } else if (!isEmptyValue(value) && !fields.owner) {
      fields.owner = field(value.trim(), valueStart, valueEnd);
    } else if (!value) continue;
    take(start, end, 'always');
  }

  // `(DONE)`, `[prevent]`, `[P1]`.
  for (const m of plain.matchAll(BRACKETED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end) || linkAt(start, end)) continue;
    const inner = m[1];
    const innerStart = start + m[0].indexOf(inner);
    // `(Done as of 2021-06-30)` at the end says the status too.
    const leading = /^[\p{L}'’]+(?:\s[\p{L}]+)?/u.exec(inner)?.[0] ?? '';
    const status =
      statusOf(inner) ??
      (onlySeparatorsAfter(plain, end) ? (statusOf(leading) ?? statusOf(leading.split(' ')[0])) : undefined);
    const type = typeOf(inner);
    const priority = PRIORITIES.has(wordKey(inner));
    if (status && !fields.status) fields.status = field(status, innerStart, innerStart + inner.length);
    else if (type && !fields.type) fields.type = field(type, innerStart, innerStart + inner.length);
    else if (priority && !fields.priority)
      fields.priority = field(wordKey(inner).toUpperCase(), innerStart, innerStart + inner.length);
    else continue;
    take(start, end, 'always');
  }

  // Leading `HIGH`, `P1:`, `TODO:`, `Prevention:`, in any order.
  for (let at = 0; at < plain.length;) {
    if (/\s/.test(plain[at]) || used[at]) {
      at++;
      continue;
    }
    const m = /^([\p{L}\p{N}]+)(\s*[:–—-]\s*|\s+|$)/u.exec(plain.slice(at));
    if (!m) break;
    const word = m[1];
    const colon = /[:–—-]/.test(m[2]);
    const capital = word === word.toUpperCase() && /\p{Lu}/u.test(word);
    const wordEnd = at + word.length;
    const end = at + m[0].length;
    const capitalStatus = ACTION_ITEM_WORDS.capitalStatuses[word as keyof typeof ACTION_ITEM_WORDS.capitalStatuses];
    if (PRIORITIES.has(word.toLowerCase()) && (capital || colon) && !fields.priority) {
      fields.priority = field(word.toUpperCase(), at, wordEnd);
    } else if (capital && capitalStatus && !fields.status) {
      fields.status = field<ActionStatus>(capitalStatus, at, wordEnd);
    } else if (colon && typeOf(word) && !fields.type) {
      fields.type = field(typeOf(word) as ActionType, at, wordEnd);
    } else break;
    take(at, end, 'always');
    at = end;
  }

  // `DONE` anywhere else, in capitals.
  for (const m of plain.matchAll(CAPITAL_STATUS)) {
    const end = m.index + m[0].length;
    if (fields.status || !free(m.index, end)) continue;
    fields.status = field(
      ACTION_ITEM_WORDS.capitalStatuses[m[1] as keyof typeof ACTION_ITEM_WORDS.capitalStatuses],
      m.index,
      end,
    );
    take(m.index, end, 'trailing');
  }

  // `due 2024-05-01`, `by May 1`: a date after `due` or `by` is the due date.
  for (const m of plain.matchAll(/(?<![\p{L}\p{N}])(?:due|by)\s+/giu)) {
    const valueStart = m.index + m[0].length;
    if (fields.due || !free(m.index, valueStart)) continue;
    const date = leadingDueDate(plain.slice(valueStart), incidentDate);
    // `by` alone is too common a word: only a written-out date makes it a due date.
    if (!date || (/^by/i.test(m[0]) && !/\d/.test(plain.slice(valueStart, valueStart + date.length)))) continue;
    // `(owner: Dana, due 2024-05-01)`: the bracket is taken out with the date but is not part of it.
    const written = plain.slice(valueStart, valueStart + date.length).replace(/[)\]]+$/, '').length;
    fields.due = field<string | null>(date.date, valueStart, valueStart + (written || date.length));
    take(m.index, valueStart + date.length, 'trailing');
  }

  for (const m of plain.matchAll(HANDLE)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end) || linkAt(m.index, end)?.url.startsWith('mailto:')) continue;
    if (!fields.owner) fields.owner = field(m[0], m.index, end);
    take(m.index, end, 'trailing');
  }

  for (const link of inline.links) {
    if (!free(link.start, link.end)) continue;
    const label = plain.slice(link.start, link.end).trim();
    const bare = label === link.url || /^https?:\/\//.test(label) || label === '';
    if (!isTicketUrl(link.url) && !isTicketKey(label)) continue;
    if (!fields.ticket) fields.ticket = { ...field(link.url, link.start, link.end), url: link.url };
    // A link's words are the action (`[Add retries](.../issues/12)`); a bare key or address is not.
    take(link.start, link.end, bare || isTicketKey(label) ? 'trailing' : 'keep');
  }
  for (const key of keysIn(plain)) {
    if (!free(key.start, key.end)) continue;
    if (!fields.ticket) fields.ticket = field(plain.slice(key.start, key.end), key.start, key.end);
    take(key.start, key.end, 'trailing');
  }

  return { ...fields, ...actionText(inline, always, trailing) };
}

function onlySeparatorsAfter(plain: string, end: number): boolean {
  return /^[\s.,;:]*$/.test(plain.slice(end));
}

function removedBetween(removed: Uint8Array, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (removed[i]) return true;
  return false;
}

/** The plain text with the fields taken out, trimmed of the separators they leave behind. */
function actionText(inline: InlineText, always: [number, number][], trailing: [number, number][]) {
  const { plain } = inline;
  const removed = new Uint8Array(plain.length);
  for (const [s, e] of always) removed.fill(1, s, e);
  const onlyFieldsAfter = (end: number) => {
    for (let i = end; i < plain.length; i++) if (!removed[i] && !SEPARATOR.test(plain[i])) return false;
    return true;
  };
  // From the end back: `Add alerting @dana ABC-12` loses both; `Ask @dana to rotate keys` keeps her.
  for (const [s, e] of [...trailing].sort((a, b) => b[0] - a[0])) if (onlyFieldsAfter(e)) removed.fill(1, s, e);
  let kept = '';
  const at: number[] = [];
  for (let i = 0; i < plain.length; i++) {
    if (removed[i]) continue;
    const ch = /\s/.test(plain[i]) ? ' ' : plain[i];
    if (ch === ' ' && (kept === '' || kept.endsWith(' '))) continue;
    // What taking a field out leaves: `route. .` -> `route.`, `alert ,` -> `alert,`.
    if (/[.,;:]/.test(ch) && (at.length === 0 ? i > 0 : removedBetween(removed, at[at.length - 1], i))) {
      const before = kept.trimEnd();
      if (/[.,;:]$/.test(before) || before === '') continue;
      if (kept.endsWith(' ')) {
        kept = kept.slice(0, -1);
        at.pop();
      }
    }
    kept += ch;
    at.push(i);
  }
  // Separators left at either end, and a bracket whose other half was taken out.
  const text = kept;
  let first = 0;
  let last = text.length;
  const trimOnce = (): boolean => {
    const slice = text.slice(first, last);
    if (first < last && /[\s,;:|–—-]/.test(text[first])) first++;
    else if (last > first && /[\s,;:|–—([-]/.test(text[last - 1])) last--;
    else if (/[)\]]$/.test(slice) && !/[([]/.test(slice)) last--;
    else if (/^[([]/.test(slice) && !/[)\]]/.test(slice)) first++;
    else return false;
    return true;
  };
  // A bracket emptied by taking its fields out (`Add a canary (OPS-12)`, `(owner: Dana, OPS-12)`) goes, and the span with it.
  const emptied = () => /\s*(?:\([\s,;]*\)|\[[\s,;]*\])$/.exec(text.slice(first, last));
  for (;;) {
    const m = emptied();
    if (m) last -= m[0].length;
    else if (!trimOnce()) break;
  }
  const action = text.slice(first, last).replace(/\s*\([\s,;]*\)|\s*\[[\s,;]*\]/g, '');
  const textSpan = last > first ? spanIn(inline, at[first], at[last - 1] + 1) : spanIn(inline, at[0] ?? 0, at[0] ?? 0);
  return { text: action, textSpan };
}
