import type { Rule } from '../rule';

export const unreadableFigure: Rule = {
  code: 'PM202',
  name: 'figure-unreadable',
  description: 'A stated impact figure has no value, or one that cannot be read as a duration.',
  defaultSeverity: 'information',
  check(pm) {
    return (
      pm.statedFigures
        // A placeholder value (`<duration>`, TBD) is the placeholder rule's finding, not this one's.
        .filter((s) => !s.value && !/^(?:<[^>]*>|(?:TODO|TBD|FIXME|XXX)\b)/.test(s.valueText))
        .map((s) =>
          s.valueText
            ? {
                message: `Cannot read "${s.valueText}" as a duration, so ${s.figure} is not checked: write it like 2h52m.`,
                span: s.valueSpan,
              }
            : { message: `${s.label} has no value: write the duration, like 2h52m.`, span: s.nameSpan },
        )
    );
  },
};
