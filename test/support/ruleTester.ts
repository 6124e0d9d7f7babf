// One rule at a time, in the manner of typescript-eslint's RuleTester and remark-lint's examples:
// a rule runs alone on a markdown text with a configuration, and its findings are compared whole
// (code, range, severity, message, fixes) with the case's, then the text its fixes give.
//
// Every rule's test also runs it over the texts known to be clean (the shared test postmortem,
// the examples, the reference when ../shared is there): a rule that fires where it should not
// fails its own test, and no other rule's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Analysis } from '../../server/src/analysis/analyze';
import type { Finding, Severity } from '../../server/src/analysis/finding';
import type { Rule } from '../../server/src/analysis/rule';
import type { ConfigInput } from '../../server/src/config/schema';
import { templateConfig } from '../../server/src/config/templateConfig';
import { applyFixes, lint, postmortem, rangeOf } from './core';
import { MISSING_SHARED, sharedFile } from './shared';

export interface RuleOptions {
  config?: ConfigInput;
  /** The document's path: a file under a postmortem folder is a postmortem whatever it holds. */
  path?: string;
  /** The team's template, for the rules that compare with it. */
  template?: string;
  /** The host's day (`YYYY-MM-DD`), for the rules that compare dates with it. */
  today?: string;
}

export interface RuleRun {
  /** The whole analysis of the text: its model, figures and line index. */
  analysis: Analysis;
  /** The findings of the one rule, in document order, with the configured severity. */
  findings: Finding[];
}

/**
 * Runs `rule` alone on the model `analyze` makes of `text`, as the registry runs each rule:
 * nothing on a text that is not a postmortem, only not-analysed on a declined one.
 */
export function runRule(rule: Rule, text: string, options: RuleOptions = {}): RuleRun {
  const analysis = lint(text, options.config, {
    path: options.path,
    template: options.template,
    today: options.today,
    rules: [rule],
  });
  if (analysis.failures.length) throw analysis.failures[0].error;
  return { analysis, findings: analysis.findings };
}

export interface RuleCase extends RuleOptions {
  name: string;
  text: string;
}

export interface ExpectedFinding {
  /** `line:character-line:character`, 0-based as LSP counts. */
  at: string;
  message: string;
  /** The rule's default severity unless given. */
  severity?: Severity;
  /** Title and safety of each fix offered, in order; none unless given. */
  fixes?: { title: string; safe: boolean }[];
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
  /**
   * The text once each finding's first fix is applied (required when any finding has a fix);
   * the rule must be silent on it.
   */
  output?: string;
}

/** A finding as the expectations are written. */
export function described(analysis: Analysis, finding: Finding): ExpectedFinding & { code: string } {
  const described: ExpectedFinding & { code: string } = {
    code: finding.code,
    at: rangeOf(analysis, finding.span),
    message: finding.message,
    severity: finding.severity,
  };
  if (finding.fixes.length) described.fixes = finding.fixes.map((f) => ({ title: f.title, safe: f.safe }));
  return described;
}

export interface KnownText {
  name: string;
  /** Undefined when the file is in ../shared and ../shared is absent. */
  text: string | undefined;
  options: RuleOptions;
  /** The rules (by name) that do fire on it; every other rule must stay silent. */
  fires: string[];
}

const examples = join(__dirname, '..', '..', 'examples', 'postmortems');
const example = (file: string, fires: string[]): KnownText => ({
  name: `examples/postmortems/${file}`,
  text: readFileSync(join(examples, file), 'utf8'),
  options: { path: join(examples, file) },
  fires,
});
const reference = sharedFile('design', 'example-2019-02-06.md');
const referenceTemplate = sharedFile('design', '.post-mortem-template.md');

/** Texts whose findings are known, rule by rule: the false alarms a new rule could raise. */
export const KNOWN_TEXTS: KnownText[] = [
  { name: 'the shared test postmortem', text: postmortem(), options: {}, fires: [] },
  example('2024-03-05-checkout-errors.md', []),
  example('2024-11-02-overnight-batch-berlin.md', []),
  example('2024-08-14-receipt-uploads-dropped.md', ['placeholder', 'key-moments-inferred']),
  example('2024-05-17-search-outage-with-mistakes.md', [
    'missing-section',
    'title-date',
    'incident-leader',
    'placeholder',
    'timeline-timezone',
    'timeline-order',
    'timeline-duplicate-entry',
    'key-moment-duplicate',
    'timeline-approximate-time',
    'figure-mismatch',
    'figure-unreadable',
    'section-order',
    'no-corrective-actions',
  ]),
  {
    name: 'the reference postmortem (../shared)',
    text: reference && referenceTemplate ? reference : undefined,
    options: {
      path: '/repo/docs/incidents/2019-02-06.md',
      template: referenceTemplate,
      // What its template asks of action items, as loading the configuration beside it gives.
      config: { rules: referenceTemplate ? templateConfig(referenceTemplate)?.rules : undefined },
    },
    // Its actions link no issue, where its template's do.
    fires: ['placeholder', 'key-moments-inferred', 'timeline-approximate-time', 'action-item-ticket'],
  },
];

function checkValid(rule: Rule, c: RuleCase): void {
  const { analysis, findings } = runRule(rule, c.text, c);
  // A text that is not a postmortem has no findings of any rule: such a case could never fail.
  assert.ok(analysis.postmortem.classification, 'the case is a postmortem');
  assert.deepEqual(
    findings.map((f) => described(analysis, f)),
    [],
  );
}

function checkInvalid(rule: Rule, c: InvalidCase): void {
  const { analysis, findings } = runRule(rule, c.text, c);
  assert.deepEqual(
    findings.map((f) => described(analysis, f)),
    c.findings.map((f) => {
      const expected: ExpectedFinding & { code: string } = {
        code: rule.code,
        at: f.at,
        message: f.message,
        severity: f.severity ?? rule.defaultSeverity,
      };
      if (f.fixes?.length) expected.fixes = f.fixes;
      return expected;
    }),
  );
  const fixable = findings.some((f) => f.fixes.length > 0);
  if (fixable) assert.ok(c.output !== undefined, 'a case whose findings have fixes gives the output');
  if (c.output === undefined) return;
  assert.equal(applyFixes(c.text, findings), c.output);
  // A fix fixes: the rule has nothing left to say about the text it gives.
  const after = runRule(rule, c.output, c);
  assert.deepEqual(
    after.findings.map((f) => described(after.analysis, f)),
    [],
    'the rule is silent on the output',
  );
}

/** One `describe` per rule: its valid cases, its invalid cases, and the known texts. */
export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.code} ${rule.name}`, () => {
    for (const c of cases.valid) it(`valid: ${c.name}`, () => checkValid(rule, c));
    for (const c of cases.invalid) it(`invalid: ${c.name}`, () => checkInvalid(rule, c));
    for (const known of KNOWN_TEXTS.filter((k) => !k.fires.includes(rule.name))) {
      const { text } = known;
      it(`silent on ${known.name}`, { skip: text === undefined ? MISSING_SHARED : false }, () =>
        checkValid(rule, { name: known.name, text: text ?? '', ...known.options }),
      );
    }
  });
}
