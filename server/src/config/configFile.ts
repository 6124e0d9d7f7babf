// `.postmortemrc.json`: read leniently (comments allowed), validated with the zod schema, and
// every problem located at the key to fix. The keys that are wrong are dropped; the rest stands.
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Span } from '../postmortem/model';
import { configSchema } from './schema';
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

function spanOfNode(node: JsonNode | undefined, fallback: Span): Span {
  return node ? { start: node.offset, end: node.offset + node.length } : fallback;
}

function keyNode(tree: JsonNode | undefined, path: (string | number)[], key: string): JsonNode | undefined {
  const parent = path.length ? findNodeAtLocation(tree as JsonNode, path) : tree;
  return parent?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === key)?.children?.[0];
}

export function readConfigText(file: string, text: string): ConfigFileReading {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const whole: Span = { start: 0, end: Math.min(text.length, 1) };
  const problems: ConfigProblem[] = errors.map((e) => ({
    file,
    message: `Invalid JSON: ${printParseErrorCode(e.error)}.`,
    span: { start: e.offset, end: e.offset + Math.max(1, e.length) },
  }));
  const value: unknown = tree ? getNodeValue(tree) : undefined;
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    if (problems.length === 0) problems.push({ file, message: 'The configuration must be a JSON object, like { "rules": {} }.', span: whole });
    return { input: {}, problems };
  }
  const input = { ...(value as Record<string, unknown>) };
  const result = configSchema.safeParse(input);
  if (result.success) return { input, problems };
  for (const issue of result.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ file, message: `Unknown setting "${[...path, key].join('.')}".`, span: spanOfNode(keyNode(tree, path, key), whole) });
        drop(input, [...path, key]);
      }
      continue;
    }
    const node = tree ? findNodeAtLocation(tree, path) : undefined;
    problems.push({ file, message: `"${path.join('.')}": ${issue.message}.`, span: spanOfNode(node, whole) });
    drop(input, path);
  }
  // Whatever still fails after the precise drops goes whole, so the rest of the file applies.
  const again = configSchema.safeParse(input);
  if (!again.success) for (const issue of again.error.issues) delete input[String(issue.path[0])];
  problems.sort((a, b) => a.span.start - b.span.start);
  return { input: input as ConfigInput, problems };
}

/** Removes the bad entry: a key inside an object such as `rules`, or the whole top-level setting. */
function drop(input: Record<string, unknown>, path: (string | number)[]): void {
  const [top, key] = path;
  if (top === undefined) return;
  const container = input[String(top)];
  if (path.length === 2 && container && typeof container === 'object' && !Array.isArray(container)) {
    const copy = { ...(container as Record<string, unknown>) };
    delete copy[String(key)];
    input[String(top)] = copy;
  } else {
    delete input[String(top)];
  }
}
