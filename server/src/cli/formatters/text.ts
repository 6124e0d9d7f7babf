// Human output in the spirit of eslint's compact format: one `file:line:col` per finding, so
// terminals and editors turn it into a link, then each postmortem's figures and a summary.
import { humanDuration } from '../../postmortem/durations';
import { printable } from '../printable';
import type { FileReport, ReportFigure } from '../report';

export interface TextOptions {
  color: boolean;
}

const SGR = { error: 31, warning: 33, information: 36, hint: 90, dim: 2, bold: 1, green: 32 } as const;
type Style = keyof typeof SGR;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeFigure(name: string, f: ReportFigure): string | undefined {
  if (f.minutes === null)
    return f.stated === null ? undefined : `${name} ${humanDuration(f.stated)} (stated, not in the timeline)`;
  const differs = f.stated !== null && f.stated !== f.minutes ? `, stated ${humanDuration(f.stated)}` : '';
  if (f.source === 'wording') return `${name} ≈${humanDuration(f.minutes)} (suggested by the entries' words${differs})`;
  return `${name} ${humanDuration(f.minutes)} (${f.source ?? 'timeline'}${differs})`;
}

/** The run in one line: how many postmortems, other files, and findings of each kind. */
export function summarize(reports: FileReport[]): { line: string; errors: number; others: number } {
  const totals = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) for (const f of r.findings) totals[f.severity]++;
  const postmortems = reports.filter((r) => r.isPostmortem).length;
  const notes = totals.information + totals.hint;
  const skipped = reports.length - postmortems;
  const line =
    `${plural(postmortems, 'postmortem')} checked` +
    (skipped ? ` (${plural(skipped, 'other markdown file')} skipped)` : '') +
    `: ${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${plural(notes, 'note')}`;
  return { line, errors: totals.error, others: totals.warning + notes };
}

export function formatText(reports: FileReport[], options: TextOptions): string {
  const paint = (style: Style, s: string) => (options.color ? `\u001b[${SGR[style]}m${s}\u001b[0m` : s);
  const out: string[] = [];
  const postmortems = reports.filter((r) => r.isPostmortem);
  for (const r of postmortems) {
    for (const f of r.findings) {
      // File names and messages quote what anyone may have written: control characters are shown escaped.
      const where = `${printable(r.file)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      out.push(
        `${where}  ${paint(f.severity, f.severity)}  ${printable(f.message)}  ${paint('dim', `${f.name}(${f.code})`)}`,
      );
    }
    const figures = Object.entries(r.figures).flatMap(([name, f]) => describeFigure(name, f) ?? []);
    out.push(
      `${paint('bold', printable(r.file))}: ${figures.length ? figures.join(' · ') : paint('dim', 'no impact figures')}`,
    );
    out.push('');
  }
  const summary = summarize(reports);
  out.push(
    summary.errors ? paint('error', summary.line) : summary.others ? summary.line : paint('green', summary.line),
  );
  return out.join('\n') + '\n';
}
