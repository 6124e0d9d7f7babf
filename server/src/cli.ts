// postmortem-lint: the language server's core, for CI. Arguments and I/O only; the work is in cli/.
// Exit codes: 0 no error-severity finding, 1 at least one, 2 usage, configuration or file errors.
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CliOptions } from './cli/args';
import { localToday } from './localToday';
import { parseCliArgs, USAGE, UsageError } from './cli/args';
import type { SkippedLink } from './cli/files';
import { operandProblem, resolveFiles } from './cli/files';
import { writeFileAtomic } from './cli/atomicWrite';
import { formatGithub } from './cli/formatters/github';
import { formatJson } from './cli/formatters/json';
import { formatSarif } from './cli/formatters/sarif';
import { formatText } from './cli/formatters/text';
import { lintFiles } from './cli/lint';
import { startReport } from './cli/reportCommand';
import type { FileReport } from './cli/report';
import { printable, printableJson } from './cli/printable';
import { hasErrors } from './cli/report';
import { notARegularFile } from './config/fileCache';
import { TOOL_NAME, TOOL_VERSION } from './cli/tool';

function format(reports: FileReport[], options: CliOptions, cwd: string): string {
  switch (options.format) {
    case 'json':
      return printableJson(formatJson(reports));
    case 'sarif':
      return printableJson(formatSarif(reports, cwd));
    case 'github':
      return formatGithub(reports);
    default:
      return formatText(reports, { color: !!process.stdout.isTTY && !process.env.NO_COLOR });
  }
}

function describeSkipped(link: SkippedLink): string {
  const why = link.target === null ? 'a broken symlink' : `a symlink to ${link.target}, outside the folders given`;
  return `${link.path}: skipped: ${why}`;
}

/** Every line on stderr names files and quotes configs anyone may have written: shown escaped. */
const warn = (line: string) => process.stderr.write(`${printable(line)}\n`);

/** Whole or not at all, like --fix: code scanning must never upload half a file. */
function writeSarif(file: string, sarif: string): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, sarif);
    return true;
  } catch (error) {
    warn(`${TOOL_NAME}: cannot write ${file}: ${error instanceof Error ? error.message : error}`);
    return false;
  }
}

/** Why --config cannot name this file, or undefined. */
function configFileProblem(path: string): string | undefined {
  try {
    const why = notARegularFile(statSync(path));
    return why && `--config ${path}: ${why}, not a configuration file`;
  } catch {
    return `Configuration file not found: ${path}`;
  }
}

/** The exit code; undefined when `report` sets it itself. */
async function main(argv: string[]): Promise<number | undefined> {
  // `report` runs on its own and sets the exit code when its (asynchronous) charts are drawn.
  if (argv[0] === 'report') {
    startReport(argv.slice(1));
    return undefined;
  }
  const options = parseCliArgs(argv);
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  const cwd = process.cwd();
  const configProblem = options.config === undefined ? undefined : configFileProblem(options.config);
  if (configProblem) throw new UsageError(configProblem);
  for (const operand of options.operands) {
    const why = operandProblem(operand);
    if (why) throw new UsageError(`Cannot search ${operand}: ${why}.`);
  }
  const { files, unmatched, skipped, unreadable, roots } = resolveFiles(options.operands, cwd);
  // Before a usage error too: a folder holding only such links would otherwise "match nothing" unexplained.
  for (const link of skipped) warn(describeSkipped(link));
  for (const u of unreadable) warn(`${u.path}: ${u.why}`);
  const noMatch = unmatched.length ? `No markdown files match: ${unmatched.join(', ')}` : undefined;
  // Nothing at all to check is a usage mistake; otherwise the files found are checked and the run fails after.
  if (noMatch && files.length === 0 && unreadable.length === 0) throw new UsageError(noMatch);
  if (noMatch) warn(`${TOOL_NAME}: ${noMatch}`);

  const { reports, failed } = await lintFiles(files, {
    cwd,
    config: options.config,
    fix: options.fix,
    quiet: options.quiet,
    today: options.today ?? localToday(),
    writableRoots: roots,
    warn,
  });
  process.stdout.write(format(reports, options, cwd));
  if (options.sarif && !writeSarif(options.sarif, printableJson(formatSarif(reports, cwd)))) return 2;
  if (failed || noMatch || unreadable.length) return 2;
  return hasErrors(reports) ? 1 : 0;
}

// `postmortem-lint . | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

function internalError(error: unknown): void {
  if (error instanceof UsageError) {
    warn(`${TOOL_NAME}: ${error.message}`);
    warn(`Run "${TOOL_NAME} --help" for usage.`);
  } else {
    for (const line of `${TOOL_NAME}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.split(
      '\n',
    ))
      warn(line);
  }
  process.exitCode = 2;
}

main(process.argv.slice(2)).then((code) => {
  if (code !== undefined) process.exitCode = code;
}, internalError);
