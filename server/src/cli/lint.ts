// The CLI's work per file: configuration, reading, --fix, analysis. Problems go to `warn` and
// make the run fail with exit 2; findings are the caller's to format.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Analysis } from '../analysis/analyze';
import { analyze, failureSource } from '../analysis/analyze';
import { fixText } from '../analysis/fixAll';
import type { ConfigProblem } from '../config/configFile';
import { loadConfigFor } from '../configuration';
import { LineIndex } from '../postmortem/positions';
import { ChangedMeanwhile, writeFileAtomic } from './atomicWrite';
import { encodeText } from './fileBytes';
import { fixRefusal } from './fixRefusal';
import { FixTargets } from './fixTargets';
import type { FileReport } from './report';
import { buildReport } from './report';
import { readSource } from './sourceFile';

export interface LintOptions {
  cwd: string;
  config?: string;
  fix: boolean;
  quiet: boolean;
  /** The day due dates are compared with (`YYYY-MM-DD`). */
  today: string;
  /** Real folders --fix may write in (resolveFiles' roots); anywhere when unset. */
  writableRoots?: string[];
  /** One line of diagnostics about the run itself (stderr). */
  warn: (line: string) => void;
}

export interface LintRun {
  reports: FileReport[];
  /** Configuration or file-system problems: the run exits 2 whatever the findings. */
  failed: boolean;
}

/** An edit saved while a file is being fixed: start over from the saved text, this many times at most. */
const MAX_FIX_ATTEMPTS = 3;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A path as the user can use it: relative to the working directory when inside it, else absolute. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}

/** `file:line:col: message`, located in the text the problems were found in (never read again). */
export function describeProblem(problem: ConfigProblem, text: string | undefined, cwd: string): string {
  const name = displayPath(problem.file, cwd);
  if (text === undefined) return `${name}: ${problem.message}`;
  const at = new LineIndex(text).position(problem.span.start);
  return `${name}:${at.line + 1}:${at.character + 1}: ${problem.message}`;
}

export function lintFiles(files: string[], options: LintOptions): LintRun {
  const { cwd, warn } = options;
  const reports: FileReport[] = [];
  const reportedConfigs = new Set<string>();
  const targets = new FixTargets(options.writableRoots);
  let failed = false;
  for (const file of files) {
    const path = resolve(cwd, file);
    const loaded = loadConfigFor(path, { explicitConfigFile: options.config });
    const configKey = loaded.configFile ?? '';
    if (loaded.problems.length && !reportedConfigs.has(configKey)) {
      reportedConfigs.add(configKey);
      for (const problem of loaded.problems) warn(describeProblem(problem, loaded.configText, cwd));
    }
    if (loaded.problems.some((p) => p.severity !== 'information')) failed = true;

    let source = readSource(path);
    if ('unreadable' in source) {
      warn(`${file}: cannot read: ${source.unreadable}`);
      failed = true;
      continue;
    }
    const analyse = (t: string): Analysis =>
      analyze(t, loaded.config, { path, template: loaded.template?.text, today: options.today });
    let text = source.text;
    if (options.fix) {
      // Looked up for every file, not only changed ones, so each folder is swept of a killed run's temp files.
      const target = targets.target(path);
      for (let attempt = 1; ; attempt++) {
        const fixed = fixText(source.text, analyse);
        if (fixed === source.text) break;
        // Refusals by design, not failures: the findings below say what is left to fix by hand.
        if (!target.writable) {
          warn(`${file}: not fixed: it is a symlink to ${target.real}, outside the folders given`);
          break;
        }
        const refusal = fixRefusal(target.path, source.stat);
        if (refusal) {
          warn(`${file}: not fixed: ${refusal}`);
          break;
        }
        try {
          // Written only if the file still holds the bytes read; bytes that are not UTF-8 go back as they were.
          writeFileAtomic(target.path, encodeText(source.bom + fixed), undefined, source.bytes);
          text = fixed;
          break;
        } catch (error) {
          if (!(error instanceof ChangedMeanwhile)) {
            warn(`${file}: could not write the fixes, the file is unchanged: ${messageOf(error)}`);
            failed = true;
            break;
          }
          const again = attempt < MAX_FIX_ATTEMPTS ? readSource(path) : undefined;
          if (!again || 'unreadable' in again) {
            warn(`${file}: not fixed: it kept changing while being fixed; run --fix again once it is saved`);
            failed = true;
            break;
          }
          // Someone saved it meanwhile: their text wins, and the fixes are made again on it.
          source = again;
          text = again.text;
        }
      }
    }
    const analysis = analyse(text);
    // A rule or the reading that threw: the file's findings are incomplete, so the run fails (exit 2) and says why.
    for (const failure of analysis.failures) {
      warn(
        `${file}: internal error in ${failureSource(failure)}, findings may be missing: ${messageOf(failure.error)}`,
      );
      failed = true;
    }
    reports.push(buildReport(file, analysis, { quiet: options.quiet }));
  }
  return { reports, failed };
}
