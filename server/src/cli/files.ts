// Command-line operands -> markdown files: files as given, folders searched, globs expanded.
import { statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

const MARKDOWN = /\.(md|markdown)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface ResolvedFiles {
  /** Paths as given, or relative to the working directory when found by a folder or glob. */
  files: string[];
  /** Operands that matched nothing: a usage error. */
  unmatched: string[];
}

export function resolveFiles(operands: string[], cwd: string): ResolvedFiles {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  for (const operand of operands) {
    const found = expand(operand, cwd);
    if (found.length === 0) unmatched.push(operand);
    for (const file of found) {
      // The same file reached twice (a folder and a glob over it) is linted once.
      const key = resolve(cwd, file);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  return { files, unmatched };
}

function expand(operand: string, cwd: string): string[] {
  const stat = statOrUndefined(resolve(cwd, operand));
  // A file named outright is read whatever its extension: the user asked for it.
  if (stat?.isFile()) return [operand];
  if (stat?.isDirectory()) {
    const base = resolve(cwd, operand);
    return globSync('**/*.{md,markdown}', { cwd: base, ignore: ['**/node_modules/**', '**/.git/**'] })
      .sort()
      .map((f) => toForwardSlashes(join(operand, f)));
  }
  if (!isDynamicPattern(operand)) return [];
  const base = resolve(cwd, staticBase(operand));
  return globSync(operand, { cwd, absolute: true })
    .filter((abs) => MARKDOWN.test(abs) && !inSkippedDir(relative(base, abs)))
    .sort()
    .map((abs) => (isAbsolute(operand) ? toForwardSlashes(abs) : toForwardSlashes(relative(cwd, abs))));
}

/** The folder a pattern's leading, wildcard-free segments name: the user chose it, so it is never skipped. */
function staticBase(pattern: string): string {
  const segments = toForwardSlashes(pattern).split('/');
  let n = 0;
  while (n < segments.length - 1 && !isDynamicPattern(segments[n])) n++;
  return segments.slice(0, n).join('/') || '.';
}

/** Only the folders the wildcards matched count: running inside a node_modules folder still works. */
function inSkippedDir(pathFromBase: string): boolean {
  return toForwardSlashes(pathFromBase).split('/').slice(0, -1).some((s) => SKIPPED_DIRS.has(s));
}

function toForwardSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
