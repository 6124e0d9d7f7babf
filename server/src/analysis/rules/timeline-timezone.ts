import type { Rule } from '../rule';
import { insertAfterHeading } from '../edits';

export const timezone: Rule = {
  code: 'PM101',
  name: 'timeline-timezone',
  description: 'The timeline does not say which timezone its times are in.',
  defaultSeverity: 'warning',
  check(pm, { config }) {
    const timeline = pm.timeline;
    if (!timeline || timeline.timezone.source !== 'default' || timeline.entries.length === 0) return [];
    // `04:49 PM UTC` on every line: each entry says its zone, and nothing is assumed.
    const timed = timeline.entries.filter((e) => e.time);
    if (timed.length > 0 && timed.every((e) => e.zone)) return [];
    const zone = config.defaultTimezone;
    return [
      {
        message: `Say which timezone the times are in (e.g. "All times ${zone}."): ${zone} is assumed.`,
        span: timeline.section.headingSpan,
        fixes: [
          {
            title: `Declare "All times ${zone}."`,
            edits: [insertAfterHeading(pm, timeline.section, `All times ${zone}.`)],
            safe: false,
          },
        ],
      },
    ];
  },
};
