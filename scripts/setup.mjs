// `node scripts/setup.mjs test|start`: the first step of `npm test` and `npm start`, before the
// build. Installs the missing system packages as root with apt-get, quietly; elsewhere stops at
// once with the command that installs them (system-packages.mjs decides which).
import { spawnSync } from 'node:child_process';
import { CODE_SERVER } from './code-server.mjs';
import { setUp, thisMachine } from './system-packages.mjs';

const purpose = process.argv[2];
if (purpose !== 'test' && purpose !== 'start') {
  console.error('usage: node scripts/setup.mjs test|start');
  process.exit(2);
}

process.exitCode = setUp(purpose, {
  probe: () => thisMachine(CODE_SERVER),
  run: (command, args, env) => {
    // Quiet: apt-get's progress is kept and shown only when it fails.
    const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
    return { status: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}` };
  },
  log: (line) => console.error(line),
});
