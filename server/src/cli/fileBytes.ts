// A document's bytes as text and back, byte for byte. Most files are UTF-8; one that is not (a
// Latin-1 `café`) must still come back from --fix exactly as it was outside the fix. Each byte
// that is not part of valid UTF-8 becomes one lone surrogate U+DC80-U+DCFF (Python's
// "surrogateescape"): UTF-8 text never holds one, so on the way back each is that byte again.
import { isUtf8 } from 'node:buffer';

const ESCAPE_BASE = 0xdc00;

/** Length of the valid UTF-8 sequence starting at `i`, or 0 (Unicode table 3-7: no overlongs, no surrogates). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** The text of a file's bytes; `exact` says whether they were all UTF-8. */
export function decodeBytes(bytes: Buffer): { text: string; exact: boolean } {
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), exact: true };
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    parts.push(bytes.toString('utf8', runStart, i), String.fromCharCode(ESCAPE_BASE + bytes[i]));
    i++;
    runStart = i;
  }
  parts.push(bytes.toString('utf8', runStart));
  return { text: parts.join(''), exact: false };
}

const ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;

/** The bytes of a text from decodeBytes, edited or not: escaped bytes are written back as they were. */
export function encodeText(text: string): Buffer {
  const chunks: Buffer[] = [];
  let last = 0;
  // matchAll works on a copy of the regex, so its lastIndex is never left behind for the next call.
  for (const match of text.matchAll(ESCAPED)) {
    chunks.push(Buffer.from(text.slice(last, match.index), 'utf8'), Buffer.of(match[0].charCodeAt(0) - ESCAPE_BASE));
    last = match.index + 1;
  }
  if (last === 0) return Buffer.from(text, 'utf8');
  chunks.push(Buffer.from(text.slice(last), 'utf8'));
  return Buffer.concat(chunks);
}
