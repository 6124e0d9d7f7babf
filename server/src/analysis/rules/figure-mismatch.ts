import { formatDuration, humanDuration } from '../../postmortem/durations';
import { statedAgrees } from '../agreement';
import { describeFigure } from '../describe';
import { isCertain } from '../moment';
import type { Rule } from '../rule';

export const figureMismatch: Rule = {
  code: 'PM203',
  name: 'figure-mismatch',
  description: 'A stated impact figure differs from what the timeline gives.',
  defaultSeverity: 'warning',
  check(_pm, { figures }) {
    return figures.flatMap((figure) => {
      const stated = figure.stated;
      // A figure between moments the entries' words only suggest is never a warning (hover shows it, ≈).
      if (!stated?.value || figure.minutes === null || !isCertain(figure.source)) return [];
      if (statedAgrees(stated.value, figure.minutes)) return [];
      const computed = formatDuration(figure.minutes, stated.style);
      return [
        {
          message: `${figure.name} says ${stated.valueText} but the timeline says ${humanDuration(figure.minutes)} (${describeFigure(figure).replace(/^[^,]*, /, '')}).`,
          span: stated.valueSpan,
          fixes: [
            {
              title: `Change ${figure.name} to ${computed}`,
              edits: [{ span: stated.valueSpan, newText: computed }],
              safe: true,
            },
          ],
        },
      ];
    });
  },
};
