// JSON Schemas derived from the zod schema: one for `.postmortemrc.json`, and the `postmortem.*`
// settings VS Code shows. Both are generated, committed, and checked by a test against this code.
import { z } from 'zod';
import { RULES } from '../analysis/rules';
import { configSchema } from './schema';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

/** Rule names live in the rule registry, which the zod schema cannot import without a cycle. */
function withRuleNames(schema: JsonSchema): JsonSchema {
  const rules = schema.properties?.rules;
  if (!rules) return schema;
  const propertyNames = { type: 'string', enum: RULES.flatMap((r) => [r.code, r.name]) };
  return { ...schema, properties: { ...schema.properties, rules: { ...rules, propertyNames } } };
}

export function postmortemrcJsonSchema(): JsonSchema {
  const schema = withRuleNames(z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' }) as JsonSchema);
  return {
    ...schema,
    title: '.postmortemrc.json',
    $comment: 'Generated from server/src/config/schema.ts by scripts/gen-schema.ts; do not edit.',
    // VS Code's JSON service honours this: the server reads trailing commas too, so neither flags them.
    allowTrailingCommas: true,
  };
}

const FLATTENED = ['inlayHints', 'newPostmortem'];

export function settingsContribution(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(postmortemrcJsonSchema().properties ?? {})) {
    // Small groups of options read better as separate settings in the settings editor.
    if (FLATTENED.includes(key)) {
      for (const [inner, innerSchema] of Object.entries(
        (schema.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        properties[`postmortem.${key}.${inner}`] = { ...innerSchema, scope: 'resource' };
      }
      continue;
    }
    const setting: Record<string, unknown> = { ...schema, scope: 'resource' };
    if (key === 'template') setting.default = '';
    properties[`postmortem.${key}`] = setting;
  }
  properties['postmortem.trace.server'] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    description: 'Traces the communication between VS Code and the postmortem language server.',
  };
  return { title: 'Postmortem', properties };
}
