// Reading LSP semantic tokens back as plain values, for the in-process and protocol tests alike.

/** Each token as `line:character text type`, decoded from LSP's relative encoding with `tokenTypes`
 * (the legend the server declared). */
export function decode(text: string, data: number[], tokenTypes: readonly string[]): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type] = data.slice(i, i + 4);
    line += deltaLine;
    character = deltaLine ? deltaStart : character + deltaStart;
    out.push(`${line}:${character} ${lines[line].slice(character, character + length)} ${tokenTypes[type]}`);
  }
  return out;
}
