import type { KeyMoment } from '../../postmortem/model';
import { tagRemoval } from '../../postmortem/text';
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
          findings.push({
            message: `"${tag.moment}" is already marked at ${earlier}: keep one marker; the first one counts.`,
            span: tag.span,
            fixes: [
              {
                title: `Remove this [${tag.moment}] marker`,
                edits: [{ span: tagRemoval(pm.text, tag.span), newText: '' }],
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
