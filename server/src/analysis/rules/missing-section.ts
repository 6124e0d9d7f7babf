import type { Rule } from '../rule';
import { sectionAfter } from '../sectionNames';
import { sectionBlock } from '../skeletons';

export const missingSection: Rule = {
  code: 'PM001',
  name: 'missing-section',
  description: 'A section the configuration requires is missing.',
  defaultSeverity: 'warning',
  check(pm, { config }) {
    const at = pm.title?.span ?? { start: 0, end: 0 };
    return config.sections
      .filter((s) => s.required && !pm.sections.some((p) => p.canonical === s.name))
      .map((s) => {
        const offset = sectionAfter(pm, config, s.name)?.headingSpan.start ?? pm.text.length;
        const eol = pm.eol;
        const atEnd = offset === pm.text.length;
        const lead = atEnd ? (pm.text.endsWith('\n') ? eol : eol + eol) : '';
        return {
          message: `Add a "## ${s.name}" section: this postmortem has none.`,
          span: at,
          fixes: [
            {
              title: `Add the "${s.name}" section with its skeleton`,
              edits: [
                {
                  span: { start: offset, end: offset },
                  newText: `${lead}${sectionBlock(s, config, eol)}${atEnd ? '' : eol}`,
                },
              ],
              safe: false,
            },
          ],
        };
      });
  },
};
