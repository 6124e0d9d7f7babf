// The CLI's work per file: configuration, reading, --fix, analysis. Problems go to `warn` and
// make the run fail with exit 2; findings are the caller's to format.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Analysis } from '../analysis/analyze';
import { analyze } from '../analysis/analyze';
import { fixText } from '../analysis/fixAll';
import type { ConfigProblem } from '../config/configFile';
import { loadConfigFor } from '../config/load';
import { LineIndex } from '../postmortem/positions';
import { writeFileAtomic } from './atomicWrite';
import { FixTargets } from './fixTargets';
import type { FileReport } from './report';
import { buildReport } from './report';

export interface LintOptions {
  cwd: string;
  config?: string;
  fix: boolean;
  quiet: boolean;
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

const BOM = '\uFEFF';

/** The folder holding `.git` above a file: where config and template discovery stop, as in the editor's workspace. */
export function projectRoot(dir: string, cache: Map<string, string | undefined>): string | undefined {
  if (cache.has(dir)) return cache.get(dir);
  const parent = dirname(dir);
  const root = existsSync(join(dir, '.git')) ? dir : parent === dir ? undefined : projectRoot(parent, cache);
  cache.set(dir, root);
  return root;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function describeProblem(problem: ConfigProblem, cwd: string): string {
  const name = relative(cwd, problem.file) || problem.file;
  try {
    // Spans are counted without a BOM, as the config was read (and as editors show it).
    const at = new LineIndex(readFileSync(problem.file, 'utf8').replace(/^\uFEFF/, '')).position(problem.span.start);
    return `${name}:${at.line + 1}:${at.character + 1}: ${problem.message}`;
  } catch {
    return `${name}: ${problem.message}`;
  }
}

export function lintFiles(files: string[], options: LintOptions): LintRun {
  const { cwd, warn } = options;
  const reports: FileReport[] = [];
  const roots = new Map<string, string | undefined>();
  const reportedConfigs = new Set<string>();
  const targets = new FixTargets(options.writableRoots);
  let failed = false;
  for (const file of files) {
    const path = resolve(cwd, file);
    const loaded = loadConfigFor(path, { explicitConfigFile: options.config, root: projectRoot(dirname(path), roots) });
    const configKey = loaded.configFile ?? '';
    if (loaded.problems.length && !reportedConfigs.has(configKey)) {
      reportedConfigs.add(configKey);
      for (const problem of loaded.problems) warn(describeProblem(problem, cwd));
    }
    if (loaded.problems.length) failed = true;

    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch (error) {
      warn(`${file}: cannot read: ${messageOf(error)}`);
      failed = true;
      continue;
    }
    // Editors hide the BOM, so positions are counted without it; it is written back as found.
    const bom = raw.startsWith(BOM) ? BOM : '';
    let text = raw.slice(bom.length);
    const analyse = (t: string): Analysis => analyze(t, loaded.config, { path, template: loaded.template?.text });
    if (options.fix) {
      // Looked up for every file, not only changed ones, so each folder is swept of a killed run's temp files.
      const target = targets.target(path);
      const fixed = fixText(text, analyse);
      if (fixed !== text && !target.writable) {
        // A refusal by design, not a failure: the findings below say what is left to fix by hand.
        warn(`${file}: not fixed: it is a symlink to ${target.real}, outside the folders given`);
      } else if (fixed !== text && target.writable) {
        try {
          writeFileAtomic(target.path, bom + fixed);
          text = fixed;
        } catch (error) {
          warn(`${file}: could not write the fixes, the file is unchanged: ${messageOf(error)}`);
          failed = true;
        }
      }
    }
    reports.push(buildReport(file, analyse(text), { quiet: options.quiet }));
  }
  return { reports, failed };
}
