// An internal error in one rule is reported and the other rules still run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Rule } from '../../server/src/analysis/rule';
import { RULES, runRules } from '../../server/src/analysis/rules';
import { defaultConfig } from '../../server/src/config/schema';
import { parseMarkdown } from '../../server/src/postmortem/markdown';
import { lint, postmortem } from '../support/core';

describe('rule isolation', () => {
  it('a rule that throws becomes a failure; the findings of the others stand', () => {
    const text = postmortem({ head: '# Checkout errors\n\n**Incident Leader: Dana**\n' });
    const a = lint(text);
    const broken: Rule = {
      code: 'PM999',
      name: 'broken',
      description: 'always throws',
      defaultSeverity: 'error',
      check: () => {
        throw new Error('boom');
      },
    };
    const { findings, failures } = runRules(
      a.postmortem,
      { config: defaultConfig(), figures: a.figures, templateBlocks: new Set(), markdown: parseMarkdown(text) },
      [broken, ...RULES],
    );
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
