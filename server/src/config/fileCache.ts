// Host-side reads that run on every validation: cached by modification time, so an edit to a
// config file or template is seen at once and an unchanged one costs one stat.
import { readdirSync, readFileSync, statSync } from 'node:fs';

const texts = new Map<string, { mtimeMs: number; size: number; text: string }>();
const listings = new Map<string, { mtimeMs: number; names: string[] }>();

export function readTextCached(path: string): string | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    const hit = texts.get(path);
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.text;
    // Editors hide a BOM, so offsets into these texts are counted without it, as the user sees them.
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    texts.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, text });
    return text;
  } catch {
    return undefined;
  }
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
