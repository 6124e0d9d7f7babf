// Impact figures from the timeline (FORMAT.md section 5): from markers when any entry is marked,
// otherwise by inference from the stated figures.
import type { Config } from '../config/schema';
import { vocabulary } from '../config/vocabulary';
import type { KeyMoment, Postmortem, TimelineEntry } from '../postmortem/model';
import type { ImpactFigure } from './figure';
import { inferMoments } from './inference';

export interface MomentEntries {
  moments: Map<KeyMoment, TimelineEntry>;
  source: 'markers' | 'inferred' | null;
}

/** The entry each key moment falls on: the first entry carrying its marker, or the inferred one. */
export function keyMomentEntries(pm: Postmortem, config: Config): MomentEntries {
  const entries = pm.timeline?.entries ?? [];
  const marked = new Map<KeyMoment, TimelineEntry>();
  for (const entry of entries) {
    for (const tag of entry.moments) if (!marked.has(tag.moment)) marked.set(tag.moment, entry);
  }
  if (marked.size > 0) return { moments: marked, source: 'markers' };
  const inferred = inferMoments(entries, pm.statedFigures, vocabulary(config).figures);
  return inferred ? { moments: inferred, source: 'inferred' } : { moments: new Map(), source: null };
}

export function computeFigures(pm: Postmortem, config: Config, moments = keyMomentEntries(pm, config)): ImpactFigure[] {
  return vocabulary(config).figures.map((definition) => {
    const fromEntry = moments.moments.get(definition.from);
    const toEntry = moments.moments.get(definition.to);
    const from = fromEntry?.epochMs ?? null;
    const to = toEntry?.epochMs ?? null;
    const computable = from !== null && to !== null;
    return {
      name: definition.name,
      from: definition.from,
      to: definition.to,
      minutes: computable ? Math.round((to - from) / 60_000) : null,
      fromEntry,
      toEntry,
      source: computable ? moments.source : null,
      stated: pm.statedFigures.find((s) => s.figure === definition.name),
    };
  });
}
