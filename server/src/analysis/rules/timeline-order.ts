import type { TimelineEntry } from '../../postmortem/model';
import type { Rule, RuleFinding } from '../rule';
import { clock } from '../describe';
import { sortTimelineEdits } from '../sortTimeline';

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
      // Under a day heading that goes back in time, the heading is what to correct (timeline-day-backwards).
      if (entry.dateSource === 'heading' && entry.date && latest?.date && entry.date < latest.date) {
        latest = entry;
        continue;
      }
      if (latest?.epochMs != null && entry.epochMs < latest.epochMs) {
        findings.push({
          message: `${clock(entry)} is earlier than ${clock(latest)} above it: move the entry to its place, or add the date it happened on.`,
          span: entry.timeSpan,
        });
        continue;
      }
      latest = entry;
    }
    // One edit sorts every run; each finding offers it, so the fix is there wherever you look.
    const edits = findings.length ? sortTimelineEdits(pm) : [];
    if (edits.length) for (const f of findings) f.fixes = [{ title: 'Sort the timeline by time', edits, safe: false }];
    return findings;
  },
};
