import type { Rule, RuleFinding } from '../rule';

export const duplicateEntry: Rule = {
  code: 'PM104',
  name: 'timeline-duplicate-entry',
  description: 'The same entry (same time, same text) appears twice in the timeline.',
  defaultSeverity: 'warning',
  check(pm) {
    // By time, then by text: no key string built per entry on every keystroke.
    const seen = new Map<number | string, Set<string>>();
    const findings: RuleFinding[] = [];
    for (const entry of pm.timeline?.entries ?? []) {
      const when = entry.epochMs ?? entry.timeText;
      const text = normalised(entry.text);
      let texts = seen.get(when);
      if (!texts) seen.set(when, (texts = new Set()));
      if (texts.has(text)) {
        // Removing runs from the end of the entry before to the end of this one: no gap is left.
        let gapStart = pm.text.lastIndexOf('\n', entry.span.start - 1) + 1;
        while (gapStart > 0 && /\s/.test(pm.text[gapStart - 1])) gapStart--;
        findings.push({
          message: `This entry repeats an earlier one (${entry.timeText}): remove one of them.`,
          span: entry.lineSpan,
          fixes: [{ title: 'Remove the repeated entry', edits: [{ span: { start: gapStart, end: entry.span.end }, newText: '' }], safe: false }],
        });
      }
      else texts.add(text);
    }
    return findings;
  },
};

// Entries are rebuilt on every keystroke but their texts rarely change: normalise each once.
const normalisedTexts = new Map<string, string>();

function normalised(text: string): string {
  let found = normalisedTexts.get(text);
  if (found === undefined) {
    if (normalisedTexts.size >= 100_000) normalisedTexts.clear();
    found = text.toLowerCase().replace(/\s+/g, ' ');
    normalisedTexts.set(text, found);
  }
  return found;
}
