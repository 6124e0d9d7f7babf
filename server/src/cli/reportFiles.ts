// The report's reading: each file with its own configuration, analysed, and kept only as the
// plain entry the report counts (the analysis is let go at once). Runs in the CLI's thread and,
// for many files, in worker threads too (threads.ts).
import { resolve } from 'node:path';
import { analyze } from '../analysis/analyze';
import { loadConfigFor } from '../configuration';
import type { InsightsEntry } from '../insights/insights';
import { readEntry } from '../insights/insights';
import { describeProblem } from './lint';
import { readSource } from './sourceFile';
import { inThreads } from './threads';

export interface ReadRequest {
  files: string[];
  cwd: string;
  config?: string;
  today: string;
}

export interface ReadJob extends ReadRequest {
  kind: 'report';
}

export interface ReadResult {
  entries: InsightsEntry[];
  /** Lines for stderr, each once. */
  warnings: string[];
  /** A configuration problem or an unreadable file: the run exits 2. */
  failed: boolean;
}

/** One file's entry and what to say about it; its configuration's problems keyed by that file. */
export interface FileEntry {
  entry: InsightsEntry;
  configKey: string;
  configLines: string[];
  lines: string[];
  failed: boolean;
}

const FILES_PER_THREAD = 40;

export function readFileEntry(file: string, { cwd, config, today }: Omit<ReadRequest, 'files'>): FileEntry {
  const path = resolve(cwd, file);
  // Configuration and reading as the linter does them (lint.ts, sourceFile.ts): bounded, byte-exact.
  const loaded = loadConfigFor(path, { explicitConfigFile: config });
  const configLines = loaded.problems.map((problem) => describeProblem(problem, loaded.configText, cwd));
  const failed = loaded.problems.some((p) => p.severity !== 'information');
  const configKey = loaded.configFile ?? '';
  const source = readSource(path);
  if ('unreadable' in source)
    return {
      entry: readEntry({ file, unreadable: source.unreadable }, today),
      configKey,
      configLines,
      lines: [`${file}: cannot read: ${source.unreadable}`],
      failed: true,
    };
  const analysis = analyze(source.text, loaded.config, { path, template: loaded.template?.text, today });
  return { entry: readEntry({ file, analysis }, today), configKey, configLines, lines: [], failed };
}

/** The entries in the order the files were given; a configuration's problems once, at its first file. */
export async function readEntries(request: ReadRequest): Promise<ReadResult> {
  const shares = await inThreads<ReadJob, FileEntry>(
    { ...request, kind: 'report' },
    {
      filesPerThread: FILES_PER_THREAD,
      inProcess: (files) => files.map((file) => readFileEntry(file, request)),
    },
  );
  const result: ReadResult = { entries: [], warnings: [], failed: false };
  const reported = new Set<string>();
  const add = (one: FileEntry) => {
    if (one.configLines.length && !reported.has(one.configKey)) {
      reported.add(one.configKey);
      result.warnings.push(...one.configLines);
    }
    result.warnings.push(...one.lines);
    result.entries.push(one.entry);
    result.failed ||= one.failed;
  };
  for (const share of shares) {
    share.results.forEach(add);
    if (share.stopped === undefined) continue;
    // The file the thread died on is reported unread; the rest of its share is read here.
    const lost = share.files[share.results.length];
    result.warnings.push(`${lost}: not read: the worker thread reading it stopped: ${share.stopped}`);
    result.entries.push(readEntry({ file: lost, unreadable: 'the worker thread reading it stopped' }, request.today));
    result.failed = true;
    share.files.slice(share.results.length + 1).forEach((file) => add(readFileEntry(file, request)));
  }
  return result;
}
