import type { TimelineEntry } from '../../postmortem/model';
import type { Rule, RuleFinding } from '../rule';
import { clock } from '../describe';

export const timelineOrder: Rule = {
  code: 'PM103',
  name: 'timeline-order',
  description: 'A timeline entry is earlier than the entry before it.',
  defaultSeverity: 'warning',
  check(pm) {
    const findings: RuleFinding[] = [];
    let latest: TimelineEntry | undefined;
    for (const entry of pm.timeline?.entries ?? []) {
      if (entry.epochMs === null) continue;
      if (latest?.epochMs != null && entry.epochMs < latest.epochMs) {
        findings.push({
          message: `${clock(entry)} is earlier than ${clock(latest)} above it: move the entry to its place, or add the date it happened on.`,
          span: entry.timeSpan,
        });
        continue;
      }
      latest = entry;
    }
    return findings;
  },
};
