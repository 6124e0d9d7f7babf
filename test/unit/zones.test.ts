// Timezone declarations, zone labels, wall-clock to instant and ISO output.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimezoneDeclaration, formatIso, resolveZone, toInstant } from '../../server/src/postmortem/zones';

const noon = { hour: 12, minute: 0, second: 0 };

describe('findTimezoneDeclaration', () => {
  const cases: [string, string, string, number][] = [
    // text, zone, label, index
    ['All times UTC.', 'UTC', 'UTC', 10],
    ['All times are in PST', 'America/Los_Angeles', 'PST', 17],
    ['Times: Europe/London', 'Europe/London', 'Europe/London', 7],
    ['Timezone: UTC+2', 'UTC+2', 'UTC+2', 10],
    ['Time zone: Europe/Berlin', 'Europe/Berlin', 'Europe/Berlin', 11],
    ['All times are in GMT.', 'UTC', 'GMT', 17],
    ['All times are ACDT (+10:30)', 'UTC+10:30', 'ACDT (+10:30)', 14],
    ['(all times in PST/PDT)', 'America/Los_Angeles', 'PST/PDT', 14],
    ['Timeline (all times in PST/PDT)', 'America/Los_Angeles', 'PST/PDT', 23],
    ['All times in UTC+9:30', 'UTC+9:30', 'UTC+9:30', 13],
    ['times are ACDT (+10:30)', 'UTC+10:30', 'ACDT (+10:30)', 10],
    ['All times in UTC.', 'UTC', 'UTC', 13],
    ['Timestamps are in CET', 'Europe/Paris', 'CET', 18],
    ['(UTC)', 'UTC', 'UTC', 1],
    ['Time (UTC)', 'UTC', 'UTC', 6],
    ['Timeline (UTC)', 'UTC', 'UTC', 10],
  ];
  for (const [text, zone, label, index] of cases) {
    it(JSON.stringify(text), () =>
      assert.deepEqual(findTimezoneDeclaration(text), { zone, label, index, length: label.length }),
    );
  }
  it('finds the declaration after prose that only looks like one', () => {
    assert.deepEqual(findTimezoneDeclaration('Response times are high. All times UTC.'), {
      zone: 'UTC',
      label: 'UTC',
      index: 35,
      length: 3,
    });
  });
  it('ignores prose that mentions a zone', () => {
    for (const text of [
      'At 1915 UTC, sequencer throughput jumped',
      'between the hours of 1900 and 2100 UTC.',
      'The UTC offset changed',
      'We migrated the UTC clocks.',
      'UTC',
      'for the London timezone',
      'All times are approximate',
      'We saw errors (PR #12)',
      '',
    ]) {
      assert.equal(findTimezoneDeclaration(text), null, text);
    }
  });
});

describe('resolveZone', () => {
  const cases: [string, string | null][] = [
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['GMT', 'UTC'],
    ['Z', 'UTC'],
    ['PST', 'America/Los_Angeles'],
    ['PDT', 'America/Los_Angeles'],
    ['PST/PDT', 'America/Los_Angeles'],
    ['EST', 'America/New_York'],
    ['CEST', 'Europe/Paris'],
    ['BST', 'Europe/London'],
    ['IST', 'Asia/Kolkata'],
    ['JST', 'Asia/Tokyo'],
    ['AEDT', 'Australia/Sydney'],
    ['ACST', 'Australia/Adelaide'],
    ['UTC+2', 'UTC+2'],
    ['UTC+0', 'UTC'],
    ['GMT-05:00', 'UTC-5'],
    ['UTC-0930', 'UTC-9:30'],
    ['+10:30', 'UTC+10:30'],
    ['ACDT (+10:30)', 'UTC+10:30'],
    ['(UTC)', 'UTC'],
    ['Europe/London', 'Europe/London'],
    ['europe/london', 'Europe/London'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Mars/Base', null],
    ['Mars/Olympus', null],
    ['XYZ', null],
    ['CET/PST', null],
    ['UTC+15', null],
    ['', null],
  ];
  for (const [label, zone] of cases) it(JSON.stringify(label), () => assert.equal(resolveZone(label), zone));
});

describe('toInstant', () => {
  const at = (date: string, time: { hour: number; minute: number; second: number }, zone: string) => {
    const r = toInstant(date, time, zone);
    return r && { iso: formatIso(r.epochMs, r.offsetMinutes), offset: r.offsetMinutes, epochMs: r.epochMs };
  };
  it('UTC', () =>
    assert.deepEqual(at('2019-02-06', { hour: 17, minute: 18, second: 0 }, 'UTC'), {
      iso: '2019-02-06T17:18:00+00:00',
      offset: 0,
      epochMs: Date.UTC(2019, 1, 6, 17, 18),
    }));
  it('Europe/London in winter and in summer time', () => {
    assert.deepEqual(at('2019-01-15', noon, 'Europe/London'), {
      iso: '2019-01-15T12:00:00+00:00',
      offset: 0,
      epochMs: Date.UTC(2019, 0, 15, 12),
    });
    assert.deepEqual(at('2019-07-01', noon, 'Europe/London'), {
      iso: '2019-07-01T12:00:00+01:00',
      offset: 60,
      epochMs: Date.UTC(2019, 6, 1, 11),
    });
  });
  it('America/Los_Angeles in winter and in daylight time', () => {
    assert.deepEqual(at('2019-01-15', noon, 'America/Los_Angeles'), {
      iso: '2019-01-15T12:00:00-08:00',
      offset: -480,
      epochMs: Date.UTC(2019, 0, 15, 20),
    });
    assert.deepEqual(at('2019-07-01', noon, 'America/Los_Angeles'), {
      iso: '2019-07-01T12:00:00-07:00',
      offset: -420,
      epochMs: Date.UTC(2019, 6, 1, 19),
    });
  });
  it('a PST label in July follows Pacific daylight time', () => {
    assert.equal(toInstant('2019-07-01', noon, resolveZone('PST') ?? '')?.offsetMinutes, -420);
  });
  it('fixed offsets: UTC+9:30 is 570 minutes, UTC-5 is -300', () => {
    assert.deepEqual(at('2019-07-01', noon, 'UTC+9:30'), {
      iso: '2019-07-01T12:00:00+09:30',
      offset: 570,
      epochMs: Date.UTC(2019, 6, 1, 2, 30),
    });
    assert.equal(toInstant('2019-07-01', noon, 'UTC-5')?.offsetMinutes, -300);
  });
  it('a wall time in the spring-forward gap moves forward', () => {
    assert.equal(
      at('2019-03-10', { hour: 2, minute: 30, second: 0 }, 'America/Los_Angeles')?.iso,
      '2019-03-10T03:30:00-07:00',
    );
    assert.equal(
      at('2019-03-31', { hour: 1, minute: 30, second: 0 }, 'Europe/London')?.iso,
      '2019-03-31T02:30:00+01:00',
    );
  });
  it('a wall time in the autumn overlap takes the standard-time offset', () => {
    assert.equal(
      at('2019-11-03', { hour: 1, minute: 30, second: 0 }, 'America/Los_Angeles')?.iso,
      '2019-11-03T01:30:00-08:00',
    );
    assert.equal(
      at('2019-10-27', { hour: 1, minute: 30, second: 0 }, 'Europe/London')?.iso,
      '2019-10-27T01:30:00+00:00',
    );
  });
  it('seconds are kept', () =>
    assert.equal(at('2019-02-06', { hour: 16, minute: 57, second: 30 }, 'UTC')?.iso, '2019-02-06T16:57:30+00:00'));
  it('an invalid zone or date gives null', () => {
    assert.equal(toInstant('2019-07-01', noon, 'Nope/Zone'), null);
    assert.equal(toInstant('2019-02-30', noon, 'UTC'), null);
    assert.equal(toInstant('not a date', noon, 'UTC'), null);
  });
});

describe('formatIso', () => {
  it('writes +00:00, not Z, and always the seconds', () => {
    assert.equal(formatIso(Date.UTC(2019, 1, 6, 17, 18), 0), '2019-02-06T17:18:00+00:00');
  });
  it('writes the instant in the given offset', () => {
    assert.equal(formatIso(Date.UTC(2019, 1, 6, 17, 18), 60), '2019-02-06T18:18:00+01:00');
    assert.equal(formatIso(Date.UTC(2019, 1, 6, 17, 18), -480), '2019-02-06T09:18:00-08:00');
    assert.equal(formatIso(Date.UTC(2019, 1, 6, 17, 18), 570), '2019-02-07T02:48:00+09:30');
    assert.equal(formatIso(Date.UTC(2023, 7, 26, 11, 24), -420), '2023-08-26T04:24:00-07:00');
  });
});
