// A code fence (```, ~~~) that is never closed runs to the end of the file: every section after it,
// timeline and figures included, is read (and rendered) as code. Said once, at the fence.
import { lineEnd, truncate } from '../../postmortem/text';
import { unclosedFence } from '../../postmortem/unclosedFence';
import type { Rule } from '../rule';

export const unclosedCodeFence: Rule = {
  code: 'PM020',
  name: 'unclosed-code-fence',
  description: 'A code fence is never closed, so the rest of the file is read as code.',
  defaultSeverity: 'warning',
  check(pm, ctx) {
    const open = unclosedFence(ctx.markdown, pm.text);
    if (!open) return [];
    const swallowed = open.swallowed.length;
    const heading = open.swallowed.find((l) => /^#{1,6}\s+\S/.test(l));
    const what = `the rest of the file (${swallowed} ${swallowed === 1 ? 'line' : 'lines'}${heading ? `, the heading "${truncate(heading.trim(), 40)}" among them` : ''})`;
    return [
      {
        message: `This code fence is never closed, so ${what} is read as code: close it with ${open.fence} where the code ends.`,
        span: { start: open.span.start, end: lineEnd(pm.text, open.span.start) },
      },
    ];
  },
};
