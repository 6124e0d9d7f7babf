// Runs the built postmortem-lint as CI does: `node dist/cli.js` in a child process.
import assert from 'node:assert/strict';
import type { SpawnSyncOptions } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { postmortem } from '../support/core';

export const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], cwd: string, extra: SpawnSyncOptions = {}): CliResult {
  // A stale or missing bundle would test yesterday's CLI: `npm test` builds first.
  assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...extra,
  });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

export function runJson<T>(args: string[], cwd: string): T {
  const r = run(['--format', 'json', ...args], cwd);
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Three marked moments: MTTD 20m (10:00 -> 10:20), MTTR 45m (10:20 -> 11:05), Duration 65m. */
export const MARKED = postmortem({
  timeline:
    '## Timeline\n\nAll times UTC.\n\n10:00 deploy [start]\n\n10:20 alert [detected]\n\n11:05 fixed [resolved]\n',
  impact: '## Impact\n\nMTTD: 20m\n\nMTTR: 45m\n',
});
