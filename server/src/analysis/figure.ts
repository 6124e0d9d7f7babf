import type { FigureName, KeyMoment, StatedFigure, TimelineEntry } from '../postmortem/model';

/** An impact figure as the timeline gives it, beside what the document states. */
export interface ImpactFigure {
  name: FigureName;
  from: KeyMoment;
  to: KeyMoment;
  /** Computed minutes, or null when the timeline cannot give it. */
  minutes: number | null;
  fromEntry?: TimelineEntry;
  toEntry?: TimelineEntry;
  /** `markers` when both entries are tagged, `inferred` when found from the stated figures. */
  source: 'markers' | 'inferred' | null;
  stated?: StatedFigure;
}
