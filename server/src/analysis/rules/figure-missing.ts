import { formatDuration } from '../../postmortem/durations';
import type { DurationStyle } from '../../postmortem/model';
import { appendToSection } from '../edits';
import type { Rule } from '../rule';

export const missingFigure: Rule = {
  code: 'PM201',
  name: 'figure-missing',
  description: 'The Impact section does not state a figure the configuration requires.',
  defaultSeverity: 'warning',
  check(pm, { config, figures }) {
    const impact = pm.impactSection;
    if (!impact) return [];
    // New lines follow the way the document already writes figures.
    const style: DurationStyle = pm.statedFigures.find((s) => s.value)?.style ?? 'compact';
    return figures
      .filter((f) => config.requiredFigures.includes(f.name) && !f.stated)
      .map((f) => {
        if (f.minutes === null) {
          return {
            message: `State ${f.name} in Impact: the time from ${f.from} to ${f.to} (e.g. "${f.name}: 1h20m").`,
            span: impact.headingSpan,
          };
        }
        const line = `${f.name}: ${formatDuration(f.minutes, style)}`;
        return {
          message: `State ${f.name} in Impact: the timeline says ${formatDuration(f.minutes, 'compact')}.`,
          span: impact.headingSpan,
          fixes: [{ title: `Add "${line}"`, edits: [appendToSection(pm, impact, line)], safe: true }],
        };
      });
  },
};
