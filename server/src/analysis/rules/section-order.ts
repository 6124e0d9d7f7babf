import type { Section } from '../../postmortem/model';
import type { Rule } from '../rule';
import { missingRequired, writtenToAnotherTemplate } from '../templateFit';

/** The sections that stay in place: the longest run already in configured order. */
function inOrder(sections: Section[], rank: (s: Section) => number): Set<Section> {
  const best: number[] = [];
  const previous: number[] = [];
  sections.forEach((s, i) => {
    best[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      if (rank(sections[j]) < rank(s) && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        previous[i] = j;
      }
    }
  });
  const kept = new Set<Section>();
  let i = best.indexOf(Math.max(0, ...best));
  while (i >= 0) {
    kept.add(sections[i]);
    i = previous[i];
  }
  return kept;
}

export const sectionOrder: Rule = {
  code: 'PM002',
  name: 'section-order',
  description: 'Sections are not in the configured order.',
  defaultSeverity: 'warning',
  check(pm, { config, markdown }) {
    // Written to another template, its order is that template's: missing-section says to choose it.
    if (writtenToAnotherTemplate(missingRequired(pm, config, markdown), config)) return [];
    const seen = new Set<string>();
    const sections = pm.sections.filter((s) => s.canonical && !seen.has(s.canonical) && seen.add(s.canonical));
    const rank = (s: Section) => config.sections.findIndex((c) => c.name === s.canonical);
    const kept = inOrder(sections, rank);
    const order = config.sections.map((s) => s.name);
    const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
    return sections
      .filter((s) => !kept.has(s))
      .map((s) => {
        // Its place is between the kept sections that come before and after it in the configured order.
        const after = sections.find((o) => kept.has(o) && rank(o) > rank(s));
        const before = [...sections].reverse().find((o) => kept.has(o) && rank(o) < rank(s));
        const configured = `the configured order is ${quoted(order)}`;
        return {
          message: after
            ? `Move "${s.heading}" directly before "${after.heading}": ${configured}.`
            : before
              ? `Move "${s.heading}" directly after "${before.heading}": ${configured}.`
              : `Move "${s.heading}": ${configured}.`,
          span: s.headingSpan,
        };
      });
  },
};
