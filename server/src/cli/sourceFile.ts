// Reading a document for the CLI: bounded before it is read, byte-exact, and with what --fix
// needs to know that the file it replaces is still the one it read.
import type { Stats } from 'node:fs';
import { MAX_DOCUMENT_LENGTH } from '../analysis/decline';
import { readBoundedBytes } from '../config/fileCache';
import { decodeBytes } from './fileBytes';

/**
 * Bytes a document may have to be read at all: a text within the core's 2 MB limit (in UTF-16
 * units) is at most three bytes a unit. A larger file cannot be analysed, and reading it whole
 * could exhaust memory (a 1 GB file), so it is not read.
 */
export const MAX_SOURCE_BYTES = 3 * MAX_DOCUMENT_LENGTH;

export interface SourceFile {
  bytes: Buffer;
  /** Without the BOM, as editors show it (and as positions count); bytes not UTF-8 escaped (fileBytes.ts). */
  text: string;
  bom: string;
  stat: Stats;
}

const BOM = '\uFEFF';

export function readSource(path: string): SourceFile | { unreadable: string } {
  const read = readBoundedBytes(path, MAX_SOURCE_BYTES);
  if ('unreadable' in read) return read;
  const { text } = decodeBytes(read.bytes);
  const bom = text.startsWith(BOM) ? BOM : '';
  return { bytes: read.bytes, text: text.slice(bom.length), bom, stat: read.stat };
}
