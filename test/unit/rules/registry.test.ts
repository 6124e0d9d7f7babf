// The registry (rules/index.ts): one list of rules, each run in isolation at its configured
// severity, their findings merged in document order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Rule } from '../../../server/src/analysis/rule';
import { findRule, RULES, runRules, severityOf } from '../../../server/src/analysis/rules';
import { configSchema } from '../../../server/src/config/schema';
import type { ConfigInput } from '../../../server/src/config/schema';
import { lint, postmortem } from '../../support/core';

/** A rule of the test's own, reporting at the given offsets: the registry is tested apart from the real rules. */
const stub = (code: string, name: string, at: number[]): Rule => ({
  code,
  name,
  description: 'A rule of the test.',
  defaultSeverity: 'warning',
  check: () => at.map((start) => ({ message: `${name} at ${start}`, span: { start, end: start + 1 } })),
});

function run(rules: Rule[], config: ConfigInput = {}) {
  const a = lint(postmortem());
  return runRules(
    a.postmortem,
    { config: configSchema.parse(config), figures: a.figures, templateBlocks: new Set() },
    rules,
  );
}

describe('the registry', () => {
  it('has a unique code and name for every rule, each found by either', () => {
    assert.equal(new Set(RULES.map((r) => r.code)).size, RULES.length);
    assert.equal(new Set(RULES.map((r) => r.name)).size, RULES.length);
    for (const rule of RULES) {
      assert.equal(findRule(rule.code), rule);
      assert.equal(findRule(rule.name), rule);
    }
    assert.equal(findRule('PM999'), undefined);
  });

  it('takes each rule’s severity from the configuration by code or name, else its default', () => {
    const rule = stub('PM990', 'stub', [3]);
    assert.equal(severityOf(rule, {}), 'warning');
    assert.equal(severityOf(rule, { PM990: 'error' }), 'error');
    assert.equal(severityOf(rule, { stub: 'hint' }), 'hint');
    assert.equal(severityOf(rule, { PM990: 'information', stub: 'hint' }), 'information', 'the code wins');
  });

  it('runs no rule turned off', () => {
    const { findings, failures } = run([stub('PM001', 'missing-section', [3])], {
      rules: { 'missing-section': 'off' },
    });
    assert.deepEqual([findings, failures], [[], []]);
  });

  it('merges the findings of all rules in document order', () => {
    const { findings } = run([stub('PM001', 'missing-section', [9, 1]), stub('PM002', 'section-order', [5])], {
      rules: { 'section-order': 'hint' },
    });
    assert.deepEqual(
      findings.map((f) => [f.code, f.name, f.severity, f.span.start, f.message, f.fixes]),
      [
        ['PM001', 'missing-section', 'warning', 1, 'missing-section at 1', []],
        ['PM002', 'section-order', 'hint', 5, 'section-order at 5', []],
        ['PM001', 'missing-section', 'warning', 9, 'missing-section at 9', []],
      ],
    );
  });

  it('reports a rule that throws as a failure; the findings of the others stand', () => {
    const broken: Rule = {
      ...stub('PM999', 'broken', []),
      check: () => {
        throw new Error('boom');
      },
    };
    const { findings, failures } = run([broken, stub('PM005', 'title-date', [0])]);
    assert.deepEqual(
      findings.map((f) => f.code),
      ['PM005'],
    );
    assert.deepEqual(
      failures.map((f) => [f.rule, String(f.error)]),
      [['PM999/broken', 'Error: boom']],
    );
  });
});
