import type { TimelineEntry } from '../../postmortem/model';
import { lineStart, trimBack } from '../../postmortem/text';
import type { Rule, RuleFinding } from '../rule';

export const duplicateEntry: Rule = {
  code: 'PM104',
  name: 'timeline-duplicate-entry',
  description: 'The same entry (same time, same text) appears twice in the timeline.',
  defaultSeverity: 'warning',
  check(pm) {
    // Grouped by time: texts are compared only among entries at the same time, so a long
    // timeline is not normalised entry by entry on every keystroke. The first entry at a time is
    // kept alone; when another comes, the texts at that time go in a set, so N entries at one
    // time (or N `??:??`) are N look-ups, not N^2 comparisons.
    const first = new Map<number | string, TimelineEntry>();
    const texts = new Map<number | string, Set<string>>();
    const findings: RuleFinding[] = [];
    for (const entry of pm.timeline?.entries ?? []) {
      const when = entry.epochMs ?? entry.timeText;
      const earliest = first.get(when);
      if (!earliest) {
        first.set(when, entry);
        continue;
      }
      let seen = texts.get(when);
      if (!seen) texts.set(when, (seen = new Set([normalised(earliest.text)])));
      const text = normalised(entry.text);
      if (!seen.has(text)) {
        seen.add(text);
        continue;
      }
      // Removing runs from the end of the entry before to the end of this one: no gap is left.
      const gapStart = trimBack(pm.text, lineStart(pm.text, entry.span.start));
      findings.push({
        message: `This entry repeats an earlier one (${entry.timeText}): remove one of them.`,
        span: entry.lineSpan,
        fixes: [
          {
            title: 'Remove the repeated entry',
            edits: [{ span: { start: gapStart, end: entry.span.end }, newText: '' }],
            safe: false,
          },
        ],
      });
    }
    return findings;
  },
};

function normalised(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}
