import { DateTime } from 'luxon';
import { readZone } from '../../postmortem/zones';
import type { Rule } from '../rule';

const MS_PER_MINUTE = 60_000;

export const timesDisagree: Rule = {
  code: 'PM113',
  name: 'timeline-times-disagree',
  description: 'An entry writes its time in two zones (13:14 EDT (17:14 UTC)) and the two are not the same moment.',
  defaultSeverity: 'warning',
  check(pm) {
    const timeline = pm.timeline;
    if (!timeline) return [];
    return timeline.entries.flatMap((e) => {
      const second = e.secondTime;
      if (!second || second.epochMs === second.firstEpochMs) return [];
      const zoneLabel = second.text.replace(/^[\d:.\s]+(?:[ap]\.?m\.?\s*)?/i, '');
      const zone = readZone(zoneLabel)?.zone ?? 'UTC';
      const first = `${e.timeText}${e.zone ? ` ${e.zone.label}` : ''}`;
      const converted = DateTime.fromMillis(second.firstEpochMs, { zone }).toFormat('HH:mm');
      const minutes = Math.round(Math.abs(second.epochMs - second.firstEpochMs) / MS_PER_MINUTE);
      const apart = minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
      return [
        {
          message: `${first} is ${converted} ${zoneLabel}, not ${second.text} (${apart} apart): the entry is read at ${second.text}; correct whichever is wrong.`,
          span: second.span,
        },
      ];
    });
  },
};
