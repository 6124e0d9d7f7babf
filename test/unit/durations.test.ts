// Stated durations: every form FORMAT.md sections 5 and 8 and the corpus use, and writing them back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DurationStyle, DurationValue } from '../../server/src/postmortem/model';
import { formatDuration, humanDuration, parseDuration } from '../../server/src/postmortem/durations';

const exact = (minutes: number, style: DurationStyle, extra: Partial<DurationValue> = {}) => ({
  value: { minutes, approximate: false, ...extra },
  style,
});

describe('parseDuration: forms and styles', () => {
  const cases: [string, ReturnType<typeof exact>][] = [
    ['2h52m', exact(172, 'compact')],
    ['2h 52m', exact(172, 'spaced')],
    ['2 h 52 min', exact(172, 'spaced')],
    ['172m', exact(172, 'minutes')],
    ['172 min', exact(172, 'minutes')],
    ['172 minutes', exact(172, 'minutes')],
    ['2:52', exact(172, 'clock')],
    ['00:10', exact(10, 'clock')],
    ['01:00', exact(60, 'clock')],
    ['22:15', exact(1335, 'clock')],
    ['2 hours 52 minutes', exact(172, 'words')],
    ['2 hours and 52 minutes', exact(172, 'words')],
    ['2 hours, 52 minutes', exact(172, 'words')],
    ['15 hours 40 minutes', exact(940, 'words')],
    ['1d 3h', exact(1620, 'spaced', { precision: 60 })],
    ['1d3h5m', exact(1625, 'compact')],
    ['3 days', exact(4320, 'words', { precision: 1440 })],
    ['11 Days', exact(15840, 'words', { precision: 1440 })],
    ['1.5 hours', exact(90, 'words', { precision: 6 })],
    ['45s', exact(1, 'minutes')],
    ['96h', exact(5760, 'compact', { precision: 60 })],
    ['0h 07m', exact(7, 'spaced')],
    ['35h 36m', exact(2136, 'spaced')],
    ['5280 minutes', exact(5280, 'minutes')],
    ['1 minutes', exact(1, 'minutes')],
    ['  2h52m  ', exact(172, 'compact')],
  ];
  for (const [text, expected] of cases) it(JSON.stringify(text), () => assert.deepEqual(parseDuration(text), expected));
});

describe('parseDuration: the precision a value is written to', () => {
  it('its smallest unit, when larger than a minute, and only for an exact value', () => {
    assert.equal(parseDuration('19 hours')?.value.precision, 60);
    assert.equal(parseDuration('2d')?.value.precision, 1440);
    assert.equal(parseDuration('2.5 hours')?.value.precision, 6);
    assert.equal(parseDuration('2.25 hours')?.value.precision, undefined);
    assert.equal(parseDuration('2h 5m')?.value.precision, undefined);
    assert.equal(parseDuration('02:00')?.value.precision, undefined);
    assert.equal(parseDuration('~19 hours')?.value.precision, undefined);
    assert.equal(parseDuration('< 2h')?.value.precision, undefined);
    assert.equal(parseDuration('2-3 hours')?.value.precision, undefined);
  });
});

describe('parseDuration: approximate, bounded and ranged values', () => {
  it('~2h', () => assert.deepEqual(parseDuration('~2h'), exact(120, 'compact', { approximate: true })));
  it('about 2 hours', () =>
    assert.deepEqual(parseDuration('about 2 hours'), exact(120, 'words', { approximate: true })));
  it('~72:00 hours is 72 hours', () =>
    assert.deepEqual(parseDuration('~72:00 hours'), exact(4320, 'clock', { approximate: true })));
  it('< 00:01 is less than a minute', () =>
    assert.deepEqual(parseDuration('< 00:01'), exact(1, 'clock', { bound: '<' })));
  it('more than 2h and 2h+', () => {
    assert.deepEqual(parseDuration('more than 2h'), exact(120, 'compact', { bound: '>' }));
    assert.deepEqual(parseDuration('2h+'), exact(120, 'compact', { bound: '>' }));
  });
  it('96h (estimated)', () =>
    assert.deepEqual(parseDuration('96h (estimated)'), exact(5760, 'compact', { approximate: true })));
  it('20-60 days', () =>
    assert.deepEqual(parseDuration('20-60 days'), exact(20 * 1440, 'words', { maxMinutes: 60 * 1440 })));
  it('2h - 3h', () => assert.deepEqual(parseDuration('2h - 3h'), exact(120, 'compact', { maxMinutes: 180 })));
});

describe('parseDuration: trailing text and what is not one value', () => {
  it('text after the duration is allowed', () => {
    assert.deepEqual(parseDuration('2h52m (from alert to revert)'), exact(172, 'compact'));
    assert.deepEqual(parseDuration('2h52m (from 17:18 to 20:10)'), exact(172, 'compact'));
    assert.deepEqual(parseDuration('10 minutes, paged by Pingdom'), exact(10, 'minutes'));
  });
  it('two durations on one line cannot be read as one', () => {
    for (const text of ['2h or 3h', '2h 3h', '2h52m, later 3h']) assert.equal(parseDuration(text), null, text);
  });
  it('empty, placeholders and words are nothing', () => {
    for (const text of ['', '   ', 'soon', 'N/A', '?', 'YYY', 'TBD', '5', '3 months', 'two hours', '2:75'])
      assert.equal(parseDuration(text), null, text);
  });
});

describe('formatDuration', () => {
  const table: [number, Record<DurationStyle, string>][] = [
    [172, { compact: '2h52m', spaced: '2h 52m', minutes: '172m', clock: '2:52', words: '2 hours 52 minutes' }],
    [45, { compact: '45m', spaced: '45m', minutes: '45m', clock: '0:45', words: '45 minutes' }],
    [60, { compact: '1h', spaced: '1h', minutes: '60m', clock: '1:00', words: '1 hour' }],
    [1, { compact: '1m', spaced: '1m', minutes: '1m', clock: '0:01', words: '1 minute' }],
    [0, { compact: '0m', spaced: '0m', minutes: '0m', clock: '0:00', words: '0 minutes' }],
    [
      1625,
      { compact: '1d3h5m', spaced: '1d 3h 5m', minutes: '1625m', clock: '27:05', words: '1 day 3 hours 5 minutes' },
    ],
    [1441, { compact: '1d1m', spaced: '1d 1m', minutes: '1441m', clock: '24:01', words: '1 day 1 minute' }],
  ];
  for (const [minutes, styles] of table) {
    it(`${minutes} minutes in every style`, () => {
      for (const [style, text] of Object.entries(styles))
        assert.equal(formatDuration(minutes, style as DurationStyle), text, style);
    });
  }
  it('rounds to whole minutes and keeps a sign', () => {
    assert.equal(formatDuration(171.6, 'compact'), '2h52m');
    assert.equal(formatDuration(-5, 'compact'), '-5m');
  });
  it('reads back what it writes', () => {
    for (const style of ['compact', 'spaced', 'minutes', 'clock', 'words'] as const) {
      for (const minutes of [1, 59, 172, 1625])
        assert.equal(parseDuration(formatDuration(minutes, style))?.value.minutes, minutes, `${minutes} ${style}`);
    }
  });
});

describe('humanDuration', () => {
  it('is the compact form', () => {
    assert.equal(humanDuration(172), '2h52m');
    assert.equal(humanDuration(95), '1h35m');
    assert.equal(humanDuration(0), '0m');
  });
});
