// What the text before the timeline says about the incident's day and zone: a `Date:` line,
// field or table row (`Date: 2019-12-11<br>`, `**Date:** Feb 4, 2021`, `| Date | 2015-10-21 |`)
// and a timezone declaration (`All times PDT.` above the first section, `_All times are in
// Eastern Time (UTC-4)_`). Each block is read once per version it is new in: the facts are kept
// with the block node the incremental parse reuses, offsets from the block's start.
import type { RootContent } from 'mdast';
import type { DateReading } from './dateReading';
import { findDates } from './dateReading';
import { INCIDENT_DATE_KEYS } from './dateWords';
import type { MarkdownTree } from './markdown';
import type { Span } from './model';
import { plainText, sourceSpan } from './plainText';
import type { Declaration } from './zoneDeclarations';
import { findTimezoneDeclaration } from './zoneDeclarations';
import { escapeRegExp } from './text';

export interface DateField {
  reading: DateReading;
  /** Offsets of the date from the start of the block. */
  index: number;
  length: number;
}

export interface BlockFacts {
  /** The first timezone declaration in the block, offsets from its start. */
  zone: Declaration | null;
  dateField: DateField | null;
}

/** Facts kept with the nodes the incremental parse reuses. */
export type FactsMemory = WeakMap<RootContent, BlockFacts>;

const KEYS = [...INCIDENT_DATE_KEYS]
  .sort((a, b) => b.length - a.length)
  .map((k) => escapeRegExp(k).replace(/ /g, '\\s+'))
  .join('|');
// A key of a line, bold or not, in a list item or not, then a colon; or a table row's first cell.
const FIELD = new RegExp(
  String.raw`^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?:\*\*|__)?\s*(?:${KEYS})\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?`,
  'i',
);
const ROW = new RegExp(String.raw`^\s*\|\s*(?:\*\*|__)?\s*(?:${KEYS})\s*(?:\*\*|__)?\s*:?\s*\|`, 'i');
/** A line or a `<br>`-separated part of one: where a field starts. */
const SEGMENT = /[^\n]*?(?:<br\s*\/?>|\n|$)/gi;
/** Blocks that hold no prose: their text is code, markup or metadata of their own. */
const SKIPPED = new Set(['code', 'html', 'yaml', 'toml', 'thematicBreak', 'definition', 'footnoteDefinition']);

/** The facts of one top-level block, from memory when the block is the same node as before. */
export function blockFacts(
  block: RootContent,
  tree: MarkdownTree,
  text: string,
  memory: FactsMemory | undefined,
): BlockFacts {
  const known = memory?.get(block);
  if (known) return known;
  const facts = read(block, tree, text);
  memory?.set(block, facts);
  return facts;
}

function read(block: RootContent, tree: MarkdownTree, text: string): BlockFacts {
  if (SKIPPED.has(block.type as string)) return { zone: null, dateField: null };
  const span = tree.spanOf(block);
  const source = text.slice(span.start, span.end);
  return { zone: findTimezoneDeclaration(source), dateField: dateFieldIn(source) };
}

/** The first `Date:` field with a date in its value, offsets from the start of `source`. */
export function dateFieldIn(source: string): DateField | null {
  SEGMENT.lastIndex = 0;
  for (let m = SEGMENT.exec(source); m && m[0] !== ''; m = SEGMENT.exec(source)) {
    const segment = m[0];
    const key = FIELD.exec(segment) ?? ROW.exec(segment);
    if (key) {
      const valueAt = m.index + key[0].length;
      const value = source.slice(valueAt, m.index + segment.length).replace(/(?:<br\s*\/?>|\n)$/i, '');
      const plain = plainText(value, valueAt);
      // A row's value ends at its cell.
      const cell = key[0].trimEnd().endsWith('|') ? plain.text.split('|')[0] : plain.text;
      const found = findDates(cell)[0];
      if (found && found.reading.kind !== 'impossible') {
        const at = sourceSpan(plain, found.index, found.length);
        return { reading: found.reading, index: at.start, length: at.end - at.start };
      }
    }
  }
  return null;
}

/** Where a block's fact is in the document. */
export function placed(block: RootContent, tree: MarkdownTree, index: number, length: number): Span {
  const start = tree.spanOf(block).start + index;
  return { start, end: start + length };
}
