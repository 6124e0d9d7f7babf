// How the report writes its numbers for people: durations as `45m`, `1h 20m`, `2d 3h`; a period
// figure as median / p90 with the number of incidents it comes from.
import type { IncidentFigure } from '../incident';
import type { FigureName } from '../../postmortem/model';
import type { Summary } from '../statistics';

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes * 10) / 10}m`;
  const total = Math.round(minutes);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  const parts = d ? [`${d}d`, h ? `${h}h` : ''] : [`${h}h`, m ? `${m}m` : ''];
  return parts.filter(Boolean).join(' ');
}

/** `14m / 28m (3)`, or `–` when no incident of the period gives the figure. */
export function formatSummary(s: Summary): string {
  if (s.median === null || s.p90 === null) return '–';
  return `${formatMinutes(s.median)} / ${formatMinutes(s.p90)} (${s.count})`;
}

/** `45m`, with where it comes from unless that is the marked key moments. */
export function formatFigure(f: IncidentFigure): string {
  if (f.minutes === null) return '–';
  if (f.source === 'markers' || f.source === null) return formatMinutes(f.minutes);
  // A suggestion from the entries' words is shown as one.
  return `${f.source === 'wording' ? '≈' : ''}${formatMinutes(f.minutes)} (${f.source})`;
}

export const GRAIN_TITLE = { month: 'Month', quarter: 'Quarter', year: 'Year' } as const;

// Every figure of the vocabulary needs one: a figure added there fails the typecheck here.
export const FIGURE_LABELS: Record<FigureName, string> = {
  MTTD: 'time to detect',
  MTTA: 'time to acknowledge',
  MTTM: 'time to mitigate',
  MTTDecl: 'time to declare',
  MTTR: 'time to repair',
  Duration: 'total impact',
};
