// The known texts of the rule tester (test/support/ruleTester.ts): every rule's test runs it
// over each of them, except where the text is said to set that rule off. Those exceptions must
// be true, or they would hide the false alarms the known texts are there to catch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findRule } from '../../../server/src/analysis/rules';
import { MISSING_SHARED } from '../../support/shared';
import { KNOWN_TEXTS, runRule } from '../../support/ruleTester';

describe('the known texts', () => {
  for (const known of KNOWN_TEXTS) {
    const { text } = known;
    it(
      `${known.name}: each rule said to fire on it does`,
      { skip: text === undefined ? MISSING_SHARED : false },
      () => {
        for (const name of known.fires) {
          const rule = findRule(name);
          assert.ok(rule, `${name} is a rule`);
          assert.notDeepEqual(runRule(rule, text ?? '', known.options).findings, [], `${name} fires`);
        }
      },
    );
  }
});
