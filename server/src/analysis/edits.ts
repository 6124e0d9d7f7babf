// Building blocks for fixes: lines added in the document's own line endings, a marker's place, and
// the one edit between two texts.
import type { Postmortem, Section, TimelineEntry } from '../postmortem/model';
import { trimBack } from '../postmortem/text';
import type { TextEdit } from './finding';

/** Inserts whole lines right after a section's heading, separated by blank lines. */
export function insertAfterHeading(pm: Postmortem, section: Section, lines: string): TextEdit {
  const eol = pm.eol;
  return { span: { start: section.headingSpan.end, end: section.headingSpan.end }, newText: `${eol}${eol}${lines}` };
}

/** Appends a paragraph at the end of a section's content. */
export function appendToSection(pm: Postmortem, section: Section, lines: string): TextEdit {
  const eol = pm.eol;
  const at = section.isEmpty ? section.headingSpan.end : section.contentSpan.end;
  return { span: { start: at, end: at }, newText: `${eol}${eol}${lines}` };
}

/** Where a `[tag]` goes on an entry: the end of its first line, or after the time in a table row. */
export function markerOffset(pm: Postmortem, entry: TimelineEntry): number {
  const line = pm.text.slice(entry.lineSpan.start, entry.lineSpan.end);
  if (/\|\s*$/.test(line)) return entry.timeSpan.end;
  return trimBack(pm.text, entry.lineSpan.end, entry.lineSpan.start);
}

/** The smallest single edit that turns `before` into `after`, so the cursor and undo stay sane. */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  return { span: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}
