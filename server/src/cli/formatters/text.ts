// Human output, in the spirit of eslint's stylish: grouped by file, 1-based line:column.
import { humanDuration } from '../../postmortem/durations';
import type { FileReport } from '../report';

export interface TextOptions {
  color: boolean;
}

const COLORS = { error: 31, warning: 33, information: 36, hint: 90, dim: 2, bold: 1, green: 32 } as const;

export function formatText(reports: FileReport[], options: TextOptions): string {
  const paint = (code: keyof typeof COLORS, s: string) => (options.color ? `\u001b[${COLORS[code]}m${s}\u001b[0m` : s);
  const out: string[] = [];
  const totals = { error: 0, warning: 0, information: 0, hint: 0 };
  let postmortems = 0;
  for (const r of reports) {
    if (!r.isPostmortem) continue;
    postmortems++;
    out.push(paint('bold', r.file));
    for (const f of r.findings) {
      totals[f.severity]++;
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      out.push(`  ${where.padEnd(8)} ${paint(f.severity, f.severity.padEnd(11))} ${f.message}  ${paint('dim', `${f.name} (${f.code})`)}`);
    }
    const figures = Object.entries(r.figures)
      .filter(([, f]) => f.minutes !== null || f.stated !== null)
      .map(([name, f]) => {
        if (f.minutes === null) return `${name} ${humanDuration(f.stated ?? 0)} (stated, unchecked)`;
        const agree = f.stated === null ? '' : f.stated === f.minutes ? ' ✓' : ` (stated ${humanDuration(f.stated)})`;
        return `${name} ${humanDuration(f.minutes)}${agree} [${f.source}]`;
      });
    if (figures.length) out.push(`  ${paint('dim', 'figures:')} ${figures.join(' · ')}`);
    out.push('');
  }
  const problems = totals.error + totals.warning + totals.information + totals.hint;
  const summary = `${postmortems} postmortem${postmortems === 1 ? '' : 's'} checked (${reports.length} file${reports.length === 1 ? '' : 's'}): ${totals.error} error${totals.error === 1 ? '' : 's'}, ${totals.warning} warning${totals.warning === 1 ? '' : 's'}, ${totals.information + totals.hint} note${totals.information + totals.hint === 1 ? '' : 's'}`;
  out.push(problems === 0 ? paint('green', summary) : totals.error ? paint('error', summary) : summary);
  return out.join('\n') + '\n';
}
