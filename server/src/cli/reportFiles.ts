// The report's reading: each file with its own configuration, analysed, and kept only as the
// plain entry the report counts (the analysis is let go at once). Runs in the CLI's thread for a
// few files and in worker threads (reportWorker.ts) for many.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze } from '../analysis/analyze';
import { loadConfigFor } from '../config/load';
import type { InsightsEntry } from '../insights/insights';
import { readEntry } from '../insights/insights';
import { describeProblem, projectRoot } from './lint';

export interface ReadRequest {
  files: string[];
  cwd: string;
  config?: string;
  today: string;
}

export interface ReadResult {
  entries: InsightsEntry[];
  /** Lines for stderr, each once. */
  warnings: string[];
  /** A configuration problem or an unreadable file: the run exits 2. */
  failed: boolean;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function readEntries({ files, cwd, config, today }: ReadRequest): ReadResult {
  const roots = new Map<string, string | undefined>();
  const reported = new Set<string>();
  const result: ReadResult = { entries: [], warnings: [], failed: false };
  for (const file of files) {
    const path = resolve(cwd, file);
    const loaded = loadConfigFor(path, { explicitConfigFile: config, root: projectRoot(dirname(path), roots) });
    if (loaded.problems.length) {
      result.failed = true;
      if (!reported.has(loaded.configFile ?? '')) {
        reported.add(loaded.configFile ?? '');
        for (const problem of loaded.problems) result.warnings.push(describeProblem(problem, cwd));
      }
    }
    let text: string;
    try {
      text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      result.warnings.push(`${file}: cannot read: ${messageOf(error)}`);
      result.entries.push(readEntry({ file, unreadable: messageOf(error) }, today));
      result.failed = true;
      continue;
    }
    const analysis = analyze(text, loaded.config, { path, template: loaded.template?.text });
    result.entries.push(readEntry({ file, analysis }, today));
  }
  return result;
}
