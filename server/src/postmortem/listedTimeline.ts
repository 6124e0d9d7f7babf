// A timeline written as a list in a section of another name, in a postmortem with no Timeline
// section: `### What happened`, "This is the timeline of events:", then `- 10.42: the app went
// down`, `- 10.46: engineers alerted`, ... Such a list is the timeline: every one of its items (at
// least LEAST_ITEMS) starts with a time, in order (one step back allowed, for midnight). A list
// of a few versions or numbers (`- 3.30: released`) rarely is both long enough and in order.
import type { List, ListItem, RootContent } from 'mdast';
import { matchEntryTime } from './entryTime';
import type { MarkdownTree } from './markdown';
import type { SectionBlocks } from './sections';

const LEAST_ITEMS = 3;

/**
 * The first such list of `sections`, as the timeline's blocks: the list, and the paragraph that
 * introduces it (ending in a colon), where a zone or day may be declared. Its section is the one
 * it is written in, its content the list (where a new entry goes).
 */
export function listedTimeline(
  sections: readonly SectionBlocks[],
  tree: MarkdownTree,
  text: string,
): SectionBlocks | undefined {
  for (const { section, blocks } of sections) {
    const at = blocks.findIndex((b) => b.type === 'list' && isTimedList(b as List, tree, text));
    if (at < 0) continue;
    const list = blocks[at];
    const before = blocks[at - 1] as RootContent | undefined;
    const intro =
      before?.type === 'paragraph' && /:\s*$/.test(text.slice(tree.spanOf(before).start, tree.spanOf(before).end));
    const span = tree.spanOf(list);
    return {
      section: { ...section, contentSpan: { start: intro ? tree.spanOf(before).start : span.start, end: span.end } },
      blocks: intro ? [before, list] : [list],
    };
  }
  return undefined;
}

function isTimedList(list: List, tree: MarkdownTree, text: string): boolean {
  if (list.children.length < LEAST_ITEMS) return false;
  let previous = -1;
  let backwards = 0;
  for (const item of list.children) {
    const minutes = itemMinutes(item, tree, text);
    if (minutes === null) return false;
    if (minutes < previous && ++backwards > 1) return false;
    previous = minutes;
  }
  return true;
}

/** The minute of the day the item's first line starts with, or null. */
function itemMinutes(item: ListItem, tree: MarkdownTree, text: string): number | null {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return null;
  const span = tree.spanOf(first);
  const line = text.slice(span.start, span.end).split('\n')[0];
  const time = matchEntryTime(line)?.time;
  return time ? time.hour * 60 + time.minute : null;
}
