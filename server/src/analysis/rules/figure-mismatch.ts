import { formatDuration, humanDuration } from '../../postmortem/durations';
import type { DurationValue } from '../../postmortem/model';
import { describeFigure } from '../describe';
import type { Rule } from '../rule';

/** Whether a stated value holds for the computed minutes, honouring `~`, `<` and ranges. */
export function statedAgrees(value: DurationValue, minutes: number): boolean {
  if (value.bound === '<') return minutes <= value.minutes;
  if (value.bound === '>') return minutes >= value.minutes;
  if (value.maxMinutes !== undefined) return minutes >= value.minutes && minutes <= value.maxMinutes;
  if (value.approximate) return Math.abs(minutes - value.minutes) <= Math.max(5, value.minutes * 0.1);
  return Math.round(value.minutes) === minutes;
}

export const figureMismatch: Rule = {
  code: 'PM203',
  name: 'figure-mismatch',
  description: 'A stated impact figure differs from what the timeline gives.',
  defaultSeverity: 'warning',
  check(_pm, { figures }) {
    return figures.flatMap((figure) => {
      const stated = figure.stated;
      if (!stated?.value || figure.minutes === null || statedAgrees(stated.value, figure.minutes)) return [];
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
