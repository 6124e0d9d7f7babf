// The shared folder (design documents, corpus) sits beside the repository on CI and on
// developer machines, never inside it. Tests that read it skip with a message when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(__dirname, '../../../shared');

export function sharedFile(...parts: string[]): string | undefined {
  const path = join(SHARED, ...parts);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export const MISSING_SHARED = `../shared is absent (looked in ${SHARED}): skipped`;
