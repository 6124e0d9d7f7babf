// Writing a preset into `.postmortemrc.json`: the one key set, everything else in the file (other
// keys, comments, formatting) kept, as jsonc-parser edits it. Pure: text in, text out.
import { applyEdits, modify, parseTree } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import type { PresetName } from '../postmortem/vocabulary';

const BOM = '\uFEFF';

/** The file's text with `"preset"` set; a new file when there is none. Throws on a file that is no JSON object. */
export function withPreset(text: string | undefined, preset: PresetName): string {
  if (text === undefined || !text.replace(BOM, '').trim()) return `{\n  "preset": ${JSON.stringify(preset)}\n}\n`;
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { allowTrailingComma: true });
  if (!tree || tree.type !== 'object' || errors.length)
    throw new Error('its JSON has errors: fix them first, then choose the preset again');
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const edits = modify(body, ['preset'], preset, {
    formattingOptions: { insertSpaces: true, tabSize: 2, eol },
    getInsertionIndex: () => 0,
  });
  return bom + applyEdits(body, edits);
}
