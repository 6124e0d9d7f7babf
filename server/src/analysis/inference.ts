// When nobody marked the key moments, the stated figures often say which entries they came from:
// a stated figure that equals the gap between exactly one pair of entries, consistently with the
// other stated figures (MTTD's end is MTTR's start), names those entries' moments.
import type { FigureDefinition } from '../postmortem/readerSettings';
import type { KeyMoment, StatedFigure, TimelineEntry } from '../postmortem/model';

export type MomentAssignment = Map<KeyMoment, TimelineEntry>;

/** More candidate pairs than this for one figure is not evidence of anything. */
const MAX_CANDIDATES = 24;
const MAX_STEPS = 20000;

interface Goal {
  definition: FigureDefinition;
  pairs: [TimelineEntry, TimelineEntry][];
}

export function inferMoments(
  entries: TimelineEntry[],
  stated: StatedFigure[],
  figures: FigureDefinition[],
): MomentAssignment | undefined {
  const byTime = new Map<number, TimelineEntry[]>();
  for (const e of entries) {
    if (e.epochMs === null) continue;
    const list = byTime.get(e.epochMs);
    if (list) list.push(e);
    else byTime.set(e.epochMs, [e]);
  }
  const goals: Goal[] = [];
  for (const definition of figures) {
    const figure = stated.find(
      (s) => s.figure === definition.name && s.value && s.value.maxMinutes === undefined && !s.value.bound,
    );
    if (!figure?.value || figure.value.minutes <= 0) continue;
    const gap = Math.round(figure.value.minutes) * 60_000;
    const pairs: Goal['pairs'] = [];
    for (const from of entries) {
      if (from.epochMs === null) continue;
      for (const to of byTime.get(from.epochMs + gap) ?? []) pairs.push([from, to]);
      if (pairs.length > MAX_CANDIDATES) break;
    }
    if (pairs.length > 0 && pairs.length <= MAX_CANDIDATES) goals.push({ definition, pairs });
  }
  if (goals.length === 0) return undefined;

  // Every consistent way to pick one pair per goal; inference holds only when exactly one exists.
  const solutions: MomentAssignment[] = [];
  let steps = 0;
  const search = (i: number, assignment: MomentAssignment): void => {
    if (solutions.length > 1 || ++steps > MAX_STEPS) return;
    if (i === goals.length) {
      solutions.push(new Map(assignment));
      return;
    }
    const { definition, pairs } = goals[i];
    for (const [from, to] of pairs) {
      const a = assignment.get(definition.from);
      const b = assignment.get(definition.to);
      if ((a && a !== from) || (b && b !== to)) continue;
      if (!a && [...assignment.values()].includes(from)) continue;
      if (!b && [...assignment.values()].includes(to)) continue;
      const next = new Map(assignment);
      next.set(definition.from, from);
      next.set(definition.to, to);
      search(i + 1, next);
    }
  };
  search(0, new Map());
  return solutions.length === 1 && steps <= MAX_STEPS ? solutions[0] : undefined;
}
