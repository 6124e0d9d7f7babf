// The per-file report the CLI prints: plain data, the shape documented in the README.
import type { Analysis } from '../analysis/analyze';
import type { Severity } from '../analysis/finding';
import type { Range } from '../postmortem/positions';
import { formatIso } from '../postmortem/zones';
import type { TimelineEntry } from '../postmortem/model';

export interface ReportFinding {
  code: string;
  name: string;
  severity: Severity;
  message: string;
  range: Range;
  fixable: boolean;
}

export interface ReportFigure {
  minutes: number | null;
  stated: number | null;
  from: string | null;
  to: string | null;
  source: 'markers' | 'inferred' | null;
}

export interface FileReport {
  file: string;
  isPostmortem: boolean;
  findings: ReportFinding[];
  figures: Record<string, ReportFigure>;
  timeline: { timezone: string | null; entries: { line: number; start: string | null; approximate: boolean; moments: string[] }[] } | null;
}

/** An absolute timestamp only when the entry's day is known: a time alone is not an instant. */
function isoOf(entry: TimelineEntry | undefined): string | null {
  if (!entry || entry.date === null || entry.epochMs === null || entry.offsetMinutes === null) return null;
  return formatIso(entry.epochMs, entry.offsetMinutes);
}

export function buildReport(file: string, analysis: Analysis): FileReport {
  const { postmortem, lines } = analysis;
  const figures: Record<string, ReportFigure> = {};
  for (const f of analysis.figures) {
    figures[f.name] = {
      minutes: f.minutes,
      stated: f.stated?.value ? f.stated.value.minutes : null,
      from: f.minutes === null ? null : isoOf(f.fromEntry),
      to: f.minutes === null ? null : isoOf(f.toEntry),
      source: f.source,
    };
  }
  const timeline = postmortem.timeline;
  return {
    file,
    isPostmortem: postmortem.classification !== null,
    findings: analysis.findings.map((f) => ({
      code: f.code,
      name: f.name,
      severity: f.severity,
      message: f.message,
      range: lines.range(f.span),
      fixable: f.fixes.some((x) => x.safe),
    })),
    figures,
    timeline: timeline
      ? {
          timezone: timeline.timezone.zone,
          entries: timeline.entries.map((e) => ({
            line: lines.position(e.lineSpan.start).line,
            start: isoOf(e),
            approximate: e.approximate,
            moments: e.moments.map((m) => m.moment),
          })),
        }
      : null,
  };
}
