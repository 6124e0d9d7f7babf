// Files --fix leaves alone, by design, saying why: replacing them (the only way to write without
// ever leaving half a file) would change something besides their text.
import type { Stats } from 'node:fs';
import { accessSync, constants } from 'node:fs';

const octal = (mode: number) => (mode & 0o7777).toString(8).padStart(3, '0');

/** Why --fix must not replace the file at `path` (as `stat` describes it), or undefined when it may. */
export function fixRefusal(path: string, stat: Stats): string | undefined {
  // Hard links are other names for the same file: a replacement would leave them the old text, and
  // writing in place could leave every name half-written if the run is interrupted.
  if (stat.nlink > 1)
    return `it has ${stat.nlink} hard links, which a fixed copy would no longer share (fix it by hand, or give it one name)`;
  // Root may write anything; a file nobody may write was made read-only on purpose.
  if ((stat.mode & 0o222) === 0) return `it is read-only (mode ${octal(stat.mode)})`;
  const uid = process.getuid?.();
  if (uid === undefined || uid === 0) return undefined;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return 'you may not write to it';
  }
  if (stat.uid !== uid) return `it belongs to another user (uid ${stat.uid}), and the fixed file would belong to you`;
  const groups = new Set([process.getegid?.(), ...(process.getgroups?.() ?? [])]);
  if (!groups.has(stat.gid))
    return `its group (gid ${stat.gid}) is not one of yours, so the fixed file could not keep it`;
  return undefined;
}
