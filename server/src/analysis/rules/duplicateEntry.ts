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
      if (seen.has(key)) findings.push({ message: `This entry repeats an earlier one (${entry.timeText}): remove one of them.`, span: entry.lineSpan });
      else seen.add(key);
    }
    return findings;
  },
};
