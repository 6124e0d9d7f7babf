// Texts the server declines to analyse, with the reason a user reads. No postmortem is this big
// (10,000 timeline entries are under 1 MB), a binary file renamed .md is no postmortem, and a
// paragraph of thousands of lines (a chat log pasted without blank lines) costs micromark time
// that grows with its square. Each would take seconds per change for findings nobody can use.
import { isBlank, orderedItemAt } from '../postmortem/blocks';

/** Characters, about 2 MB of text: over twice the largest timeline the benchmark measures. */
export const MAX_DOCUMENT_LENGTH = 2 * 1024 * 1024;
/** Lines of one paragraph: 2,000 lines of chat take micromark about a second. */
export const MAX_PARAGRAPH_LINES = 2_000;
/**
 * Lines of the whole text: 10,000 timeline entries with their notes are 23,000 lines; 100,000
 * short entries (200,000 lines, 1.4 MB) took 8 s to read and 0.5 s a keystroke (bench/hostile.ts).
 */
export const MAX_LINES = 50_000;

export function declineReason(text: string): string | undefined {
  if (text.length > MAX_DOCUMENT_LENGTH) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return `Not analysed: this file is ${mb} MB, over the 2 MB a postmortem can be. Split it (long pasted logs can go in a linked file).`;
  }
  // Git's test for binary content: a NUL in the first 8,000 characters.
  if (text.slice(0, 8000).includes('\u0000'))
    return 'Not analysed: this file looks binary (it contains NUL characters), not like markdown text.';
  const paragraph = longestParagraph(text);
  if (paragraph.total > MAX_LINES)
    return `Not analysed: this file has ${paragraph.total.toLocaleString('en')} lines, over the ${MAX_LINES.toLocaleString('en')} a postmortem can have. Split it (long pasted logs can go in a linked file).`;
  if (paragraph.lines > MAX_PARAGRAPH_LINES) {
    return `Not analysed: lines ${paragraph.first + 1}-${paragraph.first + paragraph.lines} are one paragraph of ${paragraph.lines.toLocaleString('en')} lines, too long to read while typing. Put pasted logs in a code block (\`\`\`), or separate entries with blank lines.`;
  }
  return undefined;
}

/** The longest stretch of lines that are one paragraph (roughly: code blocks do not count), and the text's count of lines. */
function longestParagraph(text: string): { first: number; lines: number; total: number } {
  let best = { first: 0, lines: 0 };
  let first = 0;
  let run = 0;
  let inFence = false;
  let line = 0;
  // Runs on every version of the text: one look at each line's first characters, no slices.
  for (let at = 0; at <= text.length; line++) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    const shape = lineShape(text, at, end);
    if (shape === 'fence') inFence = !inFence;
    if (inFence || shape !== 'text') run = 0;
    else if (run++ === 0) first = line;
    if (run > best.lines) best = { first, lines: run };
    if (newline === -1) break;
    at = newline + 1;
  }
  return { ...best, total: line + 1 };
}

/**
 * What a line is to a paragraph: blank, a fence (three backticks or tildes after at most three
 * spaces), a line that starts a block of its own (a list item, a quote, a heading or a table
 * row), or text that continues it.
 */
function lineShape(text: string, start: number, end: number): 'blank' | 'fence' | 'own' | 'text' {
  if (isBlank(text, start, end)) return 'blank';
  let at = start;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  const c = text[at];
  if (at - start <= 3 && (c === '`' || c === '~') && text[at + 1] === c && text[at + 2] === c) return 'fence';
  if (c === '>' || c === '#' || c === '|') return 'own';
  const next = text[at + 1];
  if ((c === '-' || c === '*' || c === '+') && (next === ' ' || next === '\t')) return 'own';
  return orderedItemAt(text, at) ? 'own' : 'text';
}
