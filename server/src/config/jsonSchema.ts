// JSON Schemas derived from the zod schema: one for `.postmortemrc.json`, and the `postmortem.*`
// settings VS Code shows. Both are generated, committed, and checked by a test against this code.
import { z } from 'zod';
import { configSchema, RULES_DEFAULT } from './schema';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

/** Rule names live in the rule registry above config/: the generator passes them in. */
function withRuleNames(schema: JsonSchema, ruleNames: readonly string[]): JsonSchema {
  const rules = schema.properties?.rules;
  if (!rules) return schema;
  const propertyNames = { type: 'string', enum: [...ruleNames, RULES_DEFAULT] };
  return { ...schema, properties: { ...schema.properties, rules: { ...rules, propertyNames } } };
}

/** `ruleNames`: every code and name of the rule registry, which `rules` keys are completed from. */
export function postmortemrcJsonSchema(ruleNames: readonly string[]): JsonSchema {
  const schema = withRuleNames(
    z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' }) as JsonSchema,
    ruleNames,
  );
  return {
    ...schema,
    title: '.postmortemrc.json',
    $comment: 'Generated from server/src/config/schema.ts by scripts/gen-schema.ts; do not edit.',
    // VS Code's JSON service honours this: the server reads trailing commas too, so neither flags them.
    allowTrailingCommas: true,
  };
}

const FLATTENED = ['inlayHints', 'newPostmortem'];

export function settingsContribution(ruleNames: readonly string[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(postmortemrcJsonSchema(ruleNames).properties ?? {})) {
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
