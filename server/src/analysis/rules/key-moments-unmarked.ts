import { isCertain } from '../moment';
import type { Rule } from '../rule';

export const unmarkedMoments: Rule = {
  code: 'PM204',
  name: 'key-moments-unmarked',
  description:
    'A stated figure cannot be checked: its key moments are not marked in the timeline and cannot be inferred.',
  defaultSeverity: 'warning',
  check(pm, { figures }) {
    const timeline = pm.timeline;
    if (!timeline || timeline.entries.length === 0) return [];
    return (
      figures
        // A figure between moments the words only suggest is not checked either: it still asks for markers.
        .filter((f) => f.stated?.value && (f.minutes === null || !isCertain(f.source)))
        .map((f) => {
          const missing = [isCertain(f.fromMoment?.source) ? null : f.from, isCertain(f.toMoment?.source) ? null : f.to]
            .filter(Boolean)
            .map((m) => `[${m}]`);
          return {
            message: `${f.name} cannot be checked against the timeline: mark the ${missing.join(' and ')} ${missing.length > 1 ? 'entries' : 'entry'}.`,
            span: f.stated?.nameSpan ?? timeline.section.headingSpan,
          };
        })
    );
  },
};
