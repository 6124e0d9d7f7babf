// Host-side reads that run on every validation: cached by modification time, so an edit to a
// config file or template is seen at once and an unchanged one costs one stat. Every read is
// bounded: a path may name a folder, a FIFO, /dev/zero or a file of gigabytes (a symlink in a
// repository can point anywhere), and none of them may hang, exhaust memory or be read twice.
import type { Stats } from 'node:fs';
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';

/** What a bounded read gives: the text, or why there is none, as the end of a sentence ("it is a folder"). */
export type FileText = { text: string; unreadable?: undefined } | { text?: undefined; unreadable: string };

const texts = new Map<string, { mtimeMs: number; size: number; limit: number; text: string }>();
const listings = new Map<string, { mtimeMs: number; names: string[] }>();

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/** Why `stat` is not a file to read as text, or undefined when it is a regular file. */
export function notARegularFile(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'it is a folder';
  if (stat.isFIFO()) return 'it is a named pipe (FIFO), not a file';
  if (stat.isSocket()) return 'it is a socket, not a file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'it is a device, not a file';
  return 'it is not a regular file';
}

/** `size` is undefined when only reading showed the file to be too big (a /proc file claims 0 bytes). */
function tooBig(size: number | undefined, limit: number): string {
  const allowed = `over the ${formatBytes(limit)} allowed`;
  return size === undefined ? `it is ${allowed}` : `it is ${formatBytes(size)}, ${allowed}`;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'it is a symlink loop';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads at most `limit` bytes of a regular file. Opened without blocking (a FIFO would wait for a
 * writer) and checked on the open descriptor, so what is read is what was checked; a file that
 * claims size 0 (as /proc files do) is still read no further than the limit.
 */
export function readBoundedBytes(path: string, limit: number): { bytes: Buffer; stat: Stats } | { unreadable: string } {
  let fd: number;
  try {
    const before = statSync(path);
    const why = notARegularFile(before) ?? (before.size > limit ? tooBig(before.size, limit) : undefined);
    if (why) return { unreadable: why };
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { unreadable: reason(error) };
  }
  try {
    const stat = fstatSync(fd);
    const why = notARegularFile(stat) ?? (stat.size > limit ? tooBig(stat.size, limit) : undefined);
    if (why) return { unreadable: why };
    let buffer = Buffer.alloc(Math.min(limit + 1, Math.max(stat.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // Past the limit by one byte: that is enough to know, without reading the rest.
        if (length > limit) return { unreadable: tooBig(undefined, limit) };
        const grown = Buffer.alloc(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(grown);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) return { bytes: buffer.subarray(0, length), stat };
      length += n;
    }
  } catch (error) {
    return { unreadable: reason(error) };
  } finally {
    closeSync(fd);
  }
}

/** A text file of at most `limit` bytes, cached by modification time and size. */
export function readFileText(path: string, limit: number): FileText {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    return { unreadable: reason(error) };
  }
  const hit = texts.get(path);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size && hit.limit === limit) return { text: hit.text };
  const read = readBoundedBytes(path, limit);
  if ('unreadable' in read) {
    texts.delete(path);
    return read;
  }
  // Editors hide a BOM, so offsets into these texts are counted without it, as the user sees them.
  const text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  texts.set(path, { mtimeMs: read.stat.mtimeMs, size: read.stat.size, limit, text });
  return { text };
}

export function readTextCached(path: string, limit: number): string | undefined {
  return readFileText(path, limit).text;
}

export function listDirCached(dir: string): string[] {
  try {
    const stat = statSync(dir);
    const hit = listings.get(dir);
    if (hit && hit.mtimeMs === stat.mtimeMs) return hit.names;
    const names = readdirSync(dir).sort();
    listings.set(dir, { mtimeMs: stat.mtimeMs, names });
    return names;
  } catch {
    return [];
  }
}
