// postmortem-lint: the same core as the language server, for CI.
// Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or configuration error.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { analyze } from './analysis/analyze';
import { resolveFiles } from './cli/files';
import { fixText } from './analysis/fixAll';
import { writeFileAtomic } from './cli/atomicWrite';
import { formatSarif } from './cli/formatters/sarif';
import { formatText } from './cli/formatters/text';
import type { FileReport } from './cli/report';
import { buildReport } from './cli/report';
import { loadConfigFor } from './config/load';
import { LineIndex } from './postmortem/positions';

const USAGE = `Usage: postmortem-lint [options] <file|folder|glob>...

Checks incident postmortems written in markdown and computes their impact figures.

Options:
  --format <text|json|sarif>  output format (default: text)
  --config <file>             use this .postmortemrc.json instead of the nearest one
  --fix                       apply the safe fixes (stated figures, key-moment markers) in place
  -h, --help                  show this help
  -v, --version               show the version

Exit status: 0 when no finding is an error, 1 when one is, 2 on usage or configuration errors.
`;

class UsageError extends Error {}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        config: { type: 'string' },
        fix: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`Unknown format "${format}": use text, json or sarif.`);
  if (positionals.length === 0) throw new UsageError('No files given.');
  if (values.config && !existsSync(values.config)) throw new UsageError(`Configuration file not found: ${values.config}`);

  const cwd = process.cwd();
  const { files, unmatched } = resolveFiles(positionals, cwd);
  if (unmatched.length) throw new UsageError(`No markdown files match: ${unmatched.join(', ')}`);

  const reports: FileReport[] = [];
  let configErrors = 0;
  const reportedConfigs = new Set<string>();
  for (const file of files) {
    const path = resolve(cwd, file);
    const loaded = loadConfigFor(path, { explicitConfigFile: values.config, root: cwd });
    if (loaded.configFile && loaded.problems.length && !reportedConfigs.has(loaded.configFile)) {
      reportedConfigs.add(loaded.configFile);
      const lines = new LineIndex(readFileSync(loaded.configFile, 'utf8'));
      for (const p of loaded.problems) {
        const at = lines.position(p.span.start);
        process.stderr.write(`${relative(cwd, p.file) || p.file}:${at.line + 1}:${at.character + 1}: ${p.message}\n`);
        configErrors++;
      }
    }
    const analyse = (text: string) => analyze(text, loaded.config, { path, template: loaded.template?.text });
    let text = readFileSync(path, 'utf8');
    if (values.fix) {
      const fixed = fixText(text, analyse);
      if (fixed !== text) {
        try {
          writeFileAtomic(path, fixed);
        } catch (error) {
          process.stderr.write(`${file}: could not write the fixes, file left unchanged: ${error instanceof Error ? error.message : String(error)}\n`);
          return 2;
        }
        text = fixed;
      }
    }
    reports.push(buildReport(file, analyse(text)));
  }

  if (format === 'json') process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
  else if (format === 'sarif') process.stdout.write(formatSarif(reports, version));
  else process.stdout.write(formatText(reports, { color: !!process.stdout.isTTY && !process.env.NO_COLOR }));

  if (configErrors) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`postmortem-lint: ${error.message}\n\n${USAGE}`);
  } else {
    process.stderr.write(`postmortem-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = 2;
}
