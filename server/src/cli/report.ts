// The per-file report every output format is made from: plain data, the shape documented in the README.
import type { Analysis } from '../analysis/analyze';
import type { Severity } from '../analysis/finding';
import type { ActionStatus, ActionType } from '../postmortem/vocabulary';
import type { LocatedMoment, MomentSource } from '../analysis/moment';
import type { FigureName, KeyMoment, TimelineEntry } from '../postmortem/model';
import { FIGURE_NAMES, KEY_MOMENTS } from '../postmortem/vocabulary';
import type { Range } from '../postmortem/positions';
import { formatIso } from '../postmortem/zones';

export interface ReportFinding {
  code: string;
  name: string;
  severity: Severity;
  message: string;
  /** 0-based line and UTF-16 character, as LSP counts. */
  range: Range;
  /** Whether `--fix` would change something for it. */
  fixable: boolean;
}

export interface ReportFigure {
  minutes: number | null;
  stated: number | null;
  from: string | null;
  to: string | null;
  /** `markers`, `inferred`, or `wording` for a figure between moments the entries' words suggest. */
  source: MomentSource | null;
}

/** A key moment: when, where it is written, and how sure it is. */
export interface ReportMoment {
  /** The instant, when its day is known. */
  at: string | null;
  /** 0-based line of the entry, Key events line or impact window that gives it. */
  line: number;
  source: MomentSource;
}

export interface ReportAction {
  text: string;
  owner: string | null;
  /** The ticket's link, or its key (`ABC-123`, `#123`) when it has none. */
  ticket: string | null;
  /** `YYYY-MM-DD`; null when none is written or it cannot be read. */
  due: string | null;
  /** `open` when nothing says otherwise. */
  status: ActionStatus;
  type: ActionType | null;
  line: number;
}

export interface ReportEntry {
  line: number;
  start: string | null;
  approximate: boolean;
  moments: string[];
}

export interface FileReport {
  file: string;
  isPostmortem: boolean;
  findings: ReportFinding[];
  figures: Record<FigureName, ReportFigure>;
  /** Every key moment, null when unknown. */
  moments: Record<KeyMoment, ReportMoment | null>;
  timeline: { timezone: string | null; entries: ReportEntry[] } | null;
  actions: ReportAction[];
}

const NO_FIGURE: ReportFigure = { minutes: null, stated: null, from: null, to: null, source: null };

/** An absolute timestamp only when the entry's day is known: a time alone is not an instant. */
function isoOf(entry: TimelineEntry | undefined): string | null {
  if (!entry || entry.date === null || entry.epochMs === null || entry.offsetMinutes === null) return null;
  return formatIso(entry.epochMs, entry.offsetMinutes);
}

/** A moment's instant, when its day is known. */
function momentIso(m: LocatedMoment): string | null {
  if (m.entry) return isoOf(m.entry);
  const e = m.keyEvent;
  return e && e.date !== null && e.epochMs !== null && e.offsetMinutes !== null
    ? formatIso(e.epochMs, e.offsetMinutes)
    : null;
}

function figuresOf(analysis: Analysis, isPostmortem: boolean): Record<FigureName, ReportFigure> {
  // Every key always present, in the documented order, so consumers never test for absence.
  const figures = Object.fromEntries(FIGURE_NAMES.map((name) => [name, { ...NO_FIGURE }])) as Record<
    FigureName,
    ReportFigure
  >;
  if (!isPostmortem) return figures;
  for (const f of analysis.figures) {
    if (!(f.name in figures)) continue;
    const computed = f.minutes !== null;
    figures[f.name] = {
      minutes: f.minutes,
      stated: f.stated?.value ? f.stated.value.minutes : null,
      from: computed && f.fromMoment ? momentIso(f.fromMoment) : null,
      to: computed && f.toMoment ? momentIso(f.toMoment) : null,
      source: computed ? f.source : null,
    };
  }
  return figures;
}

function momentsOf(analysis: Analysis, isPostmortem: boolean): Record<KeyMoment, ReportMoment | null> {
  return Object.fromEntries(
    KEY_MOMENTS.map((moment) => {
      const m = isPostmortem ? analysis.moments.moments.get(moment) : undefined;
      const offset = m?.entry?.lineSpan.start ?? m?.keyEvent?.lineSpan.start;
      return [
        moment,
        m && offset !== undefined
          ? { at: momentIso(m), line: analysis.lines.position(offset).line, source: m.source }
          : null,
      ];
    }),
  ) as Record<KeyMoment, ReportMoment | null>;
}

export function buildReport(file: string, analysis: Analysis, options: { quiet?: boolean } = {}): FileReport {
  const { postmortem, lines } = analysis;
  const isPostmortem = postmortem.classification !== null;
  const timeline = isPostmortem ? postmortem.timeline : undefined;
  const findings = isPostmortem ? analysis.findings.filter((f) => !options.quiet || f.severity === 'error') : [];
  return {
    file,
    isPostmortem,
    findings: findings.map((f) => ({
      code: f.code,
      name: f.name,
      severity: f.severity,
      message: f.message,
      range: lines.range(f.span),
      fixable: f.fixes.some((x) => x.safe),
    })),
    figures: figuresOf(analysis, isPostmortem),
    moments: momentsOf(analysis, isPostmortem),
    timeline: timeline
      ? {
          // An assumed zone is still the one the timestamps were computed in, so it is reported.
          timezone: timeline.timezone.zone || null,
          entries: timeline.entries.map((e) => ({
            line: lines.position(e.lineSpan.start).line,
            start: isoOf(e),
            approximate: e.approximate,
            moments: e.moments.map((m) => m.moment),
          })),
        }
      : null,
    actions: isPostmortem
      ? postmortem.actionItems.map((a) => ({
          text: a.text,
          owner: a.owner?.value ?? null,
          ticket: a.ticket?.value ?? null,
          due: a.due?.value ?? null,
          status: a.status?.value ?? 'open',
          type: a.type?.value ?? null,
          line: lines.position(a.span.start).line,
        }))
      : [],
  };
}

export function hasErrors(reports: FileReport[]): boolean {
  return reports.some((r) => r.findings.some((f) => f.severity === 'error'));
}
