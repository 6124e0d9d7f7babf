// Command-line operands -> markdown files: files as given, folders searched, globs expanded.
import { statSync } from 'node:fs';
import { globSync } from 'tinyglobby';

const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface ResolvedFiles {
  files: string[];
  /** Operands that matched nothing: a usage error. */
  unmatched: string[];
}

export function resolveFiles(operands: string[], cwd: string): ResolvedFiles {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const operand of operands) {
    let found: string[];
    const stat = statOrUndefined(operand);
    if (stat?.isFile()) found = [operand];
    else if (stat?.isDirectory()) found = globSync('**/*.{md,markdown}', { cwd: operand, ignore: IGNORE, dot: true }).map((f) => joinPath(operand, f));
    else found = globSync(operand, { cwd, ignore: IGNORE, dot: true });
    if (found.length === 0) unmatched.push(operand);
    for (const f of found.sort()) if (!files.includes(f)) files.push(f);
  }
  return { files, unmatched };
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
