import type { KeyMoment } from '../../postmortem/model';
import type { Rule, RuleFinding } from '../rule';
import { clock } from '../describe';

export const duplicateMarker: Rule = {
  code: 'PM205',
  name: 'key-moment-duplicate',
  description: 'The same key moment is marked on more than one entry.',
  defaultSeverity: 'warning',
  check(pm) {
    const first = new Map<KeyMoment, string>();
    const findings: RuleFinding[] = [];
    for (const entry of pm.timeline?.entries ?? []) {
      for (const tag of entry.moments) {
        const earlier = first.get(tag.moment);
        if (earlier === undefined) first.set(tag.moment, clock(entry));
        else {
          const start = pm.text[tag.span.start - 1] === ' ' ? tag.span.start - 1 : tag.span.start;
          findings.push({
            message: `"${tag.moment}" is already marked at ${earlier}: keep one marker; the first one counts.`,
            span: tag.span,
            fixes: [
              {
                title: `Remove this [${tag.moment}] marker`,
                edits: [{ span: { start, end: tag.span.end }, newText: '' }],
                safe: false,
              },
            ],
          });
        }
      }
    }
    return findings;
  },
};
