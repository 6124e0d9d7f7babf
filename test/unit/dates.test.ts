// ISO dates on titles and entries, and day markers inside timelines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, isValidIsoDate, leadingIsoDate, parseDayMarker } from '../../server/src/postmortem/dates';

describe('leadingIsoDate', () => {
  it('a date alone', () => assert.deepEqual(leadingIsoDate('2019-02-06'), { date: '2019-02-06', length: 10 }));
  it('a date and a title, with the spaces after it', () => {
    assert.deepEqual(leadingIsoDate('2019-02-06 Multifile upload broken'), { date: '2019-02-06', length: 11 });
    assert.deepEqual(leadingIsoDate('2019-02-06   x'), { date: '2019-02-06', length: 13 });
  });
  it('a date followed by a colon', () =>
    assert.deepEqual(leadingIsoDate('2019-02-06: Outage'), { date: '2019-02-06', length: 10 }));
  it('not a date', () => {
    for (const text of [
      '2019-..-..',
      '2019-02-30',
      '2019-13-01',
      'On 2019-02-06',
      '2019-02-06T16:57',
      '2019-02-061',
      '20202-01-24',
      '',
    ]) {
      assert.equal(leadingIsoDate(text), null, text);
    }
  });
});

describe('parseDayMarker', () => {
  const cases: [string, number | null, string | null][] = [
    ['2019-02-07', null, '2019-02-07'],
    ['**2019-02-07**', null, '2019-02-07'],
    ['2019-02-23 (Saturday)', null, '2019-02-23'],
    ['2019-02-25 - Monday', null, '2019-02-25'],
    ['2019-02-07:', null, '2019-02-07'],
    ['Friday 15th February', 2019, '2019-02-15'],
    ['Friday 15th February', null, null],
    ['15 February 2019', null, '2019-02-15'],
    ['15 February 2019', 2023, '2019-02-15'],
    ['Feb 26, 2023', null, '2023-02-26'],
    ['August 26', 2023, '2023-08-26'],
    ['August 26', null, null],
    ['Monday, February 25th', 2019, '2019-02-25'],
    ['Sept. 3rd', 2019, '2019-09-03'],
    ['24/07/25', null, '2025-07-24'],
    ['07/24/2025', null, '2025-07-24'],
    ['05/07/25', 2025, null],
    ['Detection', 2019, null],
    ['2 hours later', 2019, null],
    ['2019-02-07 Deploy day', null, null],
    ['2019-02-07 release went out', null, null],
    ['February 30', 2019, null],
    ['Mayday 5', 2019, null],
    ['', 2019, null],
  ];
  for (const [text, year, expected] of cases) {
    it(`${JSON.stringify(text)} in ${year ?? 'no year'}`, () => assert.equal(parseDayMarker(text, year), expected));
  }
});

describe('addDays', () => {
  it('adds and subtracts across months, years and leap days', () => {
    assert.equal(addDays('2019-02-06', 1), '2019-02-07');
    assert.equal(addDays('2019-02-28', 1), '2019-03-01');
    assert.equal(addDays('2020-02-28', 1), '2020-02-29');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2019-12-31', 1), '2020-01-01');
    assert.equal(addDays('2019-03-01', -1), '2019-02-28');
    assert.equal(addDays('2019-02-06', 0), '2019-02-06');
  });
  it('is not moved by daylight saving time', () => assert.equal(addDays('2019-03-30', 1), '2019-03-31'));
});

describe('isValidIsoDate', () => {
  it('accepts real days only', () => {
    assert.equal(isValidIsoDate('2019-02-06'), true);
    assert.equal(isValidIsoDate('2020-02-29'), true);
    for (const bad of ['2019-02-29', '2019-13-01', '2019-00-10', '2019-2-6', '2019-02-06 ', '20202-01-24', 'yesterday'])
      assert.equal(isValidIsoDate(bad), false, bad);
  });
});
