// Shared helpers for core tests: analyse a text and read findings back as plain values.
import { analyze } from '../../server/src/analysis/analyze';
import type { Analysis } from '../../server/src/analysis/analyze';
import type { ConfigInput } from '../../server/src/config/schema';
import { configSchema } from '../../server/src/config/schema';

export function lint(
  text: string,
  config: ConfigInput = {},
  context: { path?: string; template?: string } = {},
): Analysis {
  return analyze(text, configSchema.parse(config), context);
}

export function codes(analysis: Analysis): string[] {
  return analysis.findings.map((f) => f.code);
}

/** Each finding as `CODE line:char-line:char` (0-based, as LSP), for exact position checks. */
export function located(analysis: Analysis): string[] {
  return analysis.findings.map((f) => {
    const r = analysis.lines.range(f.span);
    return `${f.code} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  });
}

export function figure(analysis: Analysis, name: string) {
  const f = analysis.figures.find((x) => x.name === name);
  if (!f) throw new Error(`no figure ${name}`);
  return f;
}

/** Applies every fix of the given findings to the text, right to left. */
export function applyFixes(text: string, analysis: Analysis, code?: string): string {
  const edits = analysis.findings
    .filter((f) => !code || f.code === code)
    .flatMap((f) => f.fixes.flatMap((x) => x.edits))
    .sort((a, b) => b.span.start - a.span.start);
  for (const e of edits) text = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
  return text;
}

/** A clean postmortem; pieces can be swapped out by the tests. */
export function postmortem(
  parts: Partial<
    Record<'head' | 'description' | 'timeline' | 'factors' | 'stabilization' | 'impact' | 'actions', string>
  > = {},
): string {
  const p = {
    head: '# 2024-03-05 Checkout errors\n\n**Incident Leader: Dana**\n',
    description: '## Description\n\nCheckout returned 500s for a fifth of requests after a config push.\n',
    timeline:
      '## Timeline\n\nAll times UTC.\n\n09:58 config push to the payment proxy [start]\n\n10:12 error-rate alert fires [detected]\n\n10:15 on-call acknowledges [acknowledged]\n\n10:31 push reverted [mitigated]\n\n10:40 error rate back to normal [resolved]\n',
    factors: '## Contributing Factors\n\n- The proxy config had no canary stage.\n',
    stabilization: '## Stabilization Steps\n\n- Reverted the push.\n',
    impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 28m\n',
    actions: '## Corrective Actions\n\n- Add a canary stage to proxy config pushes.\n',
    ...parts,
  };
  return [p.head, p.description, p.timeline, p.factors, p.stabilization, p.impact, p.actions]
    .filter(Boolean)
    .join('\n');
}
