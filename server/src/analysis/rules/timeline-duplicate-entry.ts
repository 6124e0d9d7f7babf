import type { TimelineEntry } from '../../postmortem/model';
import { lineStart, trimBack } from '../../postmortem/text';
import type { Rule, RuleFinding } from '../rule';

export const duplicateEntry: Rule = {
  code: 'PM104',
  name: 'timeline-duplicate-entry',
  description: 'The same entry (same time, same text) appears twice in the timeline.',
  defaultSeverity: 'warning',
  check(pm) {
    // Grouped by time first: texts are compared only among entries at the same time, so a long
    // timeline is not normalised entry by entry on every keystroke. Most times are held once:
    // the first entry at a time is kept alone, a list only made when another comes.
    const first = new Map<number | string, TimelineEntry>();
    const more = new Map<number | string, TimelineEntry[]>();
    const findings: RuleFinding[] = [];
    for (const entry of pm.timeline?.entries ?? []) {
      const when = entry.epochMs ?? entry.timeText;
      const earliest = first.get(when);
      if (!earliest) {
        first.set(when, entry);
        continue;
      }
      let earlier = more.get(when);
      if (!earlier) more.set(when, (earlier = [earliest]));
      const text = normalised(entry.text);
      if (earlier.some((e) => normalised(e.text) === text)) {
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
      } else earlier.push(entry);
    }
    return findings;
  },
};

function normalised(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}
