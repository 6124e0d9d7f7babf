// The JSON Schema of .postmortemrc.json and the settings in package.json (jsonSchema.ts) are
// generated from the zod schema: the committed files must not drift from it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/analysis/rules';
import { DEFAULT_FILES } from '../../server/src/config/schema';
import { postmortemrcJsonSchema, settingsContribution } from '../../server/src/configuration';

const root = join(__dirname, '..', '..');

describe('generated schemas', () => {
  it('schemas/postmortemrc.schema.json matches the zod schema (run npm run gen:schema)', () => {
    const committed = JSON.parse(readFileSync(join(root, 'schemas', 'postmortemrc.schema.json'), 'utf8')) as unknown;
    assert.deepEqual(committed, JSON.parse(JSON.stringify(postmortemrcJsonSchema())));
  });
  it("package.json's postmortem.* settings match the zod schema (run npm run gen:schema)", () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      contributes: { configuration: unknown; jsonValidation: { url: string }[] };
    };
    assert.deepEqual(manifest.contributes.configuration, JSON.parse(JSON.stringify(settingsContribution())));
    assert.equal(manifest.contributes.jsonValidation[0].url, './schemas/postmortemrc.schema.json');
  });
  it('activates the extension where the default `files` globs find postmortems (run npm run gen:schema)', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { activationEvents: string[] };
    assert.deepEqual(
      manifest.activationEvents.filter((e) => e.startsWith('workspaceContains:') && !e.endsWith('.postmortemrc.json')),
      DEFAULT_FILES.map((glob) => `workspaceContains:${glob}`),
    );
  });
  it('lists every rule code and name for completion, and "default", and allows trailing commas as the file does', () => {
    const schema = postmortemrcJsonSchema();
    const rules = schema.properties?.rules as { propertyNames: { enum: string[] } };
    assert.deepEqual(rules.propertyNames.enum, [...RULES.flatMap((r) => [r.code, r.name]), 'default']);
    assert.equal(schema.allowTrailingCommas, true);
  });
});
