// Fix all: apply the safe fixes until nothing changes. Shared by --fix and source.fixAll.
import type { Analysis } from './analyze';
import type { TextEdit } from './finding';

/** Passes are bounded: a fix that keeps producing new fixes is a bug, not a reason to loop. */
const MAX_PASSES = 5;

/**
 * Applies non-overlapping edits right to left; an edit overlapping one already taken waits for the
 * next pass. Insertions at one offset keep the order they were given in (figures added to Impact
 * come MTTD before MTTR, as the findings list them).
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => b.edit.span.start - a.edit.span.start || b.edit.span.end - a.edit.span.end || b.index - a.index)
    .map(({ edit }) => edit);
  let limit = Infinity;
  let out = text;
  for (const edit of sorted) {
    if (edit.span.end > limit) continue;
    out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
    limit = edit.span.start;
  }
  return out;
}

/** The text with every safe fix applied, pass after pass; `analyse` gives each pass's findings. */
export function fixText(text: string, analyse: (text: string) => Analysis): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = applySafeFixes(current, analyse(current));
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** The same in steps, for a host that analyses in steps (a document's analyzer in the server). */
export function* fixTextSteps(
  text: string,
  analyse: (text: string) => Generator<void, Analysis>,
): Generator<void, string> {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = applySafeFixes(current, yield* analyse(current));
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** One pass: one safe fix per finding, each applied whole or not at all (its edits belong together). */
function applySafeFixes(text: string, analysis: Analysis): string {
  const fixes = analysis.findings.flatMap((f) => f.fixes.filter((x) => x.safe).slice(0, 1));
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    const overlaps = fix.edits.some((e) => taken.some((t) => e.span.start < t.span.end && t.span.start < e.span.end));
    if (!overlaps) taken.push(...fix.edits);
  }
  return applyEdits(text, taken);
}
