// Command-line options: parsed with node's own parseArgs, every mistake a UsageError (exit 2).
import { parseArgs } from 'node:util';
import { isValidIsoDate } from '../postmortem/dates';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  operands: string[];
  format: Format;
  config?: string;
  /** Where to write SARIF as well, whatever the format printed. */
  sarif?: string;
  fix: boolean;
  quiet: boolean;
  /** `YYYY-MM-DD`, the day due dates are compared with; the host's clock gives it when the option is not. */
  today?: string;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: postmortem-lint [options] <file|folder|glob>...
       postmortem-lint report [options] <file|folder|glob>...   (see report --help)

Checks incident postmortems written in markdown and computes their impact figures.
A folder means every *.md and *.markdown file under it (node_modules and .git skipped);
symlinks leading outside the folders given are skipped, and named on stderr.
Markdown files that are not postmortems are listed but never get findings.

Options:
  --format <text|json|sarif|github>
                              output format (default: text); github prints workflow
                              commands that annotate a pull request
  --config <file>             use this .postmortemrc.json instead of the nearest one
  --sarif <file>              also write the findings as SARIF to this file
  --fix                       apply the safe fixes (stated figures, key-moment markers) in place
  --today <YYYY-MM-DD>        the day action items' due dates are compared with (default: today)
  -q, --quiet                 report errors only
  -h, --help                  show this help
  -v, --version               show the version

Exit status: 0 when no finding is an error, 1 when one is, 2 on usage or configuration errors.
`;

export class UsageError extends Error {}

/** A `--today`-like option: a real calendar day written `YYYY-MM-DD`, or a UsageError saying so. */
export function dayOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isValidIsoDate(value)) throw new UsageError(`--${name} must be a date written YYYY-MM-DD, not "${value}".`);
  return value;
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        config: { type: 'string', short: 'c' },
        sarif: { type: 'string' },
        fix: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    // parseArgs explains itself well ("Unknown option '--bogus'"); keep its words.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  const options: CliOptions = {
    operands: positionals,
    format: 'text',
    config: values.config,
    sarif: values.sarif,
    fix: values.fix ?? false,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (options.help || options.version) return options;
  if (!isFormat(format)) throw new UsageError(`Unknown format "${format}": use ${FORMATS.join(', ')}.`);
  options.format = format;
  options.today = dayOption('today', values.today);
  if (options.config === '') throw new UsageError('--config needs a file name.');
  if (options.sarif === '') throw new UsageError('--sarif needs a file name.');
  if (positionals.length === 0) throw new UsageError('No files given.');
  return options;
}
