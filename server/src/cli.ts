// postmortem-lint: the language server's core, for CI. Arguments and I/O only; the work is in cli/.
// Exit codes: 0 no error-severity finding, 1 at least one, 2 usage, configuration or file errors.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CliOptions } from './cli/args';
import { parseCliArgs, USAGE, UsageError } from './cli/args';
import type { SkippedLink } from './cli/files';
import { resolveFiles } from './cli/files';
import { writeFileAtomic } from './cli/atomicWrite';
import { formatGithub } from './cli/formatters/github';
import { formatJson } from './cli/formatters/json';
import { formatSarif } from './cli/formatters/sarif';
import { formatText } from './cli/formatters/text';
import { lintFiles } from './cli/lint';
import { startReport } from './cli/reportCommand';
import type { FileReport } from './cli/report';
import { hasErrors } from './cli/report';
import { TOOL_NAME, TOOL_VERSION } from './cli/tool';

function format(reports: FileReport[], options: CliOptions, cwd: string): string {
  switch (options.format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, cwd);
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

/** Whole or not at all, like --fix: code scanning must never upload half a file. */
function writeSarif(file: string, sarif: string): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, sarif);
    return true;
  } catch (error) {
    process.stderr.write(`${TOOL_NAME}: cannot write ${file}: ${error instanceof Error ? error.message : error}\n`);
    return false;
  }
}

function main(argv: string[]): number {
  // `report` runs on its own and sets the exit code when its (asynchronous) charts are drawn.
  if (argv[0] === 'report') {
    startReport(argv.slice(1));
    return 0;
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
  if (options.config && !existsSync(options.config))
    throw new UsageError(`Configuration file not found: ${options.config}`);
  const { files, unmatched, skipped, roots } = resolveFiles(options.operands, cwd);
  // Before a usage error too: a folder holding only such links would otherwise "match nothing" unexplained.
  for (const link of skipped) process.stderr.write(`${describeSkipped(link)}\n`);
  if (unmatched.length) throw new UsageError(`No markdown files match: ${unmatched.join(', ')}`);

  const { reports, failed } = lintFiles(files, {
    cwd,
    config: options.config,
    fix: options.fix,
    quiet: options.quiet,
    writableRoots: roots,
    warn: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(format(reports, options, cwd));
  if (options.sarif && !writeSarif(options.sarif, formatSarif(reports, cwd))) return 2;
  if (failed) return 2;
  return hasErrors(reports) ? 1 : 0;
}

// `postmortem-lint . | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${TOOL_NAME}: ${error.message}\nRun "${TOOL_NAME} --help" for usage.\n`);
  } else {
    process.stderr.write(
      `${TOOL_NAME}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exitCode = 2;
}
