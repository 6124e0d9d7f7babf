// Writes schemas/postmortemrc.schema.json and the settings in package.json from the zod schema.
// `npm run gen:schema` after changing server/src/config/schema.ts; a test fails until you do.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FILES } from '../server/src/config/schema';
import { postmortemrcJsonSchema, settingsContribution } from '../server/src/configuration';

const root = join(__dirname, '..');
writeFileSync(
  join(root, 'schemas', 'postmortemrc.schema.json'),
  JSON.stringify(postmortemrcJsonSchema(), null, 2) + '\n',
);
const manifestPath = join(root, 'package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
  contributes: Record<string, unknown>;
  activationEvents: string[];
};
manifest.contributes.configuration = settingsContribution();
// The extension starts in a workspace holding postmortems where `files` looks by default, so the
// Problems panel lists their findings before any is opened (the workspace scan).
const generated = (event: string) => event.startsWith('workspaceContains:') && !event.endsWith('.postmortemrc.json');
manifest.activationEvents = [
  ...manifest.activationEvents.filter((event) => !generated(event)),
  ...DEFAULT_FILES.map((glob) => `workspaceContains:${glob}`),
];
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
console.log('wrote schemas/postmortemrc.schema.json, and package.json contributes.configuration and activationEvents');
