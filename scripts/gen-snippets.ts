// Writes snippets/postmortem.code-snippets from the core's skeletons (`npm run gen:snippets`);
// a test fails when the committed file and the skeletons drift apart.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snippets } from '../server/src/analysis/snippets';

writeFileSync(
  join(__dirname, '..', 'snippets', 'postmortem.code-snippets'),
  JSON.stringify(snippets(), null, 2) + '\n',
);
console.log('wrote snippets/postmortem.code-snippets');
