// Shared helpers for core tests: analyse a text and read findings back as plain values.
import { analyze } from '../../server/src/analysis/analyze';
import type { Analysis, AnalysisContext } from '../../server/src/analysis/analyze';
import type { Finding, TextEdit } from '../../server/src/analysis/finding';
import type { EntryInsertion, InsertionRefused } from '../../server/src/analysis/insertEntry';
import { applyEdits } from '../../server/src/analysis/fixAll';
import type { ConfigInput } from '../../server/src/config/schema';
import { configSchema } from '../../server/src/config/schema';
import type { Span } from '../../server/src/postmortem/model';
import type { Rule } from '../../server/src/analysis/rule';
import { RULES } from '../../server/src/analysis/rules';

/** The analysis a test of a whole document checks: the rules it was written against (below), unless it names others. */
export function lint(text: string, config: ConfigInput = {}, context: AnalysisContext = {}): Analysis {
  return analyze(text, configSchema.parse(config), { rules: CHECKED_RULES, ...context });
}

/** A span as `line:character-line:character` (0-based, as LSP), for exact position checks. */
export function rangeOf(analysis: Analysis, span: Span): string {
  const r = analysis.lines.range(span);
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function figure(analysis: Analysis, name: string) {
  const f = analysis.figures.find((x) => x.name === name);
  if (!f) throw new Error(`no figure ${name}`);
  return f;
}

/**
 * The text once each finding's first fix is applied, as one pass of fix-all applies them (safe
 * or not): a fix whose edits overlap one already taken is left out whole, and the edits are
 * applied by production's own `applyEdits`.
 */
export function applyFixes(text: string, findings: Finding[]): string {
  const taken: TextEdit[] = [];
  for (const fix of findings.flatMap((f) => f.fixes.slice(0, 1))) {
    const overlaps = fix.edits.some((e) => taken.some((t) => e.span.start < t.span.end && t.span.start < e.span.end));
    if (!overlaps) taken.push(...fix.edits);
  }
  return applyEdits(text, taken);
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
    actions: '## Corrective Actions\n\n- Add a canary stage to proxy config pushes (owner: @dana, PAY-142).\n',
    ...parts,
  };
  return [p.head, p.description, p.timeline, p.factors, p.stabilization, p.impact, p.actions]
    .filter(Boolean)
    .join('\n');
}

/** An insertion that was made: a test of one expects an edit, and fails on a refusal with its reason. */
export function inserted(result: EntryInsertion | InsertionRefused): EntryInsertion {
  if ('refused' in result) throw new Error(`insertion refused: ${result.refused}`);
  return result;
}

/**
 * The rules the tests of whole documents were written against, by code: those tests run these
 * and no other, so a rule added later changes only its own tests and the snapshot (issue 9).
 */
export const WRITTEN_AGAINST: readonly string[] = [
  ...['PM000', 'PM001', 'PM002', 'PM003', 'PM004', 'PM005', 'PM006', 'PM007', 'PM008', 'PM020'],
  ...['PM101', 'PM102', 'PM103', 'PM104', 'PM105', 'PM106', 'PM107', 'PM108', 'PM109', 'PM110'],
  ...['PM111', 'PM112', 'PM113', 'PM114', 'PM115', 'PM116'],
  ...['PM201', 'PM202', 'PM203', 'PM204', 'PM205', 'PM206', 'PM207'],
  ...['PM301', 'PM302', 'PM303', 'PM304', 'PM305', 'PM401'],
];

/** Those rules, for `AnalysisContext.rules`. */
export const CHECKED_RULES: readonly Rule[] = RULES.filter((r) => WRITTEN_AGAINST.includes(r.code));

/** Those rules as a configuration's `rules` (for the CLI and the server): each at its own severity, any other off. */
export const CHECKED_RULE_SETTINGS: Record<string, 'on' | 'off'> = {
  default: 'off',
  ...Object.fromEntries(WRITTEN_AGAINST.map((code) => [code, 'on' as const])),
};

/** A `.postmortemrc.json`'s text: those rules only, with `rules` over them. */
export function rcWithRules(rules: Record<string, string> = {}, rest: Record<string, unknown> = {}): string {
  const settings: Record<string, string> = { ...CHECKED_RULE_SETTINGS };
  // A rule's code is read before its name: a rule named here loses its `on` by code.
  for (const key of Object.keys(rules)) {
    const rule = RULES.find((r) => r.code === key || r.name === key);
    if (rule) delete settings[rule.code];
  }
  return JSON.stringify({ ...rest, rules: { ...settings, ...rules } });
}
