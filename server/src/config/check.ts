// Validation shared by `.postmortemrc.json` and the editor's settings: every problem named by its
// key path with what is expected, and the smallest part that is wrong dropped so the rest applies.
import { z } from 'zod';
import { issueMessage, suggest } from './messages';
import type { ConfigInput } from './schema';
import { configSchema, RULES_DEFAULT } from './schema';

export type ConfigPath = (string | number)[];

export interface ConfigIssue {
  path: ConfigPath;
  /** Whether the key itself is wrong (unknown), rather than its value. */
  atKey: boolean;
  message: string;
}

export interface CheckOptions {
  /** The codes and names of the rules a `rules` key may name (the hosts pass the registry's). */
  ruleNames: readonly string[];
  /** Editors hand over settings they own (`postmortem.trace`): unknown top-level keys are not ours to flag. */
  ignoreUnknownSettings?: boolean;
  /** Put before key paths in messages, to name them as the user wrote them (`postmortem.`). */
  prefix?: string;
}

const toPath = (path: readonly PropertyKey[]): ConfigPath => path.map((p) => (typeof p === 'number' ? p : String(p)));

export function checkConfig(
  value: Record<string, unknown>,
  options: CheckOptions,
): { input: ConfigInput; issues: ConfigIssue[] } {
  const prefix = options.prefix ?? '';
  let input: Record<string, unknown> = { ...value };
  const issues: ConfigIssue[] = [];
  const result = configSchema.safeParse(input);
  for (const issue of result.success ? [] : result.error.issues) {
    const path = toPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (options.ignoreUnknownSettings && path.length === 0) continue;
        issues.push({ path: [...path, key], atKey: true, message: unknownKeyMessage(path, key, prefix) });
      }
      // All at once: dropping thousands of keys one by one copies the object once per key.
      input = dropKeys(input, path, new Set(issue.keys));
      continue;
    }
    issues.push({
      path,
      atKey: false,
      message: `${issueMessage(issue, prefix + path.join('.'), valueAt(value, path))}.`,
    });
    input = drop(input, path);
  }
  const rules = input.rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    const known = new Set([...options.ruleNames, RULES_DEFAULT]);
    const unknown = Object.keys(rules).filter((k) => !known.has(k));
    for (const key of unknown)
      issues.push({ path: ['rules', key], atKey: true, message: unknownRuleMessage(key, prefix, options.ruleNames) });
    // One copy without them all: dropping them one by one copies the rules once per unknown name.
    if (unknown.length) input = { ...input, rules: withoutKeys(rules as Record<string, unknown>, new Set(unknown)) };
  }
  // A problem zod reports only once another is gone: the whole setting goes, the rest still applies.
  for (let again = configSchema.safeParse(input); !again.success; again = configSchema.safeParse(input)) {
    const top = again.error.issues[0].path[0];
    // Nothing left to drop would loop for ever: give up on the file rather than hang.
    if (top === undefined || !(String(top) in input)) return { input: {}, issues };
    input = drop(input, [String(top)]);
  }
  return { input: input as ConfigInput, issues };
}

/** `drop` for many keys of the object at `path`; inside a list the whole list goes, as with drop. */
function dropKeys(input: Record<string, unknown>, path: ConfigPath, keys: Set<string>): Record<string, unknown> {
  if (path.some((p) => typeof p === 'number')) return drop(input, [...path, ...keys].slice(0, path.length + 1));
  if (path.length === 0) return withoutKeys(input, keys);
  const [head, ...rest] = path;
  const inner = input[head];
  if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return input;
  return { ...input, [head]: dropKeys(inner as Record<string, unknown>, rest, keys) };
}

function withoutKeys(object: Record<string, unknown>, keys: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([k]) => !keys.has(k)));
}

function valueAt(value: unknown, path: ConfigPath): unknown {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * Removes the bad part without mutating the caller's objects: the entry inside an object (one
 * rule, one figure's `from`), but a whole list, since a list missing an item means something else.
 */
export function drop(input: Record<string, unknown>, path: ConfigPath): Record<string, unknown> {
  const inList = path.findIndex((p) => typeof p === 'number');
  const cut = inList > 0 ? path.slice(0, inList) : path;
  if (cut.length === 0) return input;
  const [head, ...rest] = cut;
  const copy = { ...input };
  const inner = copy[head];
  if (rest.length && inner && typeof inner === 'object' && !Array.isArray(inner))
    copy[head] = drop(inner as Record<string, unknown>, rest);
  else delete copy[head];
  return copy;
}

/** The keys an object of the schema accepts at `path`, to suggest one for a misspelling. */
function knownKeys(path: ConfigPath): string[] {
  let schema: z.ZodType = configSchema;
  for (const key of [...path, undefined]) {
    while (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (key === undefined) break;
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[key] ?? z.never();
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else return [];
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unknownKeyMessage(path: ConfigPath, key: string, prefix: string): string {
  const known = knownKeys(path);
  const name = prefix + [...path, key].join('.');
  const guess = suggest(key, known);
  if (guess) return `Unknown setting "${name}": did you mean "${guess}"?`;
  // A short list is worth reading in full; the top level's is in the schema's completions.
  if (known.length && known.length <= 6)
    return `Unknown setting "${name}": expected one of ${known.map((k) => `"${k}"`).join(', ')}.`;
  return `Unknown setting "${name}".`;
}

function unknownRuleMessage(key: string, prefix: string, ruleNames: readonly string[]): string {
  const guess = suggest(key, ruleNames);
  return guess
    ? `Unknown rule "${key}" in "${prefix}rules": did you mean "${guess}"?`
    : `Unknown rule "${key}" in "${prefix}rules": use a rule code like "PM001" or a name like "missing-section".`;
}
