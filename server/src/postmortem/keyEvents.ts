// Key moments stated outside the timeline: a `Key events` list (a heading, a bold label or a list
// item naming it, then one line per moment: `First detected: 2024-09-20 11:24`, `Repaired 11:33`,
// `11:40 Resolved`), and the two ends of an impact window (statedFigures.ts). Each is dated with its
// own day, else the incident date, in its own zone, else the timeline's.
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { matchEntryTime } from './entryTime';
import type { MarkdownTree } from './markdown';
import type { KeyEvent, KeyMoment, StatedFigure, StatedTime } from './model';
import type { FigureDefinition, Vocabulary } from './readerSettings';
import { normaliseTag } from './readerSettings';
import { resolveZone, toInstant } from './zones';

/** A label longer than this is a sentence, not a list's name or a moment's label. */
const MAX_LABEL = 60;
/** How deep in lists a `Key events` item is looked for (MoJ's sits in the header's bullet list). */
const MAX_DEPTH = 3;

/** The label of a line, emphasis, list punctuation and a closing colon or dash taken off. */
function labelOf(text: string): string {
  return normaliseTag(text.replace(/[*_`]/g, '').replace(/[\s:–—-]+$/, ''));
}

function isListName(node: RootContent | undefined, text: string, tree: MarkdownTree, vocab: Vocabulary): boolean {
  if (!node || (node.type !== 'paragraph' && node.type !== 'heading')) return false;
  const span = tree.spanOf(node);
  if (span.end - span.start > MAX_LABEL) return false;
  // Most short paragraphs are notes: without the last word of a name, none is a name.
  if (!vocab.keyEventsListWord.test(text.slice(span.start, span.end))) return false;
  return vocab.keyEventsLists.has(labelOf(toString(node)));
}

/** The lists that hold key events: under a heading naming them, right after a paragraph naming
 * them, or inside a list item naming them. */
function keyEventLists(
  nodes: readonly RootContent[],
  from: number,
  text: string,
  tree: MarkdownTree,
  vocab: Vocabulary,
  depth: number,
  lists: List[],
): List[] {
  let underHeading = false;
  let afterName = false;
  for (let i = from; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'heading') {
      underHeading = isListName(node, text, tree, vocab);
      afterName = false;
    } else if (node.type === 'list') {
      if (underHeading || afterName) lists.push(node);
      else if (depth < MAX_DEPTH)
        for (const item of node.children) {
          const children = item.children;
          if (isListName(children[0], text, tree, vocab)) {
            for (let c = 1; c < children.length; c++) {
              const child = children[c];
              if (child.type === 'list') lists.push(child);
            }
          } else if (children.length > 1) keyEventLists(children, 1, text, tree, vocab, depth + 1, lists);
        }
      afterName = false;
    } else afterName = isListName(node, text, tree, vocab);
  }
  return lists;
}

const LABEL_FIRST = /^(?:\*\*|__)?([^:\d*_|]{1,60}?)(?:\*\*|__)?\s*(?:[:–—-]\s*)?(?:\*\*|__)?\s*(?=[\d~?])/;

/** `First detected: 2024-09-20 11:24`, `**Resolved** 11:40`, `11:24 - First detected`. */
function readLine(
  item: ListItem,
  text: string,
  tree: MarkdownTree,
  vocab: Vocabulary,
): Omit<KeyEvent, 'date' | 'epochMs' | 'offsetMinutes'> | null {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return null;
  const span = tree.spanOf(first as Paragraph);
  const lineEnd = text.indexOf('\n', span.start);
  const end = lineEnd === -1 || lineEnd > span.end ? span.end : lineEnd;
  const line = text.slice(span.start, end).replace(/\r$/, '');
  const lineSpan = { start: span.start, end: span.start + line.length };
  const labelled = LABEL_FIRST.exec(line);
  if (labelled) {
    const moment = vocab.keyEvents.get(labelOf(labelled[1]));
    const match = moment && matchEntryTime(line.slice(labelled[0].length));
    if (moment && match?.time) {
      const labelStart = span.start + line.indexOf(labelled[1]);
      const label = labelled[1].trim();
      const at = span.start + labelled[0].length;
      return {
        moment,
        form: 'key-events',
        lineSpan,
        label,
        labelSpan: { start: labelStart, end: labelStart + label.length },
        time: statedTime(line.slice(labelled[0].length), at, match),
      };
    }
  }
  const match = matchEntryTime(line);
  if (!match?.time) return null;
  const rest = line.slice(match.length);
  if (rest.length > MAX_LABEL) return null;
  const moment = vocab.keyEvents.get(labelOf(rest.replace(/[.!]+$/, '')));
  if (!moment) return null;
  const label = rest.replace(/[\s.!]+$/, '');
  const labelStart = span.start + match.length;
  return {
    moment,
    form: 'key-events',
    lineSpan,
    label,
    labelSpan: { start: labelStart, end: labelStart + label.length },
    time: statedTime(line, span.start, match),
  };
}

function statedTime(line: string, at: number, match: NonNullable<ReturnType<typeof matchEntryTime>>): StatedTime {
  return {
    span: { start: at + match.timeStart, end: at + match.timeEnd },
    text: line.slice(match.timeStart, match.timeEnd),
    date: match.date,
    time: match.time,
    zone: match.zone,
  };
}

export interface KeyEventDating {
  /** The incident date, for lines that give a time alone. */
  date: string | undefined;
  /** The timeline's zone (an IANA name or fixed offset), for lines that name none. */
  zone: string;
}

/** The key events of a document: its `Key events` lists' lines, then its impact windows' ends, dated. */
export function readKeyEvents(
  text: string,
  tree: MarkdownTree,
  vocab: Vocabulary,
  stated: StatedFigure[],
  dating: KeyEventDating,
): KeyEvent[] {
  const events: Omit<KeyEvent, 'date' | 'epochMs' | 'offsetMinutes'>[] = [];
  for (const list of keyEventLists(tree.root.children, 0, text, tree, vocab, 0, []))
    for (const item of list.children) {
      const event = readLine(item, text, tree, vocab);
      if (event) events.push(event);
    }
  for (const figure of stated) events.push(...windowEvents(figure, vocab.figures));
  return events.map((e) => dated(e, dating));
}

function windowEvents(
  figure: StatedFigure,
  figures: FigureDefinition[],
): Omit<KeyEvent, 'date' | 'epochMs' | 'offsetMinutes'>[] {
  const window = figure.window;
  const definition = figures.find((f) => f.name === figure.figure);
  if (!window || !definition) return [];
  const end: [KeyMoment, StatedTime][] = [
    [definition.from, window.start],
    [definition.to, window.end],
  ];
  return end.map(([moment, time]) => ({
    moment,
    form: 'window' as const,
    lineSpan: figure.lineSpan,
    label: figure.label,
    labelSpan: figure.nameSpan,
    time,
  }));
}

function dated(event: Omit<KeyEvent, 'date' | 'epochMs' | 'offsetMinutes'>, dating: KeyEventDating): KeyEvent {
  const date = event.time.date ?? dating.date ?? null;
  const zone = (event.time.zone && resolveZone(event.time.zone)) || dating.zone;
  const instant = date && event.time.time ? toInstant(date, event.time.time, zone) : null;
  return { ...event, date, epochMs: instant?.epochMs ?? null, offsetMinutes: instant?.offsetMinutes ?? null };
}

/** The first key event of each moment. */
export function firstKeyEvents(events: KeyEvent[]): Map<KeyMoment, KeyEvent> {
  const first = new Map<KeyMoment, KeyEvent>();
  for (const e of events) if (!first.has(e.moment)) first.set(e.moment, e);
  return first;
}
