// Configuration problems in words a user can act on: the key, what it must be, what it is. Zod's
// own messages speak of records and `>=1 items`, which is the schema's vocabulary, not the user's.
import type { z } from 'zod';

const EXPECTED: Record<string, string> = {
  object: 'an object',
  record: 'an object',
  array: 'a list',
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
};

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return `the number ${value}`;
  if (value === null || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

const quoted = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

/** One sentence, without its final stop, naming `name` (a key path such as `rules.PM001`). */
export function issueMessage(issue: z.core.$ZodIssue, name: string, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `"${name}" is required`;
      return `"${name}": expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(value)}`;
    case 'invalid_value':
      return `"${name}": ${describeValue(value)} is not one of ${quoted(issue.values)}`;
    case 'too_small':
      if (Number(issue.minimum) === 1) return `"${name}" must not be empty`;
      return `"${name}" must have at least ${issue.minimum} ${issue.origin === 'string' ? 'characters' : 'items'}`;
    default:
      return `"${name}": ${issue.message}`;
  }
}

/**
 * Edits between two words, a swap of neighbours (`form` for `from`) counting as one. Three rows
 * of numbers, no allocation per cell: a config may hold thousands of misspelt names.
 */
function distance(a: string, b: string): number {
  let before = new Int32Array(b.length + 1);
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/** The candidate `key` was surely meant to be, or nothing when two are as close: a wrong guess misleads. */
export function suggest(key: string, candidates: readonly string[]): string | undefined {
  const sameCase = candidates.find((c) => c.toLowerCase() === key.toLowerCase());
  if (sameCase) return sameCase;
  const limit = Math.max(1, Math.floor(key.length / 4));
  const lower = key.toLowerCase();
  // Words whose lengths differ by more than the limit are further apart than it: not worth comparing.
  const scored = candidates
    .filter((c) => Math.abs(c.length - key.length) <= limit)
    .map((c) => ({ c, d: distance(lower, c.toLowerCase()) }))
    .filter((s) => s.d <= limit);
  const best = Math.min(...scored.map((s) => s.d));
  const closest = scored.filter((s) => s.d === best);
  return closest.length === 1 ? closest[0].c : undefined;
}
