import type { Section } from '../../postmortem/model';
import type { Rule } from '../rule';

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
  check(pm, { config }) {
    const order = config.sections.map((s) => s.name);
    const seen = new Set<string>();
    const sections = pm.sections.filter((s) => s.canonical && !seen.has(s.canonical) && seen.add(s.canonical));
    const rank = (s: Section) => order.indexOf(s.canonical ?? '');
    const kept = inOrder(sections, rank);
    return sections
      .filter((s) => !kept.has(s))
      .map((s) => {
        const before = sections.find((o) => kept.has(o) && rank(o) > rank(s));
        return {
          message: before
            ? `Move "${s.heading}" before "${before.heading}": sections go ${order.join(', ')}.`
            : `Move "${s.heading}" after the sections before it in the configured order: ${order.join(', ')}.`,
          span: s.headingSpan,
        };
      });
  },
};
