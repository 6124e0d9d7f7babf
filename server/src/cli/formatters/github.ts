// `--format github`: one GitHub Actions workflow command per finding, which the runner turns into
// an annotation on the pull request's diff, then the summary as a plain log line.
// https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
import { sep } from 'node:path';
import type { Severity } from '../../analysis/finding';
import { printable } from '../printable';
import type { FileReport } from '../report';
import { summarize } from './text';

/** GitHub annotates at three levels; information and hints are both notices. */
const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

/** A message: the runner reads `%25`, `%0D` and `%0A` back as `%`, CR and LF. */
export function escapeData(text: string): string {
  // Other control characters are shown escaped, as in every human-readable output (printable.ts).
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property value: as a message, and `:` and `,` too, which would end the value otherwise. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Annotations name files with forward slashes, relative to the workspace as given. */
function annotationPath(file: string): string {
  return (sep === '\\' ? file.replace(/\\/g, '/') : file).replace(/^(\.\/)+/, '');
}

export function formatGithub(reports: FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const properties = [
        `file=${escapeProperty(annotationPath(r.file))}`,
        `line=${f.range.start.line + 1}`,
        `col=${f.range.start.character + 1}`,
        `title=${escapeProperty(`${f.name} (${f.code})`)}`,
      ];
      out.push(`::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(f.message)}`);
    }
  }
  out.push(summarize(reports).line);
  return out.join('\n') + '\n';
}
