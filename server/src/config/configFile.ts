// `.postmortemrc.json`: read leniently (comments, trailing commas and a BOM, as VS Code's own
// JSON-with-comments files allow), validated with the zod schema, and every problem located at
// the key or value to fix. The parts that are wrong are dropped; the rest stands.
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Span } from '../postmortem/model';
import type { ConfigPath } from './check';
import { checkConfig } from './check';
import type { ConfigInput } from './schema';

export const CONFIG_FILE_NAME = '.postmortemrc.json';

export interface ConfigProblem {
  file: string;
  message: string;
  span: Span;
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

/** The node at `path`, or the nearest one above it that exists (a missing key is shown at its object). */
function nodeAt(tree: JsonNode, path: ConfigPath, atKey: boolean): JsonNode {
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) return atKey && n === path.length ? (node.parent?.children?.[0] ?? node) : node;
  }
  return tree;
}

const overlaps = (a: Span, b: Span): boolean => a.start <= b.end && b.start <= a.end;

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
  for (const issue of issues) {
    const node = nodeAt(tree, issue.path, issue.atKey);
    const span = { start: shift + node.offset, end: shift + node.offset + node.length };
    // A value cut short by a syntax error is explained by that error already.
    if (node !== tree && syntax.some((p) => overlaps(p.span, span))) continue;
    problems.push({ file, message: issue.message, span });
  }
  problems.sort((a, b) => a.span.start - b.span.start);
  return { input, problems };
}
