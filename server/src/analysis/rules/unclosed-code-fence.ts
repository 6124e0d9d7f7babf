// A code fence (```, ~~~) that is never closed runs to the end of the file: every section after it,
// timeline and figures included, is read (and rendered) as code. Said once, at the fence.
import type { Code, RootContent } from 'mdast';
import type { MarkdownTree } from '../../postmortem/markdown';
import { lineEnd, truncate } from '../../postmortem/text';
import type { Rule } from '../rule';

export const unclosedCodeFence: Rule = {
  code: 'PM020',
  name: 'unclosed-code-fence',
  description: 'A code fence is never closed, so the rest of the file is read as code.',
  defaultSeverity: 'warning',
  check(pm, ctx) {
    const code = lastCode(ctx.markdown);
    if (!code) return [];
    const span = ctx.markdown.spanOf(code);
    // The block runs to the end of the file, its last line break included.
    const written = pm.text.slice(span.start, span.end).replace(/\s+$/, '');
    const lines = written.split('\n').map((l) => l.replace(/^[\s>]*/, '').replace(/\r$/, ''));
    const fence = /^(`{3,}|~{3,})/.exec(lines[0]);
    if (!fence || closes(lines.slice(1).at(-1), fence[1])) return [];
    const swallowed = lines.length - 1;
    // A fence opened on the last line holds nothing yet.
    if (swallowed === 0) return [];
    const heading = lines.slice(1).find((l) => /^#{1,6}\s+\S/.test(l));
    const what = `the rest of the file (${swallowed} ${swallowed === 1 ? 'line' : 'lines'}${heading ? `, the heading "${truncate(heading.trim(), 40)}" among them` : ''})`;
    return [
      {
        message: `This code fence is never closed, so ${what} is read as code: close it with ${fence[1]} where the code ends.`,
        span: { start: span.start, end: lineEnd(pm.text, span.start) },
      },
    ];
  },
};

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
