// One postmortem as a row of the report: when, what, how bad, where, how long each figure was (and
// where that number comes from), its action items, and how many findings it still has.
import type { Analysis } from '../analysis/analyze';
import type { ImpactFigure } from '../analysis/figure';
import type { FigureName, MetadataField, Postmortem } from '../postmortem/model';
import { FIGURE_NAMES, INSIGHT_WORDS } from '../postmortem/vocabulary';
import { isValidIsoDate, leadingIsoDate } from '../postmortem/dates';
import { normaliseLabel } from '../postmortem/text';

/** Where a figure's minutes come from: the timeline's own reading of it, or the Impact section's statement. */
export type FigureSource = NonNullable<ImpactFigure['source']> | 'stated';

export interface IncidentFigure {
  minutes: number | null;
  source: FigureSource | null;
}

export interface ActionCounts {
  /** Not done and not cancelled. */
  open: number;
  done: number;
  /** Open with a due date before today: a part of `open`. */
  overdue: number;
}

export interface Incident {
  /** As the host names it (the CLI: as given on the command line). */
  file: string;
  /** `YYYY-MM-DD`, or null when the postmortem says no date. */
  date: string | null;
  title: string;
  severity: string | null;
  service: string | null;
  figures: Record<FigureName, IncidentFigure>;
  actions: ActionCounts;
  findings: { error: number; warning: number };
  /** The postmortem says it is still a draft (`Status: draft`, `draft: true`). */
  draft: boolean;
}

const keyIs = (words: readonly string[]) => {
  const keys = new Set(words.map(normaliseLabel));
  return (field: MetadataField) => keys.has(normaliseLabel(field.key));
};
const isSeverity = keyIs(INSIGHT_WORDS.severity);
const isService = keyIs(INSIGHT_WORDS.service);
const isStatus = keyIs(INSIGHT_WORDS.status);
const DRAFT = new Set<string>(INSIGHT_WORDS.draftStatuses);

/** Front matter first (it is the structured one), then the header lines; markdown emphasis dropped. */
function metadataValue(pm: Postmortem, matches: (f: MetadataField) => boolean): string | null {
  const fields = pm.metadata.filter(matches);
  const field = fields.find((f) => f.source === 'front-matter') ?? fields[0];
  const value = field?.value.replace(/[*_`]/g, '').trim();
  return value ? value : null;
}

function serviceOf(pm: Postmortem): string | null {
  const listed = pm.frontMatter?.data?.services;
  if (Array.isArray(listed) && listed.length) return listed.map(String).join(', ');
  // Keys are compared singular: `Services` and `Affected components` are service keys too.
  return metadataValue(pm, isService);
}

function isDraft(pm: Postmortem): boolean {
  if (pm.frontMatter?.data?.draft === true) return true;
  const status = metadataValue(pm, isStatus);
  return (
    status !== null &&
    DRAFT.has(
      status
        .toLowerCase()
        .replace(/[.!]+$/, '')
        .trim(),
    )
  );
}

/**
 * The incident's day: the postmortem's own (title or front matter), else the one its file is named
 * with (`2024-03-05-outage.md`), else the first day its timeline writes (`### 2024-03-05`).
 */
function dateOf(pm: Postmortem, file: string): string | null {
  if (pm.date) return pm.date;
  const name = file.replace(/\\/g, '/').split('/').pop() ?? '';
  const m = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(name);
  if (m && isValidIsoDate(m[0])) return m[0];
  const entry = pm.timeline?.entries.find(
    (e) => e.date !== null && (e.dateSource === 'entry' || e.dateSource === 'heading'),
  );
  return entry?.date ?? pm.timeline?.days[0]?.date ?? null;
}

function titleOf(pm: Postmortem, file: string): string {
  const fmTitle = pm.frontMatter?.data?.title;
  const written = pm.title?.text || (typeof fmTitle === 'string' ? fmTitle : '');
  // The date has a column of its own: `2024-03-05 Checkout errors` is titled `Checkout errors`.
  const lead = leadingIsoDate(written);
  const title = (lead ? written.slice(lead.length) : written).replace(/^[\s:–—-]+/, '').trim();
  return title || written.trim() || (file.replace(/\\/g, '/').split('/').pop() ?? file);
}

/** The timeline's figure when its moments are marked or inferred; else what the document states
 * exactly; else what the entries' words suggest (`wording`), the least sure. */
function figureOf(f: ImpactFigure | undefined): IncidentFigure {
  if (f && f.minutes !== null && f.source !== null && f.source !== 'wording')
    return { minutes: f.minutes, source: f.source };
  // A figure the timeline cannot give still counts when the Impact section states it exactly.
  const stated = f?.stated?.value;
  if (stated && stated.bound === undefined && stated.maxMinutes === undefined) {
    return { minutes: stated.minutes, source: 'stated' };
  }
  if (f && f.minutes !== null && f.source === 'wording') return { minutes: f.minutes, source: 'wording' };
  return { minutes: null, source: null };
}

export function actionCounts(pm: Postmortem, today: string): ActionCounts {
  const counts: ActionCounts = { open: 0, done: 0, overdue: 0 };
  for (const item of pm.actionItems) {
    const status = item.status?.value ?? 'open';
    if (status === 'done') counts.done++;
    else if (status !== 'cancelled') {
      counts.open++;
      const due = item.due?.value;
      if (due && due < today) counts.overdue++;
    }
  }
  return counts;
}

export function incidentOf(file: string, analysis: Analysis, today: string): Incident {
  const pm = analysis.postmortem;
  const figures = Object.fromEntries(
    FIGURE_NAMES.map((name) => [name, figureOf(analysis.figures.find((f) => f.name === name))]),
  ) as Record<FigureName, IncidentFigure>;
  return {
    file,
    date: dateOf(pm, file),
    title: titleOf(pm, file),
    severity: metadataValue(pm, isSeverity),
    service: serviceOf(pm),
    figures,
    actions: actionCounts(pm, today),
    findings: {
      error: analysis.findings.filter((f) => f.severity === 'error').length,
      warning: analysis.findings.filter((f) => f.severity === 'warning').length,
    },
    draft: isDraft(pm),
  };
}
