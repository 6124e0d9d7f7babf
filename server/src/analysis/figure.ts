import type { FigureName, KeyMoment, StatedFigure, TimelineEntry } from '../postmortem/model';
import type { LocatedMoment, MomentSource } from './moment';

/** An impact figure as the timeline gives it, beside what the document states. */
export interface ImpactFigure {
  name: FigureName;
  from: KeyMoment;
  to: KeyMoment;
  /** Computed minutes, or null when the timeline cannot give it. */
  minutes: number | null;
  /** The key moments it is measured between, when known. */
  fromMoment?: LocatedMoment;
  toMoment?: LocatedMoment;
  /** The timeline entries they fall on, when they do. */
  fromEntry?: TimelineEntry;
  toEntry?: TimelineEntry;
  /** The less certain of its two moments' sources (see moment.ts), when computed. */
  source: MomentSource | null;
  stated?: StatedFigure;
}
