// Key moments and the impact figures between them (FORMAT.md section 5). A moment comes, in this
// order, from a marker in the timeline, a Key events line or an impact window (all `markers`);
// when nothing marks any moment, from the stated figures (`inferred`); and, when the timeline
// marks none, the moments still unknown from the entries' words (`wording`, suggestions).
import type { Config } from '../config/schema';
import { vocabulary } from '../config/vocabulary';
import { wording } from '../config/wording';
import { firstKeyEvents } from '../postmortem/keyEvents';
import type { KeyMoment, Postmortem } from '../postmortem/model';
import type { ImpactFigure } from './figure';
import { inferMoments } from './inference';
import type { KeyMoments, LocatedMoment } from './moment';
import { leastCertain } from './moment';
import { suggestMoments } from './wording';

export function keyMoments(pm: Postmortem, config: Config): KeyMoments {
  const entries = pm.timeline?.entries ?? [];
  const moments = new Map<KeyMoment, LocatedMoment>();
  for (const entry of entries) {
    for (const tag of entry.moments)
      if (!moments.has(tag.moment))
        moments.set(tag.moment, { moment: tag.moment, source: 'markers', epochMs: entry.epochMs, entry });
  }
  const markedInTimeline = moments.size > 0;
  for (const [moment, keyEvent] of firstKeyEvents(pm.keyEvents)) {
    if (!moments.has(moment)) moments.set(moment, { moment, source: 'markers', epochMs: keyEvent.epochMs, keyEvent });
  }
  const figures = vocabulary(config).figures;
  if (moments.size === 0) {
    for (const [moment, entry] of inferMoments(entries, pm.statedFigures, figures) ?? [])
      moments.set(moment, { moment, source: 'inferred', epochMs: entry.epochMs, entry });
  }
  if (!markedInTimeline && config.suggestMoments) {
    for (const suggestion of suggestMoments(pm.text, entries, moments, wording(config), figures))
      moments.set(suggestion.moment, suggestion);
  }
  return { moments };
}

export function computeFigures(pm: Postmortem, config: Config, moments = keyMoments(pm, config)): ImpactFigure[] {
  return vocabulary(config).figures.map((definition) => {
    const fromMoment = moments.moments.get(definition.from);
    const toMoment = moments.moments.get(definition.to);
    const from = fromMoment?.epochMs ?? null;
    const to = toMoment?.epochMs ?? null;
    const computable = from !== null && to !== null && fromMoment && toMoment;
    return {
      name: definition.name,
      from: definition.from,
      to: definition.to,
      minutes: computable ? Math.round((to - from) / 60_000) : null,
      fromMoment,
      toMoment,
      fromEntry: fromMoment?.entry,
      toEntry: toMoment?.entry,
      source: computable ? leastCertain(fromMoment.source, toMoment.source) : null,
      stated: pm.statedFigures.find((s) => s.figure === definition.name),
    };
  });
}
