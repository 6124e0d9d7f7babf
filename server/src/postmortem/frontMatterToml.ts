// TOML front matter (`+++` ... `+++`, as Hugo and Zola write it), read into the same shape as
// YAML's: the top-level keys with their offsets, the values as plain data (TOML dates as the ISO
// text they were written as), and syntax errors located.
import { parse, TomlError } from 'smol-toml';
import type { FrontMatter, Span } from './model';

/** Deeper than this a front matter is not metadata; smol-toml refuses it before the stack does. */
const MAX_DEPTH = 32;

/** `key =`, `"quoted key" =` or `dotted.key =` at the start of a line, before any `[table]`. */
const KEY_LINE = /^[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([A-Za-z0-9_-]+))[ \t]*(?:\.[^=\n]*)?=/;
const TABLE_LINE = /^[ \t]*\[/;

export function readTomlFrontMatter(node: { value: string }, span: Span, text: string): FrontMatter {
  // The node's value starts after the opening `+++` line.
  const valueStart = text.indexOf('\n', span.start) + 1;
  const keySpans: Record<string, Span> = {};
  let at = 0;
  for (const line of node.value.split('\n')) {
    if (TABLE_LINE.test(line)) break;
    const m = KEY_LINE.exec(line);
    if (m) {
      const key = m[1] ?? m[2] ?? m[3];
      // The key as written, its quotes included.
      const offset = line.search(/\S/);
      const length = m[3] === undefined ? key.length + 2 : key.length;
      keySpans[key] ??= { start: valueStart + at + offset, end: valueStart + at + offset + length };
    }
    at += line.length + 1;
  }
  try {
    const data = plain(parse(node.value, { maxDepth: MAX_DEPTH })) as Record<string, unknown>;
    return { span, data, keySpans, errors: [], language: 'toml' };
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const offset = valueStart + offsetOf(node.value, error.line, error.column);
    const message = error.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
    return {
      span,
      data: undefined,
      keySpans,
      errors: [{ message, span: { start: offset, end: Math.min(offset + 1, span.end) } }],
      language: 'toml',
    };
  }
}

/** TOML's dates as the ISO text they were written as, so they read as YAML's do. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** The offset in `value` of a 1-based line and column. */
function offsetOf(value: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = value.indexOf('\n', at);
    if (next === -1) break;
    at = next + 1;
  }
  return Math.min(value.length, at + Math.max(0, column - 1));
}
