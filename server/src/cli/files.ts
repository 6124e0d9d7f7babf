// Command-line operands -> markdown files: files as given, folders searched, globs expanded.
// A search never follows a symlink out of the folders given, since a link in a repository may point
// anywhere; links that stay inside are linted once, under the file's own name when that is listed too.
import type { Stats } from 'node:fs';
import { realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { globMatcher, globProblem } from '../postmortem/pathGlob';
import { walk } from './walk';

const MARKDOWN = /\.(md|markdown)$/i;

export interface SkippedLink {
  /** As the file would have been listed. */
  path: string;
  /** The real path it leads to; null when it leads nowhere (dangling, or a loop). */
  target: string | null;
}

export interface ResolvedFiles {
  /** Paths as given, or as the operand's folder plus the path found below it. */
  files: string[];
  /** Operands that matched nothing: a usage error. */
  unmatched: string[];
  /** Links a search came across and did not follow. */
  skipped: SkippedLink[];
  /** What could not be read or named (a folder without permission, a name that is not UTF-8): the run fails. */
  unreadable: Unreadable[];
  /** Real paths of the folders --fix may write in: those searched, and those holding a file named outright. */
  roots: string[];
}

export interface Unreadable {
  /** As the user would name it: the operand, or the operand's folder plus the path below it. */
  path: string;
  /** The end of a sentence starting with the path: "cannot be read: permission denied". */
  why: string;
}

interface Candidate {
  file: string;
  real: string;
  viaLink: boolean;
}

/** A folder or glob: the folder the search starts in, and the pattern below it. */
interface Search {
  kind: 'search';
  base: string;
  absBase: string;
  realBase: string;
  pattern: string;
  markdownOnly: boolean;
}

type Operand =
  | { kind: 'file'; file: string; real: string; root: string }
  | Search
  | { kind: 'none' }
  | { kind: 'unreadable'; why: string };

export function resolveFiles(operands: string[], cwd: string): ResolvedFiles {
  const plans = operands.map((operand) => classify(operand, cwd));
  const searchRoots = plans.flatMap((p) => (p.kind === 'search' ? [p.realBase] : []));
  const skipped = new Map<string, SkippedLink>();
  const unreadable: Unreadable[] = [];
  plans.forEach((p, i) => {
    if (p.kind === 'unreadable') unreadable.push({ path: operands[i], why: p.why });
  });
  const found = plans.map((p): Candidate[] =>
    p.kind === 'file'
      ? [{ file: p.file, real: p.real, viaLink: false }]
      : p.kind === 'search'
        ? search(p, searchRoots, skipped, unreadable)
        : [],
  );
  // Through a link only when the file's own name is not listed: that is the name the user knows.
  const direct = new Set(found.flat().flatMap((c) => (c.viaLink ? [] : [c.real])));
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  operands.forEach((operand, i) => {
    // An operand that could not be read is reported as such, not as matching nothing.
    if (found[i].length === 0 && plans[i].kind !== 'unreadable' && !unreadable.some((u) => u.path === operand))
      unmatched.push(operand);
    for (const c of found[i]) {
      // The same file reached twice (a folder and a glob over it, or a link to it) is linted once.
      if (seen.has(c.real) || (c.viaLink && direct.has(c.real))) continue;
      seen.add(c.real);
      files.push(c.file);
    }
  });
  const namedRoots = plans.flatMap((p) => (p.kind === 'file' ? [p.root] : []));
  const links = [...skipped.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, unmatched, skipped: links, unreadable, roots: [...new Set([...searchRoots, ...namedRoots])] };
}

/** Real paths compare across links; the native call also gives the on-disk case on case-insensitive systems. */
export function realPath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

export function isInside(real: string, roots: string[]): boolean {
  return roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep));
}

function classify(operand: string, cwd: string): Operand {
  const abs = resolve(cwd, operand);
  let stat: Stats | undefined;
  try {
    stat = statSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // There, but not for us to see: a folder on its path denies access.
    if (code === 'EACCES' || code === 'EPERM') return { kind: 'unreadable', why: 'cannot be read: permission denied' };
    if (code === 'ELOOP') return { kind: 'unreadable', why: 'cannot be read: it is a symlink loop' };
  }
  const real = realPath(abs);
  const root = realPath(dirname(abs));
  // A file named outright is read whatever its extension, even through a link: the user asked for it.
  if (stat?.isFile() && real && root) return { kind: 'file', file: operand, real, root };
  if (stat?.isDirectory() && real)
    return {
      kind: 'search',
      base: operand,
      absBase: abs,
      realBase: real,
      pattern: '**/*.{md,markdown}',
      markdownOnly: false,
    };
  if (stat && !stat.isFile() && !stat.isDirectory())
    return { kind: 'unreadable', why: 'is not a file or a folder (a FIFO, a socket or a device cannot be checked)' };
  if (!isDynamicPattern(operand)) return { kind: 'none' };
  const { base, pattern } = splitPattern(operand);
  const absBase = resolve(cwd, base);
  const realBase = realPath(absBase);
  return realBase ? { kind: 'search', base, absBase, realBase, pattern, markdownOnly: true } : { kind: 'none' };
}

function search(s: Search, roots: string[], skipped: Map<string, SkippedLink>, unreadable: Unreadable[]): Candidate[] {
  // Linear in the path whatever the pattern (pathGlob.ts), and picomatch's reading of it otherwise.
  const matches = globMatcher(s.pattern);
  // Each `/` adds a level, so the segment count bounds the depth even when braces hold slashes.
  const maxDepth = s.pattern.includes('**') ? Infinity : s.pattern.split('/').length;
  const dotDirs = /(^|[/{,])\.[^./]/.test(s.pattern);
  const out: Candidate[] = [];
  const { entries, problems } = walk(s.absBase, { maxDepth, dotDirs });
  for (const problem of problems) {
    const path = problem.rel === '.' ? s.base : nativeJoin(s.base, problem.rel);
    if (problem.kind === 'unreadable folder')
      unreadable.push({ path, why: `cannot be read: ${problem.reason ?? 'unknown error'}; its files are not checked` });
    else if (problem.kind === 'unnamed folder')
      unreadable.push({
        path,
        why: 'is not searched: its name is not valid UTF-8, which this tool cannot open (rename it)',
      });
    else if (matches(problem.rel) && (!s.markdownOnly || MARKDOWN.test(problem.rel)))
      unreadable.push({
        path,
        why: 'is not checked: its name is not valid UTF-8, which this tool cannot open (rename it)',
      });
  }
  for (const entry of entries) {
    const file = nativeJoin(s.base, entry.rel);
    const isMatch = matches(entry.rel) && (!s.markdownOnly || MARKDOWN.test(entry.rel));
    if (!entry.link) {
      if (isMatch) out.push({ file, real: join(s.realBase, entry.rel), viaLink: false });
      continue;
    }
    if (!isMatch && !entry.wouldEnter) continue;
    const real = realPath(join(s.absBase, entry.rel));
    const stat = real === undefined ? undefined : statOrUndefined(real);
    if (real === undefined || stat === undefined) {
      if (isMatch) skipped.set(file, { path: file, target: null });
      continue;
    }
    const inside = isInside(real, roots);
    // A folder link is never entered: inside, its files are found by their real paths; outside, not at all.
    if (stat.isDirectory()) {
      if (entry.wouldEnter && !inside) skipped.set(file, { path: file, target: real });
    } else if (isMatch && stat.isFile()) {
      if (inside) out.push({ file, real, viaLink: true });
      else skipped.set(file, { path: file, target: real });
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Splits a glob at its first wildcard segment: the folder before it is the user's choice, never skipped. */
function splitPattern(operand: string): { base: string; pattern: string } {
  const segments = toForwardSlashes(operand).split('/');
  let n = 0;
  while (n < segments.length - 1 && !isDynamicPattern(segments[n])) n++;
  // An absolute pattern's first segment is empty: its base is the root itself.
  const base = n === 0 ? '.' : segments.slice(0, n).join('/') || '/';
  return { base, pattern: segments.slice(n).join('/') };
}

function toForwardSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

/**
 * A found file's name: the base as given plus the path below it, with forward slashes. Only on
 * Windows is a backslash a separator; elsewhere it is a character a file name may hold.
 */
function nativeJoin(base: string, rel: string): string {
  const joined = join(base, rel);
  return sep === '\\' ? toForwardSlashes(joined) : joined;
}

/** Why a glob operand cannot be searched, or undefined. */
export function operandProblem(operand: string): string | undefined {
  return isDynamicPattern(operand) ? globProblem(splitPattern(operand).pattern) : undefined;
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
