// Sorting an out-of-order timeline: each run of entries that follow one another with nothing but
// blank lines between them is put in time order, notes travelling with their entry.
import type { Postmortem, TimelineEntry } from '../postmortem/model';
import { asWritten } from '../postmortem/text';
import type { TextEdit } from './finding';

/** Blank lines, or a line break and the next list item's marker. */
const MOVABLE_GAP = /^[ \t]*\r?\n\s*(?:(?:[-*+]|\d+[.)])[ \t]+)?$/;

function runs(pm: Postmortem, entries: TimelineEntry[]): TimelineEntry[][] {
  const result: TimelineEntry[][] = [];
  let run: TimelineEntry[] = [];
  for (const entry of entries) {
    const previous = run[run.length - 1];
    const between = previous ? pm.text.slice(previous.span.end, entry.span.start) : '';
    // Blocks of their own (paragraphs, list items) can move; entries sharing a paragraph cannot.
    if (previous && !MOVABLE_GAP.test(between)) {
      result.push(run);
      run = [];
    }
    run.push(entry);
  }
  if (run.length) result.push(run);
  return result;
}

/** Edits that sort every movable run holding an entry out of order; empty when nothing can move. */
export function sortTimelineEdits(pm: Postmortem): TextEdit[] {
  const timeline = pm.timeline;
  if (!timeline) return [];
  const edits: TextEdit[] = [];
  for (const run of runs(pm, timeline.entries)) {
    if (run.length < 2 || run.some((e) => e.epochMs === null)) continue;
    const sorted = [...run].sort((a, b) => (a.epochMs as number) - (b.epochMs as number));
    if (sorted.every((e, i) => e === run[i])) continue;
    const separators = run.slice(1).map((e, i) => pm.text.slice(run[i].span.end, e.span.start));
    let text = '';
    sorted.forEach((e, i) => {
      text += pm.text.slice(e.span.start, e.span.end) + (separators[i] ?? '');
    });
    edits.push({
      span: { start: run[0].span.start, end: run[run.length - 1].span.end },
      newText: asWritten(text, pm.eol),
    });
  }
  return edits;
}
