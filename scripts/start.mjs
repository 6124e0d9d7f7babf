// `npm start`: the extension in a real editor on the example postmortems when VS Code is on this
// machine; otherwise the command-line linter over the same examples, so a newcomer sees the product.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');
const hasCode = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { stdio: 'ignore' }).status === 0;

if (hasCode) {
  console.log(`Opening VS Code with the extension on ${examples}`);
  const r = spawnSync('code', ['--extensionDevelopmentPath', root, examples], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}
console.log('No desktop VS Code ("code") on PATH: running the command-line linter on examples/ instead.\n');
const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), examples], { stdio: 'inherit' });
// Findings in the example with mistakes are the point of the demo, not a failure of `npm start`.
process.exit(r.status === 2 ? 2 : 0);
