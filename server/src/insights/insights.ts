// Insights across postmortems: the rows of a review meeting's report, computed from analyses.
// Pure (the clock is `today`, files are named by the host), so the CLI's report and the editor's
// insights view compute the same numbers from the same function.
import type { Analysis } from '../analysis/analyze';
import type { FigureName } from '../postmortem/model';
import { FIGURE_NAMES } from '../postmortem/vocabulary';
import type { Incident } from './incident';
import { incidentOf } from './incident';
import type { PeriodGrain } from './periods';
import { periodOf, periodsBetween } from './periods';
import type { Summary } from './statistics';
import { summarise } from './statistics';

/** A file the host read (its analysis) or could not read (why). */
export type InsightsInput = { file: string; analysis: Analysis } | { file: string; unreadable: string };

export interface InsightsOptions {
  by: PeriodGrain;
  /** `YYYY-MM-DD`, both included; incidents outside are left out of the report. */
  since?: string;
  until?: string;
  /** `YYYY-MM-DD`: what "overdue" is measured against. */
  today: string;
}

/** The period of postmortems that give no date. */
export const UNDATED = 'undated';

export interface PeriodRow {
  /** `2025-Q1`, `2025-01`, `2025`, or `undated`. */
  period: string;
  incidents: number;
  /** Each figure's median and 90th percentile over the incidents that have it, and how many do. */
  figures: Record<FigureName, Summary>;
  /** Action items of this period's incidents still open today, and those of them overdue. */
  actions: { open: number; overdue: number };
  /** Postmortems of this period still in draft. */
  drafts: number;
}

export interface IncidentRow extends Incident {
  period: string;
}

export interface Excluded {
  file: string;
  reason: string;
}

export interface Insights {
  /** Dated incidents by date, then the undated ones; files in the order given within a day. */
  incidents: IncidentRow[];
  /** Every period from the first to the last (quiet ones included), then `undated` when any is. */
  periods: PeriodRow[];
  excluded: Excluded[];
  options: InsightsOptions;
}

function exclusion(input: InsightsInput): string | undefined {
  if ('unreadable' in input) return `cannot be read: ${input.unreadable}`;
  const pm = input.analysis.postmortem;
  if (pm.declined) return `not analysed: ${pm.declined}`;
  if (pm.classification === null) return 'not a postmortem';
  return undefined;
}

function periodRow(period: string, incidents: readonly Incident[]): PeriodRow {
  const figures = Object.fromEntries(
    FIGURE_NAMES.map((name) => {
      // A figure with no value is left out, never counted as zero.
      const values = incidents.flatMap((i) => (i.figures[name].minutes === null ? [] : [i.figures[name].minutes]));
      return [name, summarise(values as number[])];
    }),
  ) as Record<FigureName, Summary>;
  return {
    period,
    incidents: incidents.length,
    figures,
    actions: {
      open: incidents.reduce((n, i) => n + i.actions.open, 0),
      overdue: incidents.reduce((n, i) => n + i.actions.overdue, 0),
    },
    drafts: incidents.filter((i) => i.draft).length,
  };
}

/** One file as the report counts it: an incident, or the reason it is left out. Plain data, so it can cross threads. */
export type InsightsEntry = { file: string; incident: Incident } | { file: string; excluded: string };

export function readEntry(input: InsightsInput, today: string): InsightsEntry {
  const reason = exclusion(input);
  if (reason !== undefined || 'unreadable' in input)
    return { file: input.file, excluded: reason ?? 'not a postmortem' };
  return { file: input.file, incident: incidentOf(input.file, input.analysis, today) };
}

export function buildInsights(inputs: readonly InsightsInput[], options: InsightsOptions): Insights {
  return gatherInsights(
    inputs.map((input) => readEntry(input, options.today)),
    options,
  );
}

/** The report from its entries, in the order the files were given. */
export function gatherInsights(entries: readonly InsightsEntry[], options: InsightsOptions): Insights {
  const { by, since, until } = options;
  const excluded: Excluded[] = [];
  const dated: IncidentRow[] = [];
  const undated: IncidentRow[] = [];
  for (const entry of entries) {
    if ('excluded' in entry) {
      excluded.push({ file: entry.file, reason: entry.excluded });
      continue;
    }
    const { incident } = entry;
    if (incident.date === null) {
      undated.push({ ...incident, period: UNDATED });
      continue;
    }
    if ((since && incident.date < since) || (until && incident.date > until)) continue;
    dated.push({ ...incident, period: periodOf(incident.date, by) });
  }
  // Stable: the same day keeps the order the files were given in.
  dated.sort((a, b) =>
    (a.date as string) < (b.date as string) ? -1 : (a.date as string) > (b.date as string) ? 1 : 0,
  );

  const first = since ? periodOf(since, by) : dated[0]?.period;
  const last = until ? periodOf(until, by) : dated[dated.length - 1]?.period;
  const keys = first !== undefined && last !== undefined ? periodsBetween(first, last, by) : [];
  const byPeriod = new Map<string, IncidentRow[]>(keys.map((k) => [k, []]));
  for (const incident of dated) byPeriod.get(incident.period)?.push(incident);
  const periods = keys.map((k) => periodRow(k, byPeriod.get(k) ?? []));
  if (undated.length) periods.push(periodRow(UNDATED, undated));
  return { incidents: [...dated, ...undated], periods, excluded, options };
}
