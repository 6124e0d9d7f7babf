// Glob matching in time linear in the path: `files` globs come from configuration anyone can
// write, and a regular-expression matcher (picomatch) backtracks exponentially on patterns like
// `**/*a*a*a*a*a*b` (5 s for one 255-character name at four stars, minutes at six). Here each
// segment is matched by stepping a set of pattern positions over its characters, and `**` by
// stepping a set of segment positions over the path: no choice is ever retried.
//
// Supported, as picomatch reads them: `*`, `?`, `[...]` classes (ranges, `!` or `^` negation),
// `\` escapes, `**` as a whole segment, `{a,b}` alternatives (nested) and `{1..9}` ranges.
// Extglobs (`@(a|b)`, `!(a)`) are not: globProblem says so, and such a pattern matches nothing.

export interface GlobOptions {
  /** Whether wildcards match names starting with a dot (picomatch's `dot`). */
  dot?: boolean;
  nocase?: boolean;
}

/** A pattern expands to at most this many brace alternatives: `{a,b}` ten times over would be 1,024. */
export const MAX_GLOB_ALTERNATIVES = 256;

type Token =
  { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; test: (c: string) => boolean };
type Segment =
  { kind: 'globstar' } | { kind: 'literal'; text: string } | { kind: 'tokens'; tokens: Token[]; literalDot: boolean };

class GlobError extends Error {}

/** Why a pattern cannot be used, or undefined when it can. */
export function globProblem(pattern: string): string | undefined {
  try {
    compile(pattern, {});
    return undefined;
  } catch (error) {
    if (error instanceof GlobError) return error.message;
    throw error;
  }
}

/** A matcher for any of `patterns`; a pattern globProblem rejects matches nothing. */
export function globMatcher(
  patterns: string | readonly string[],
  options: GlobOptions = {},
): (path: string) => boolean {
  const compiled = (typeof patterns === 'string' ? [patterns] : patterns).flatMap((p) => {
    try {
      return compile(p, options);
    } catch (error) {
      if (error instanceof GlobError) return [];
      throw error;
    }
  });
  if (compiled.length === 0) return () => false;
  return (path) => {
    const segments = (options.nocase ? path.toLowerCase() : path).split('/');
    return compiled.some((alternative) => matchSegments(alternative, segments, !!options.dot));
  };
}

function compile(pattern: string, options: GlobOptions): Segment[][] {
  if (/(^|[^\\])[@!+*?]\(/.test(pattern))
    throw new GlobError('extglob patterns such as @(a|b) are not supported: write {a,b} instead');
  return expandBraces(pattern).map((alternative) =>
    splitSegments(options.nocase ? alternative.toLowerCase() : alternative).map((s): Segment => {
      if (s === '**') return { kind: 'globstar' };
      const tokens = tokenize(s);
      // Most segments are plain names (`incidents`): compared as strings, the common case costs nothing.
      if (tokens.every((t) => t.kind === 'char'))
        return { kind: 'literal', text: tokens.map((t) => (t.kind === 'char' ? t.char : '')).join('') };
      return { kind: 'tokens', tokens, literalDot: s.startsWith('.') };
    }),
  );
}

/** Splits at `/` outside classes (a class never holds one in a path anyway). */
function splitSegments(pattern: string): string[] {
  return pattern.split('/');
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) tokens.push({ kind: 'char', char: segment[++i] });
    else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '*') {
      // `***` is `*`: consecutive stars match what one does.
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '[') {
      const end = classEnd(segment, i);
      if (end === -1) tokens.push({ kind: 'char', char: c });
      else {
        tokens.push({ kind: 'class', test: classTest(segment.slice(i + 1, end)) });
        i = end;
      }
    } else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}

/** Index of the `]` closing the class opened at `start`, or -1 (then `[` is literal). */
function classEnd(segment: string, start: number): number {
  let i = start + 1;
  if (segment[i] === '!' || segment[i] === '^') i++;
  if (segment[i] === ']') i++;
  for (; i < segment.length; i++) {
    if (segment[i] === '\\') i++;
    else if (segment[i] === ']') return i;
  }
  return -1;
}

function classTest(body: string): (c: string) => boolean {
  const negated = body[0] === '!' || body[0] === '^';
  const items: [string, string][] = [];
  for (let i = negated ? 1 : 0; i < body.length; i++) {
    let c = body[i];
    if (c === '\\' && i + 1 < body.length) c = body[++i];
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let to = body[i + 2];
      i += 2;
      if (to === '\\' && i + 1 < body.length) to = body[++i];
      items.push([c, to]);
    } else items.push([c, c]);
  }
  return (c) => c !== '/' && items.some(([from, to]) => c >= from && c <= to) !== negated;
}

/** Brace alternatives, nested, as bash expands them; at most MAX_GLOB_ALTERNATIVES. */
function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (!open) return [pattern.replace(/\\([{}])/g, '$1')];
  const { start, end, parts } = open;
  const prefix = pattern.slice(0, start);
  const rest = expandBraces(pattern.slice(end + 1));
  const out: string[] = [];
  for (const part of parts) {
    for (const inner of expandBraces(part)) {
      for (const tail of rest) {
        out.push(prefix + inner + tail);
        if (out.length > MAX_GLOB_ALTERNATIVES)
          throw new GlobError(`its braces expand to more than ${MAX_GLOB_ALTERNATIVES} patterns`);
      }
    }
  }
  return out;
}

/** The first `{...}` holding a comma or a range at its own level, split into its alternatives. */
function findBrace(pattern: string): { start: number; end: number; parts: string[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === ',' && depth === 1) commas.push(i);
      else if (c === '}' && --depth === 0) {
        const body = pattern.slice(start + 1, i);
        if (commas.length) {
          const bounds = [start, ...commas, i];
          return { start, end: i, parts: bounds.slice(1).map((b, k) => pattern.slice(bounds[k] + 1, b)) };
        }
        const range = rangeOf(body);
        if (range) return { start, end: i, parts: range };
        break;
      }
    }
  }
  return undefined;
}

function rangeOf(body: string): string[] | undefined {
  const numbers = /^(-?\d+)\.\.(-?\d+)$/.exec(body);
  const letters = /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
  if (!numbers && !letters) return undefined;
  const [from, to] = numbers
    ? [Number(numbers[1]), Number(numbers[2])]
    : [letters![1].charCodeAt(0), letters![2].charCodeAt(0)];
  if (Math.abs(to - from) >= MAX_GLOB_ALTERNATIVES)
    throw new GlobError(`its braces expand to more than ${MAX_GLOB_ALTERNATIVES} patterns`);
  const step = from <= to ? 1 : -1;
  const out: string[] = [];
  for (let n = from; n !== to + step; n += step) out.push(numbers ? String(n) : String.fromCharCode(n));
  return out;
}

/** `**` matches any number of whole segments, but no `.` or `..`, nor a dot-name unless `dot`. */
function globstarTakes(segment: string, dot: boolean): boolean {
  if (segment === '.' || segment === '..') return false;
  return dot || !segment.startsWith('.');
}

function matchSegments(pattern: Segment[], segments: string[], dot: boolean): boolean {
  // The set of pattern positions reachable after the segments read so far.
  let states = closure(new Set([0]), pattern);
  for (const segment of segments) {
    const next = new Set<number>();
    for (const i of states) {
      const p = pattern[i];
      if (!p) continue;
      if (p.kind === 'globstar') {
        if (globstarTakes(segment, dot)) next.add(i);
      } else if (p.kind === 'literal' ? p.text === segment : matchSegment(p, segment, dot)) next.add(i + 1);
    }
    if (next.size === 0) return false;
    states = closure(next, pattern);
  }
  return states.has(pattern.length);
}

/** A `**` may also match no segment at all. */
function closure(states: Set<number>, pattern: Segment[]): Set<number> {
  for (const i of states) if (pattern[i]?.kind === 'globstar') states.add(i + 1);
  return states;
}

function matchSegment(p: { tokens: Token[]; literalDot: boolean }, segment: string, dot: boolean): boolean {
  // Wildcards never match `.` or `..`, nor, without `dot`, a leading dot the pattern does not spell out.
  if ((segment === '.' || segment === '..') && !p.literalDot) return false;
  if (!dot && segment.startsWith('.') && !p.literalDot) return false;
  const { tokens } = p;
  const n = tokens.length;
  // reach[k]: tokens[0..k) can match the characters read so far.
  let reach = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  reach[0] = 1;
  const spread = (r: Uint8Array) => {
    for (let k = 0; k < n; k++) if (r[k] && tokens[k].kind === 'star') r[k + 1] = 1;
  };
  spread(reach);
  for (const c of segment) {
    next.fill(0);
    let any = false;
    for (let k = 0; k < n; k++) {
      if (!reach[k]) continue;
      const t = tokens[k];
      if (t.kind === 'star') {
        next[k] = 1;
        any = true;
      } else if (t.kind === 'any' || (t.kind === 'char' ? t.char === c : t.test(c))) {
        next[k + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    spread(next);
    [reach, next] = [next, reach];
  }
  return reach[n] === 1;
}
