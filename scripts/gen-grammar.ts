// Writes syntaxes/postmortem.injection.tmLanguage.json from the vocabulary (`npm run gen:grammar`);
// a test fails when the committed grammar and the vocabulary drift apart.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { postmortemGrammar } from '../server/src/analysis/grammar';

writeFileSync(
  join(__dirname, '..', 'syntaxes', 'postmortem.injection.tmLanguage.json'),
  JSON.stringify(postmortemGrammar(), null, 2) + '\n',
);
console.log('wrote syntaxes/postmortem.injection.tmLanguage.json');
