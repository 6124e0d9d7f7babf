import type { KeyMoment, TimelineEntry } from '../../postmortem/model';
import { KEY_MOMENTS } from '../../postmortem/vocabulary';
import { clock } from '../describe';
import { markerOffset } from '../edits';
import type { Rule } from '../rule';

/** `MTTD`, `MTTD and MTTR`, `MTTD, MTTR and Duration`. */
const names = (list: string[]) =>
  list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : (list[0] ?? '');

export const inferredMoments: Rule = {
  code: 'PM206',
  name: 'key-moments-inferred',
  description:
    'The key moments are not marked, but the stated figures match the timeline; marking them keeps the figures checked.',
  defaultSeverity: 'hint',
  check(pm, { figures }) {
    const inferred = figures.filter((f) => f.source === 'inferred' && f.stated);
    if (!pm.timeline || inferred.length === 0) return [];
    const byEntry = new Map<TimelineEntry, Set<KeyMoment>>();
    for (const f of inferred) {
      for (const [entry, moment] of [
        [f.fromEntry, f.from],
        [f.toEntry, f.to],
      ] as const) {
        if (!entry) continue;
        const set = byEntry.get(entry) ?? new Set();
        set.add(moment);
        byEntry.set(entry, set);
      }
    }
    const ordered = [...byEntry.entries()].sort(([a], [b]) => a.span.start - b.span.start);
    const chain = ordered.map(([e, moments]) => `${clock(e)} ${[...moments].join('/')}`).join(' → ');
    const tags = (moments: Set<KeyMoment>) =>
      KEY_MOMENTS.filter((m) => moments.has(m))
        .map((m) => ` [${m}]`)
        .join('');
    return [
      {
        message: `${names(inferred.map((f) => f.name))} ${inferred.length === 1 ? 'matches' : 'match'} the timeline (${chain}): mark these key moments so the figures stay checked.`,
        span: pm.timeline.section.headingSpan,
        fixes: [
          {
            title: 'Mark the key moments the figures were inferred from',
            edits: ordered.map(([entry, moments]) => {
              const at = markerOffset(pm, entry);
              return { span: { start: at, end: at }, newText: tags(moments) };
            }),
            safe: true,
          },
        ],
      },
    ];
  },
};
