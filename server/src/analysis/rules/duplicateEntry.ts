import type { Rule, RuleFinding } from '../rule';

export const duplicateEntry: Rule = {
  code: 'PM104',
  name: 'timeline-duplicate-entry',
  description: 'The same entry (same time, same text) appears twice in the timeline.',
  defaultSeverity: 'warning',
  check(pm) {
    const seen = new Set<string>();
    const findings: RuleFinding[] = [];
    for (const entry of pm.timeline?.entries ?? []) {
      const key = `${entry.epochMs ?? entry.timeText}\u0000${entry.text.toLowerCase().replace(/\s+/g, ' ')}`;
      if (seen.has(key)) {
        // Removing runs from the end of the entry before to the end of this one: no gap is left.
        const previousEnd = pm.text.lastIndexOf('\n', entry.span.start - 1);
        const gapStart = pm.text.slice(0, previousEnd + 1).trimEnd().length;
        findings.push({
          message: `This entry repeats an earlier one (${entry.timeText}): remove one of them.`,
          span: entry.lineSpan,
          fixes: [{ title: 'Remove the repeated entry', edits: [{ span: { start: gapStart, end: entry.span.end }, newText: '' }], safe: false }],
        });
      }
      else seen.add(key);
    }
    return findings;
  },
};
