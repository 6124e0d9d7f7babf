// `postmortem-lint report` options: parsed with node's parseArgs, every mistake a UsageError (exit 2).
import { parseArgs } from 'node:util';
import type { PeriodGrain } from '../insights/periods';
import { PERIOD_GRAINS } from '../insights/periods';
import { dayOption, UsageError } from './args';

export const REPORT_FORMATS = ['md', 'html', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  operands: string[];
  format: ReportFormat;
  by: PeriodGrain;
  since?: string;
  until?: string;
  /** `YYYY-MM-DD`; the host's clock gives it when the option is not. */
  today?: string;
  out?: string;
  config?: string;
  help: boolean;
}

export const REPORT_USAGE = `Usage: postmortem-lint report [options] <file|folder|glob>...

A report across postmortems, for the review meeting: per incident its date, title, severity,
service, figures (MTTD, MTTA, MTTM, MTTR, Duration), action items and findings; per period the
incident count, the median and 90th percentile of each figure, open and overdue action items,
and drafts; charts of incidents, time to detect and repair, and open action items.
Files that are not postmortems are left out and listed with the reason.

Options:
  --format <md|html|json|csv> output format (default: md, with Mermaid charts); html is one
                              self-contained page with SVG charts
  --by <month|quarter|year>   period to group incidents by (default: quarter)
  --since <YYYY-MM-DD>        leave out incidents before this day
  --until <YYYY-MM-DD>        leave out incidents after this day
  --today <YYYY-MM-DD>        the day action items are overdue against (default: today)
  --out <file>                write the report to this file (whole or not at all) instead of stdout;
                              links to the postmortems are relative to its folder
  --config <file>             use this .postmortemrc.json instead of the nearest one
  -h, --help                  show this help

Exit status: 0 when the report is written, 2 on usage or configuration errors, a file that cannot
be read (it is listed as left out) or a report that cannot be written.
`;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function parseReportArgs(argv: string[]): ReportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'md' },
        by: { type: 'string', default: 'quarter' },
        since: { type: 'string' },
        until: { type: 'string' },
        today: { type: 'string' },
        out: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const help = values.help ?? false;
  const format = values.format ?? 'md';
  const by = values.by ?? 'quarter';
  if (!help) {
    if (!isOneOf(REPORT_FORMATS, format))
      throw new UsageError(`Unknown report format "${format}": use ${REPORT_FORMATS.join(', ')}.`);
    if (!isOneOf(PERIOD_GRAINS, by))
      throw new UsageError(`--by must be one of ${PERIOD_GRAINS.join(', ')}, not "${by}".`);
    if (values.out === '') throw new UsageError('--out needs a file name.');
    if (values.config === '') throw new UsageError('--config needs a file name.');
    if (positionals.length === 0) throw new UsageError('No files given.');
  }
  const options: ReportOptions = {
    operands: positionals,
    format: format as ReportFormat,
    by: by as PeriodGrain,
    since: dayOption('since', values.since),
    until: dayOption('until', values.until),
    today: dayOption('today', values.today),
    out: values.out,
    config: values.config,
    help,
  };
  if (options.since && options.until && options.since > options.until)
    throw new UsageError(`--since ${options.since} is after --until ${options.until}.`);
  return options;
}
