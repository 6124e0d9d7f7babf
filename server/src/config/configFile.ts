// `.postmortemrc.json`: read leniently (comments, trailing commas and a BOM, as VS Code's own
// JSON-with-comments files allow), validated with the zod schema, and every problem located at
// the key or value to fix. The parts that are wrong are dropped; the rest stands.
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { createScanner, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Span } from '../postmortem/model';
import type { ConfigPath } from './check';
import { checkConfig } from './check';
import type { ConfigInput } from './schema';

export const CONFIG_FILE_NAME = '.postmortemrc.json';

/**
 * Bytes a configuration file may have. The largest real one is a few KB (every rule, section
 * and alias spelt out is under 8 KB); at this size the worst file measured (every byte a
 * problem to report) is checked in about a second. Larger files are refused unread.
 */
export const MAX_CONFIG_FILE_BYTES = 256 * 1024;

/** Levels of [ and {: a configuration needs four; jsonc-parser and zod recurse once per level. */
export const MAX_CONFIG_DEPTH = 32;

export interface ConfigProblem {
  file: string;
  message: string;
  span: Span;
  /** Errors unless said otherwise: a setting set aside in Restricted Mode is only information. */
  severity?: 'information';
}

export interface ConfigFileReading {
  /** The valid part of the file, ready to merge over the settings. */
  input: ConfigInput;
  problems: ConfigProblem[];
}

// Keyed by printParseErrorCode's names: the enum itself is const and unreachable under isolatedModules.
const SYNTAX: Record<string, string | undefined> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this is not a number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing } is expected',
  CloseBracketExpected: 'a closing ] is expected',
  EndOfFileExpected: 'nothing may follow the configuration object',
  InvalidCommentToken: 'this comment is malformed',
  UnexpectedEndOfComment: 'this comment is not closed',
  UnexpectedEndOfString: 'this string is not closed',
  UnexpectedEndOfNumber: 'this number is cut short',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control characters must be escaped in strings',
};

/** A binary or badly damaged file yields an error per byte; the first few are the ones to fix. */
const MAX_SYNTAX_PROBLEMS = 5;

const BOM = '\uFEFF';

function syntaxProblems(file: string, errors: ParseError[], shift: number): ConfigProblem[] {
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const e of errors) {
    const message = `Invalid JSON: ${SYNTAX[printParseErrorCode(e.error)] ?? 'syntax error'}.`;
    // A truncated file reports each unclosed brace at the same place: once is enough.
    if (seen.has(`${e.offset} ${message}`)) continue;
    seen.add(`${e.offset} ${message}`);
    problems.push({ file, message, span: { start: shift + e.offset, end: shift + e.offset + e.length } });
  }
  return problems.slice(0, MAX_SYNTAX_PROBLEMS);
}

/** Children of an object node by key, or of an array node by index: built once per node, not per lookup. */
type ChildIndex = WeakMap<JsonNode, Map<string | number, JsonNode>>;

function childAt(node: JsonNode, key: string | number, index: ChildIndex): JsonNode | undefined {
  let children = index.get(node);
  if (!children) {
    children = new Map();
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [name, value] = property.children ?? [];
        // The first of duplicate keys is the one findNodeAtLocation finds; the last one wins in the value.
        if (name && value && !children.has(String(name.value))) children.set(String(name.value), value);
      }
    } else if (node.type === 'array') (node.children ?? []).forEach((child, i) => children?.set(i, child));
    index.set(node, children);
  }
  return children.get(node.type === 'array' ? Number(key) : String(key));
}

/** The node at `path`, or the nearest one above it that exists (a missing key is shown at its object). */
function nodeAt(tree: JsonNode, path: ConfigPath, atKey: boolean, index: ChildIndex = new WeakMap()): JsonNode {
  let node = tree;
  for (let n = 0; n < path.length; n++) {
    const child = childAt(node, path[n], index);
    if (!child) return node;
    node = child;
  }
  return atKey && path.length > 0 ? (node.parent?.children?.[0] ?? node) : node;
}

const overlaps = (a: Span, b: Span): boolean => a.start <= b.end && b.start <= a.end;

// jsonc-parser's SyntaxKind is a const enum, unreachable under isolatedModules: its values.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/** The offset of the first bracket nested deeper than MAX_CONFIG_DEPTH, found by one scan (no recursion). */
function tooDeep(body: string): number | undefined {
  const scanner = createScanner(body, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** The last reading per file: the server asks on every analysis and request, and the text rarely changes. */
const readings = new Map<string, { text: string; ruleNames: readonly string[]; reading: ConfigFileReading }>();
const MAX_READINGS = 64;

/** readConfigText, remembered per file while its text is the same. */
export function readConfigTextCached(file: string, text: string, ruleNames: readonly string[]): ConfigFileReading {
  const hit = readings.get(file);
  if (hit && hit.text === text && hit.ruleNames === ruleNames) return hit.reading;
  const reading = readConfigText(file, text, ruleNames);
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(file, { text, ruleNames, reading });
  return reading;
}

/** The span of the value at `path` in a config text (or of the nearest object above it that exists). */
export function locateInConfig(text: string, path: ConfigPath): Span {
  const shift = text.startsWith(BOM) ? 1 : 0;
  const tree = tooDeep(text.slice(shift)) === undefined ? parseTree(text.slice(shift)) : undefined;
  if (!tree) return { start: 0, end: 0 };
  const node = nodeAt(tree, path, false);
  return { start: shift + node.offset, end: shift + node.offset + node.length };
}

/** `ruleNames`: the codes and names a `rules` key may use (the registry's, passed by the host). */
export function readConfigText(file: string, text: string, ruleNames: readonly string[]): ConfigFileReading {
  // Spans stay offsets into `text` as given, BOM included, so callers need not know about it.
  const shift = text.startsWith(BOM) ? 1 : 0;
  const body = text.slice(shift);
  if (!body.trim()) {
    return {
      input: {},
      problems: [
        { file, message: 'The file is empty: write a JSON object, like { "rules": {} }.', span: { start: 0, end: 0 } },
      ],
    };
  }
  const deep = tooDeep(body);
  if (deep !== undefined) {
    const message = `The configuration is nested more than ${MAX_CONFIG_DEPTH} levels deep here; it needs at most 4.`;
    return { input: {}, problems: [{ file, message, span: { start: shift + deep, end: shift + deep + 1 } }] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  const syntax = syntaxProblems(file, errors, shift);
  const problems = [...syntax];
  const value: unknown = tree ? getNodeValue(tree) : undefined;
  if (!tree || value === null || typeof value !== 'object' || Array.isArray(value)) {
    const span = tree
      ? { start: shift + tree.offset, end: shift + tree.offset + tree.length }
      : { start: shift, end: shift };
    if (problems.length === 0)
      problems.push({ file, message: 'The configuration must be a JSON object, like { "rules": {} }.', span });
    return { input: {}, problems };
  }
  const { input, issues } = checkConfig(value as Record<string, unknown>, { ruleNames });
  const index: ChildIndex = new WeakMap();
  for (const issue of issues) {
    const node = nodeAt(tree, issue.path, issue.atKey, index);
    const span = { start: shift + node.offset, end: shift + node.offset + node.length };
    // A value cut short by a syntax error is explained by that error already.
    if (node !== tree && syntax.some((p) => overlaps(p.span, span))) continue;
    problems.push({ file, message: issue.message, span });
  }
  problems.sort((a, b) => a.span.start - b.span.start);
  return { input, problems };
}
