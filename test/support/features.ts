// Helpers for the feature tests: an analysis of a text, offsets by the text they point at.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../server/src/analysis/analyze';
import { lint } from './core';

export const EXAMPLES = join(__dirname, '..', '..', 'examples', 'postmortems');
export const URI = 'file:///repo/incidents/doc.md';

/** A file of examples/postmortems, analysed at its path. */
export function example(name: string): { text: string; analysis: Analysis } {
  const text = readFileSync(join(EXAMPLES, name), 'utf8');
  return { text, analysis: lint(text, {}, { path: join(EXAMPLES, name) }) };
}

/** The offset of `needle` in `text`, plus `delta`; the needle must be there. */
export function offsetOf(text: string, needle: string, delta = 0): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the text`);
  return at + delta;
}
