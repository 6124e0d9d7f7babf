// Rewrites the vocabulary's tables in docs/format.md and README.md (`npm run gen:docs`); a test
// fails when a committed table and server/src/postmortem/vocabulary.ts drift apart.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_WITH_TABLES, markedTables, withTables } from './docTables';

const root = join(__dirname, '..');
for (const file of DOCS_WITH_TABLES) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const updated = withTables(text);
  if (updated !== text) writeFileSync(path, updated);
  console.log(`${file}: ${markedTables(text).join(', ') || 'no tables'}${updated === text ? '' : ' (rewritten)'}`);
}
