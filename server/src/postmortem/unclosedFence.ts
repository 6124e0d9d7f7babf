// A code fence (```, ~~~) that is never closed runs to the end of the file: what follows it, headings
// included, is code to remark. The file is still the postmortem its author wrote, so the headings it
// swallowed still say what the file is (classify.ts) while the rule unclosed-code-fence says where
// the fence opens.
import type { Code, RootContent } from 'mdast';
import type { MarkdownTree } from './markdown';
import type { Span } from './model';
import type { ReaderSettings } from './readerSettings';
import { matchSection } from './sections';

export interface UnclosedFence {
  /** The fence as written (``` or ~~~~), which closes it when written again. */
  fence: string;
  /** The opening fence's block: it runs to the end of the file. */
  span: Span;
  /** The lines after the opening fence, quote and list markers and indentation taken off. */
  swallowed: string[];
}

/** The fence the file ends in, when it is never closed and holds at least one line. */
export function unclosedFence(tree: MarkdownTree, text: string): UnclosedFence | undefined {
  const code = lastCode(tree);
  if (!code) return undefined;
  const span = tree.spanOf(code);
  // The block runs to the end of the file, its last line break included.
  const written = text.slice(span.start, span.end).replace(/\s+$/, '');
  const lines = written.split('\n').map((l) => l.replace(/^[\s>]*/, '').replace(/\r$/, ''));
  const fence = /^(`{3,}|~{3,})/.exec(lines[0]);
  if (!fence || closes(lines.slice(1).at(-1), fence[1])) return undefined;
  // A fence opened on the last line holds nothing yet.
  if (lines.length === 1) return undefined;
  return { fence: fence[1], span, swallowed: lines.slice(1) };
}

/** The swallowed lines that are ATX headings, as their text (`## Timeline` -> `Timeline`) and depth. */
export function swallowedHeadings(fence: UnclosedFence): { depth: number; text: string }[] {
  return fence.swallowed.flatMap((line) => {
    const m = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    return m && m[2] ? [{ depth: m[1].length, text: m[2] }] : [];
  });
}

/**
 * The configured sections (canonical names) whose headings an unclosed fence at the end of the
 * file swallowed: they are written, only read as code until the fence is closed.
 */
export function swallowedSections(tree: MarkdownTree, text: string, settings: ReaderSettings): Set<string> {
  const open = unclosedFence(tree, text);
  if (!open) return new Set();
  return new Set(swallowedHeadings(open).flatMap((h) => matchSection(h.text, settings)?.canonical ?? []));
}

/** The code block the file ends in, at any depth of lists and quotes: only that one can run to its end. */
function lastCode(tree: MarkdownTree): Code | undefined {
  let node: RootContent | undefined = tree.root.children.at(-1);
  while (node && (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote'))
    node = node.children.at(-1) as RootContent | undefined;
  return node?.type === 'code' ? node : undefined;
}

/** A closing fence: the same character, at least as many, nothing after but spaces. */
function closes(line: string | undefined, opener: string): boolean {
  if (line === undefined) return false;
  const m = /^(`{3,}|~{3,})\s*$/.exec(line);
  return !!m && m[1][0] === opener[0] && m[1].length >= opener.length;
}
