// `--format json`: the reports as they are, one array, for scripts and dashboards.
import type { FileReport } from '../report';

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}
