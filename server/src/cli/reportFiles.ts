// The report's reading: each file with its own configuration, analysed, and kept only as the
// plain entry the report counts (the analysis is let go at once). Runs in the CLI's thread for a
// few files and in worker threads (reportWorker.ts) for many.
import { resolve } from 'node:path';
import { analyze } from '../analysis/analyze';
import { loadConfigFor } from '../configuration';
import type { InsightsEntry } from '../insights/insights';
import { readEntry } from '../insights/insights';
import { describeProblem } from './lint';
import { readSource } from './sourceFile';

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

export function readEntries({ files, cwd, config, today }: ReadRequest): ReadResult {
  const reported = new Set<string>();
  const result: ReadResult = { entries: [], warnings: [], failed: false };
  for (const file of files) {
    const path = resolve(cwd, file);
    // Configuration and reading as the linter does them (lint.ts, sourceFile.ts): bounded, byte-exact.
    const loaded = loadConfigFor(path, { explicitConfigFile: config });
    if (loaded.problems.some((p) => p.severity !== 'information')) result.failed = true;
    if (loaded.problems.length && !reported.has(loaded.configFile ?? '')) {
      reported.add(loaded.configFile ?? '');
      for (const problem of loaded.problems) result.warnings.push(describeProblem(problem, loaded.configText, cwd));
    }
    const source = readSource(path);
    if ('unreadable' in source) {
      result.warnings.push(`${file}: cannot read: ${source.unreadable}`);
      result.entries.push(readEntry({ file, unreadable: source.unreadable }, today));
      result.failed = true;
      continue;
    }
    const analysis = analyze(source.text, loaded.config, { path, template: loaded.template?.text, today });
    result.entries.push(readEntry({ file, analysis }, today));
  }
  return result;
}
