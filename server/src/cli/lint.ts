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
import { inThreads, threadCount } from './threads';

/** How files are checked: plain data, so a worker thread can be given it. */
export interface LintSettings {
  cwd: string;
  config?: string;
  fix: boolean;
  quiet: boolean;
  /** The day due dates are compared with (`YYYY-MM-DD`; the CLI always gives one): unset, nothing is overdue. */
  today?: string;
  /** Real folders --fix may write in (resolveFiles' roots); anywhere when unset. */
  writableRoots?: string[];
}

export interface LintOptions extends LintSettings {
  /** One line of diagnostics about the run itself (stderr). */
  warn: (line: string) => void;
  /** The worker threads' script and their number, when not the bundled one and threads.ts's choice. */
  threads?: { script: string; count: number };
}

export interface LintJob {
  kind: 'lint';
  files: string[];
  settings: LintSettings;
}

export interface LintRun {
  reports: FileReport[];
  /** Configuration or file-system problems: the run exits 2 whatever the findings. */
  failed: boolean;
}

/** One file checked: its report (none when it cannot be read) and the lines for stderr, in order. */
export interface FileOutcome {
  report?: FileReport;
  /** Its configuration's problems, said once per configuration (at its first file) by the merge. */
  configKey: string;
  configLines: string[];
  lines: string[];
  failed: boolean;
}

/** Below this many files per thread, a thread costs more than it saves (measured with bench/lintFolder.ts). */
const FILES_PER_THREAD = 40;

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

/**
 * The fix targets of a worker thread: the thread that starts the run sweeps every folder first
 * (sweptFolders), since a sweep in one thread would take another's temp file, of the same pid, for
 * a dead run's.
 */
export function sharedFixTargets(settings: LintSettings): FixTargets {
  return new FixTargets(settings.writableRoots, { sweep: false });
}

export function lintFile(file: string, settings: LintSettings, targets: FixTargets): FileOutcome {
  const { cwd } = settings;
  const path = resolve(cwd, file);
  const loaded = loadConfigFor(path, { explicitConfigFile: settings.config });
  const outcome: FileOutcome = {
    configKey: loaded.configFile ?? '',
    configLines: loaded.problems.map((problem) => describeProblem(problem, loaded.configText, cwd)),
    lines: [],
    failed: loaded.problems.some((p) => p.severity !== 'information'),
  };
  const warn = (line: string) => outcome.lines.push(line);

  let source = readSource(path);
  if ('unreadable' in source) {
    warn(`${file}: cannot read: ${source.unreadable}`);
    outcome.failed = true;
    return outcome;
  }
  const analyse = (t: string): Analysis =>
    analyze(t, loaded.config, { path, template: loaded.template?.text, today: settings.today });
  let text = source.text;
  if (settings.fix) {
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
          outcome.failed = true;
          break;
        }
        const again = attempt < MAX_FIX_ATTEMPTS ? readSource(path) : undefined;
        if (!again || 'unreadable' in again) {
          warn(`${file}: not fixed: it kept changing while being fixed; run --fix again once it is saved`);
          outcome.failed = true;
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
    warn(`${file}: internal error in ${failureSource(failure)}, findings may be missing: ${messageOf(failure.error)}`);
    outcome.failed = true;
  }
  outcome.report = buildReport(file, analysis, { quiet: settings.quiet });
  return outcome;
}

/** Checks the files, in threads when there are many; reports and stderr lines as one thread would give them. */
export async function lintFiles(files: string[], options: LintOptions): Promise<LintRun> {
  const { warn, threads: given, ...settings } = options;
  const targets = new FixTargets(settings.writableRoots);
  const threads = given?.count ?? threadCount(files.length, FILES_PER_THREAD);
  // Every folder --fix may write in is swept here, before any thread writes (see sharedFixTargets).
  if (settings.fix && threads > 1) for (const file of files) targets.target(resolve(settings.cwd, file));
  const shares = await inThreads<LintJob, FileOutcome>(
    { kind: 'lint', files, settings },
    {
      filesPerThread: FILES_PER_THREAD,
      threads,
      script: given?.script,
      inProcess: (share) => share.map((f) => lintFile(f, settings, targets)),
    },
  );
  const run: LintRun = { reports: [], failed: false };
  const reportedConfigs = new Set<string>();
  const add = (outcome: FileOutcome) => {
    if (outcome.configLines.length && !reportedConfigs.has(outcome.configKey)) {
      reportedConfigs.add(outcome.configKey);
      outcome.configLines.forEach(warn);
    }
    outcome.lines.forEach(warn);
    if (outcome.report) run.reports.push(outcome.report);
    run.failed ||= outcome.failed;
  };
  for (const share of shares) {
    share.results.forEach(add);
    if (share.stopped === undefined) continue;
    // The file the thread died on is not checked (a fix, if any, was written whole or not at all);
    // the rest of its share is checked here.
    const lost = share.files[share.results.length];
    warn(`${lost}: not checked: the worker thread checking it stopped: ${share.stopped}`);
    run.failed = true;
    share.files.slice(share.results.length + 1).forEach((file) => add(lintFile(file, settings, targets)));
  }
  return run;
}
