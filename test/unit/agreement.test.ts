// statedAgrees: when a stated value holds for the computed minutes (the mismatch rule, hover and
// inlay hints all ask it).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statedAgrees } from '../../server/src/analysis/agreement';
import type { DurationValue } from '../../server/src/postmortem/model';

const exact = (minutes: number): DurationValue => ({ minutes, approximate: false });

describe('statedAgrees', () => {
  it('an exact value holds for the same whole minutes only', () => {
    assert.deepEqual(
      [27, 28, 29].map((m) => statedAgrees(exact(28), m)),
      [false, true, false],
    );
    assert.equal(statedAgrees(exact(27.6), 28), true, 'seconds round to the minute');
  });
  it('an approximate value holds within 5 minutes, or 10 % when that is more', () => {
    const about = (minutes: number): DurationValue => ({ minutes, approximate: true });
    assert.deepEqual(
      [9, 10, 20, 21].map((m) => statedAgrees(about(15), m)),
      [false, true, true, false],
    );
    assert.deepEqual(
      [107, 108, 132, 133].map((m) => statedAgrees(about(120), m)),
      [false, true, true, false],
    );
  });
  it('a value written to the hour or the day holds for what rounds to it, as far as an approximate one would', () => {
    const hours = { ...exact(19 * 60), precision: 60 };
    assert.deepEqual(
      [18 * 60 + 29, 18 * 60 + 30, 19 * 60 + 19, 19 * 60 + 30, 19 * 60 + 31].map((m) => statedAgrees(hours, m)),
      [false, true, true, true, false],
    );
    const days = { ...exact(2 * 1440), precision: 1440 };
    assert.deepEqual(
      [2 * 1440 - 289, 2 * 1440 - 288, 2 * 1440 + 288, 2 * 1440 + 289].map((m) => statedAgrees(days, m)),
      [false, true, true, false],
    );
    // An hour is no rounding of 42 minutes: 10 % of an hour is the most it stretches.
    const hour = { ...exact(60), precision: 60 };
    assert.deepEqual(
      [42, 53, 54, 66, 67].map((m) => statedAgrees(hour, m)),
      [false, false, true, true, false],
    );
  });
  it('a bound holds on its side, the bound included', () => {
    const below = { ...exact(30), bound: '<' as const };
    const above = { ...exact(60), bound: '>' as const };
    assert.deepEqual(
      [30, 31].map((m) => statedAgrees(below, m)),
      [true, false],
    );
    assert.deepEqual(
      [59, 60].map((m) => statedAgrees(above, m)),
      [false, true],
    );
  });
  it('a range holds between its ends, both included', () => {
    const range = { ...exact(10), maxMinutes: 20 };
    assert.deepEqual(
      [9, 10, 20, 21].map((m) => statedAgrees(range, m)),
      [false, true, true, false],
    );
  });
});
