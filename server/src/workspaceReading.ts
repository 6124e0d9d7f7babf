// One closed file of the workspace, read from disk and analysed for the workspace scan: bounded
// before it is read (cli/sourceFile.ts), only inside its workspace folder (symlinks resolved), in
// steps the scan interleaves with the editor's work. What is kept is small: the findings as
// diagnostics and the insights entry; the text and the analysis are let go at once.
import type { Diagnostic } from 'vscode-languageserver/node';
import { IncrementalAnalyzer } from './analysis/incremental';
import type { LoadedConfig } from './config/load';
import type { Config } from './config/schema';
import { isInside, realPath } from './cli/files';
import { readSource } from './cli/sourceFile';
import { toDiagnostics } from './features/diagnostics';
import type { InsightsEntry } from './insights/insights';
import { readEntry } from './insights/insights';
import { globMatcher } from './postmortem/pathGlob';

export interface FileReading {
  /** The file as it was read: another modification time or size on disk means reading it again. */
  mtimeMs: number;
  size: number;
  /** Its findings, or null when it is no postmortem (nothing to show, nothing counted). */
  diagnostics: Diagnostic[] | null;
  /** Whether its configuration shows closed files' findings (`workspaceProblems`). */
  showProblems: boolean;
  /** What the insights count of it: an incident, a reason it is left out, or nothing (not a postmortem). */
  entry: InsightsEntry | null;
  configFile?: string;
}

const matchers = new WeakMap<readonly string[], (path: string) => boolean>();

/** Whether `files` names the path: such a file is a postmortem even when it cannot be read. */
function namedByFiles(config: Config, path: string): boolean {
  let matches = matchers.get(config.files);
  if (!matches) {
    // As the reader's classification matches them (postmortem/classify.ts).
    matches = globMatcher(config.files, { dot: true, nocase: true });
    matchers.set(config.files, matches);
  }
  return matches(path.replace(/\\/g, '/'));
}

function unreadable(path: string, why: string, loaded: LoadedConfig, stat?: { mtimeMs: number; size: number }) {
  const reading: FileReading = {
    mtimeMs: stat?.mtimeMs ?? -1,
    size: stat?.size ?? -1,
    diagnostics: null,
    showProblems: loaded.config.workspaceProblems,
    // Only a file the configuration calls a postmortem is missed from the insights; any other is no news.
    entry: namedByFiles(loaded.config, path) ? { file: path, excluded: `cannot be read: ${why}` } : null,
    configFile: loaded.configFile,
  };
  return reading;
}

/**
 * Reads and analyses `path`, which must lie inside `realRoot` (the real path of its workspace
 * folder). `today` is what the insights count overdue action items against.
 */
export function* readWorkspaceFile(
  path: string,
  realRoot: string,
  loaded: LoadedConfig,
  today: string,
  logError: (context: string, error: unknown) => void,
): Generator<void, FileReading> {
  const real = realPath(path);
  if (real === undefined) return unreadable(path, 'it does not exist', loaded);
  // Listed files are never links, but a file may be replaced by one before it is read.
  if (!isInside(real, [realRoot])) return unreadable(path, 'it leads outside the workspace folder', loaded);
  const source = readSource(real);
  if ('unreadable' in source) return unreadable(path, source.unreadable, loaded);
  const analyzer = new IncrementalAnalyzer();
  const analysis = yield* analyzer.analyzeSteps(source.text, loaded.config, {
    path,
    template: loaded.template?.text,
    today,
  });
  for (const failure of analysis.failures) logError(`rule ${failure.rule} failed on ${path}`, failure.error);
  const isPostmortem = analysis.postmortem.classification !== null;
  return {
    mtimeMs: source.stat.mtimeMs,
    size: source.stat.size,
    diagnostics: isPostmortem ? toDiagnostics(analysis) : null,
    showProblems: loaded.config.workspaceProblems,
    entry: isPostmortem ? readEntry({ file: path, analysis }, today) : null,
    configFile: loaded.configFile,
  };
}
