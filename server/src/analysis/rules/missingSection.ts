import type { Postmortem } from '../../postmortem/model';
import type { Rule } from '../rule';
import { sectionBlock } from '../skeletons';

/** Where a missing section belongs: before the first present section that comes after it. */
function insertionOffset(pm: Postmortem, order: string[], name: string): number {
  const index = order.indexOf(name);
  const next = pm.sections.find((s) => s.canonical && order.indexOf(s.canonical) > index);
  return next ? next.headingSpan.start : pm.text.length;
}

export const missingSection: Rule = {
  code: 'PM001',
  name: 'missing-section',
  description: 'A section the configuration requires is missing.',
  defaultSeverity: 'warning',
  check(pm, { config }) {
    const order = config.sections.map((s) => s.name);
    const at = pm.title?.span ?? { start: 0, end: 0 };
    return config.sections
      .filter((s) => s.required && !pm.sections.some((p) => p.canonical === s.name))
      .map((s) => {
        const offset = insertionOffset(pm, order, s.name);
        const eol = pm.eol;
        const atEnd = offset === pm.text.length;
        const lead = atEnd ? (pm.text.endsWith('\n') ? eol : eol + eol) : '';
        return {
          message: `Add a "## ${s.name}" section: this postmortem has none.`,
          span: at,
          fixes: [
            {
              title: `Add the "${s.name}" section with its skeleton`,
              edits: [{ span: { start: offset, end: offset }, newText: `${lead}${sectionBlock(s.name, eol, config.defaultTimezone)}${atEnd ? '' : eol}` }],
              safe: false,
            },
          ],
        };
      });
  },
};
