// What an editor's insights view is given to draw (view.ts makes it): every number already
// computed and written for people, so the view only lays it out. A leaf, importing nothing: the
// webview's script is typed by it without the rest of the server.

export type ViewGrain = 'month' | 'quarter' | 'year';

export interface ViewCell {
  text: string;
  /** A smaller word after the text: where a figure comes from (`inferred`, `stated`), or `draft`. */
  note?: string;
  /** Overdue action items are shown as such. */
  alert?: boolean;
}

export interface ViewColumn {
  title: string;
  /** Text columns are aligned left, numbers right. */
  text: boolean;
  /** Said when the pointer rests on the heading. */
  description?: string;
}

export interface ViewIncidentRow {
  cells: ViewCell[];
  /** The postmortem the row's title opens: a file URI in the workspace. */
  uri: string;
  /** Where it is, as the workspace names it (`incidents/2024-03-05-checkout.md`). */
  label: string;
}

export interface ViewChart {
  /** `incidents`, `mttd`, `mttr`, `actions` (insights/charts.ts). */
  id: string;
  title: string;
  /** Drawn by vega's headless renderer; null when it could not be drawn (`problem` says why). */
  svg: string | null;
  problem?: string;
}

export interface InsightsView {
  /** `12 postmortems, 2024-Q1 to 2025-Q2, by quarter. Action items as of 2025-06-30.` */
  summary: string;
  by: ViewGrain;
  today: string;
  /** While the workspace is still being read: how many of its markdown files so far. */
  reading: { done: number; total: number } | null;
  charts: ViewChart[];
  periods: { columns: ViewColumn[]; rows: ViewCell[][] };
  /** Newest first, the undated ones last. */
  incidents: { columns: ViewColumn[]; rows: ViewIncidentRow[] };
  /** Files the configuration names as postmortems that could not be counted, and why. */
  excluded: { label: string; reason: string }[];
  /** No workspace folder, or nothing found: what to do about it. */
  empty?: string;
}
