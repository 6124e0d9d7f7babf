// What reaches a terminal or a CI log is text from documents, configs and file names, which
// anyone may have written: an escape sequence there could retitle the terminal, erase log lines
// or hide a finding, and a newline in a file name would split one `file:line:col` line in two.
// Human-readable output shows every control character as an escape instead.

// C0 controls but tab, DEL, C1 controls, the line and paragraph separators, the bidirectional
// overrides and isolates that reorder what is shown, and lone surrogates (bytes that were not UTF-8).
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escape(c: string): string {
  const code = c.charCodeAt(0);
  // A byte that was not UTF-8 (fileBytes.ts) is shown as that byte.
  if (code >= 0xdc80 && code <= 0xdcff) return `\\x${(code - 0xdc00).toString(16).padStart(2, '0')}`;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text safe to print: control characters shown as `\x1b`, `\u202e`. */
export function printable(text: string): string {
  return text.replace(CONTROL, escape);
}

/**
 * JSON for a terminal as well as for programs: JSON.stringify already escapes C0 controls; the
 * rest are escaped the same way, which any JSON reader decodes to the same string.
 */
export function printableJson(json: string): string {
  return json.replace(
    /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
