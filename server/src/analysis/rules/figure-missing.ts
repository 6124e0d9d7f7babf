import { vocabulary } from '../../config/vocabulary';
import { formatDuration } from '../../postmortem/durations';
import type { DurationStyle } from '../../postmortem/model';
import { describeFigure } from '../describe';
import { appendToSection } from '../edits';
import { isCertain } from '../moment';
import type { Rule } from '../rule';

export const missingFigure: Rule = {
  code: 'PM201',
  name: 'figure-missing',
  description: 'The Impact section does not state a figure the configuration requires.',
  defaultSeverity: 'warning',
  check(pm, { config, figures }) {
    const impact = pm.impactSection;
    if (!impact) return [];
    // Named as the team names it: the MoJ's "Time to repair" rather than MTTM.
    const definitions = vocabulary(config).figures;
    const nameOf = (figure: string) => definitions.find((d) => d.name === figure)?.preferred ?? figure;
    // New lines follow the way the document already writes figures.
    const style: DurationStyle = pm.statedFigures.find((s) => s.value)?.style ?? 'compact';
    return figures
      .filter((f) => config.requiredFigures.includes(f.name) && !f.stated)
      .map((f) => {
        const name = nameOf(f.name);
        // A suggestion (≈, from the entries' words) is not written by a safe fix: the writer confirms it.
        if (f.minutes !== null && f.source === 'wording') {
          return {
            message: `State ${name} in ${impact.heading}: the entries' words suggest ≈${formatDuration(f.minutes, 'compact')} (${describeFigure(f).replace(/^[^,]*, /, '')}); mark those key moments to have it checked.`,
            span: impact.headingSpan,
          };
        }
        if (f.minutes === null || !isCertain(f.source)) {
          return {
            message: `State ${name} in ${impact.heading}: the time from ${f.from} to ${f.to} (e.g. "${name}: 1h20m").`,
            span: impact.headingSpan,
          };
        }
        const line = `${name}: ${formatDuration(f.minutes, style)}`;
        return {
          message: `State ${name} in ${impact.heading}: the timeline says ${formatDuration(f.minutes, 'compact')}.`,
          span: impact.headingSpan,
          fixes: [{ title: `Add "${line}"`, edits: [appendToSection(pm, impact, line)], safe: true }],
        };
      });
  },
};
