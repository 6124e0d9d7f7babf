// Timezone declarations, zone labels, wall-clock to instant and ISO output.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimezoneDeclaration, formatIso, resolveZone, toInstant } from '../../server/src/postmortem/zones';
import { lint, postmortem } from '../support/core';

const noon = { hour: 12, minute: 0, second: 0 };

describe('findTimezoneDeclaration', () => {
  // An abbreviation is read as the one offset it names, as written, and keeps its region so the
  // day can be checked against it (timezone-not-in-effect); a pair or a region name follows the clocks.
  const cases: [string, string, string, number, string?][] = [
    // text, zone, label, index, region
    ['All times UTC.', 'UTC', 'UTC', 10],
    ['All times are in PST', 'UTC-8', 'PST', 17, 'America/Los_Angeles'],
    ['Times: Europe/London', 'Europe/London', 'Europe/London', 7],
    ['Timezone: UTC+2', 'UTC+2', 'UTC+2', 10],
    ['Time zone: Europe/Berlin', 'Europe/Berlin', 'Europe/Berlin', 11],
    ['All times are in GMT.', 'UTC', 'GMT', 17],
    ['All times are ACDT (+10:30)', 'UTC+10:30', 'ACDT (+10:30)', 14, 'Australia/Adelaide'],
    ['(all times in PST/PDT)', 'America/Los_Angeles', 'PST/PDT', 14],
    ['Timeline (all times in PST/PDT)', 'America/Los_Angeles', 'PST/PDT', 23],
    ['All times in UTC+9:30', 'UTC+9:30', 'UTC+9:30', 13],
    ['times are ACDT (+10:30)', 'UTC+10:30', 'ACDT (+10:30)', 10, 'Australia/Adelaide'],
    ['All times in UTC.', 'UTC', 'UTC', 13],
    ['Timestamps are in CET', 'UTC+1', 'CET', 18, 'Europe/Paris'],
    ['(UTC)', 'UTC', 'UTC', 1],
    ['Time (UTC)', 'UTC', 'UTC', 6],
    ['Timeline (UTC)', 'UTC', 'UTC', 10],
  ];
  for (const [text, zone, label, index, region] of cases) {
    it(JSON.stringify(text), () =>
      assert.deepEqual(findTimezoneDeclaration(text), {
        zone,
        label,
        index,
        length: label.length,
        ...(region && { region }),
      }),
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
    ['PST', 'UTC-8'],
    ['PDT', 'UTC-7'],
    ['PST/PDT', 'America/Los_Angeles'],
    ['EST', 'UTC-5'],
    ['CEST', 'UTC+2'],
    ['BST', 'UTC+1'],
    ['IST', 'Asia/Kolkata'],
    ['JST', 'Asia/Tokyo'],
    ['AEDT', 'UTC+11'],
    ['ACST', 'UTC+9:30'],
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
  it('a PST label in July is read as written, UTC-8 (timezone-not-in-effect says so)', () => {
    assert.equal(toInstant('2019-07-01', noon, resolveZone('PST') ?? '')?.offsetMinutes, -480);
  });
  it('PT and PST/PDT follow Pacific time all year', () => {
    assert.equal(toInstant('2019-07-01', noon, resolveZone('PT') ?? '')?.offsetMinutes, -420);
    assert.equal(toInstant('2019-01-15', noon, resolveZone('PST/PDT') ?? '')?.offsetMinutes, -480);
  });
  it('fixed offsets: UTC+9:30 is 570 minutes, UTC-5 is -300', () => {
    assert.deepEqual(at('2019-07-01', noon, 'UTC+9:30'), {
      iso: '2019-07-01T12:00:00+09:30',
      offset: 570,
      epochMs: Date.UTC(2019, 6, 1, 2, 30),
    });
    assert.equal(toInstant('2019-07-01', noon, 'UTC-5')?.offsetMinutes, -300);
  });
  // Both readings of a time where the clocks change: the earlier instant, and the other with what the clocks did.
  const readings = (date: string, hour: number, zone: string) => {
    const r = toInstant(date, { hour, minute: 30, second: 0 }, zone);
    return (
      r && {
        iso: formatIso(r.epochMs, r.offsetMinutes),
        kind: r.change?.kind,
        other: r.change && formatIso(r.change.other.epochMs, r.change.other.offsetMinutes),
        from: r.change?.from,
        to: r.change?.to,
      }
    );
  };
  it('a wall time in the spring-forward gap has two readings, the clocks going from 02:00 to 03:00', () => {
    assert.deepEqual(readings('2019-03-10', 2, 'America/Los_Angeles'), {
      iso: '2019-03-10T02:30:00-07:00',
      kind: 'gap',
      other: '2019-03-10T02:30:00-08:00',
      from: '02:00',
      to: '03:00',
    });
    assert.deepEqual(readings('2019-03-31', 1, 'Europe/London'), {
      iso: '2019-03-31T01:30:00+01:00',
      kind: 'gap',
      other: '2019-03-31T01:30:00+00:00',
      from: '01:00',
      to: '02:00',
    });
  });
  it('a wall time in the autumn overlap has both instances, the first one first', () => {
    assert.deepEqual(readings('2019-11-03', 1, 'America/Los_Angeles'), {
      iso: '2019-11-03T01:30:00-07:00',
      kind: 'repeated',
      other: '2019-11-03T01:30:00-08:00',
      from: '02:00',
      to: '01:00',
    });
    assert.deepEqual(readings('2019-10-27', 1, 'Europe/London'), {
      iso: '2019-10-27T01:30:00+01:00',
      kind: 'repeated',
      other: '2019-10-27T01:30:00+00:00',
      from: '02:00',
      to: '01:00',
    });
  });
  it('a time away from a change has one reading', () =>
    assert.equal(toInstant('2019-03-10', { hour: 4, minute: 0, second: 0 }, 'America/Los_Angeles')?.change, undefined));
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

describe('the timezone scan on hostile text (item 16 of issue 10)', () => {
  // Each place a declaration may start is read within a window, so text that opens thousands of
  // would-be declarations costs one pass; it took 25 s at 400 KB when each was read to the end.
  const opened = 'time('.repeat(80_000);
  it('finds the declaration after 400 KB of "time(" at once', { timeout: 15_000 }, () => {
    const text = `${opened} All times UTC.`;
    assert.deepEqual(findTimezoneDeclaration(text), { zone: 'UTC', label: 'UTC', index: text.length - 4, length: 3 });
  });
  it('analyses a timeline with 400 KB of "time(" before its first entry, dating the entry', { timeout: 15_000 }, () => {
    const a = lint(postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${opened}\n\n10:00 push\n` }));
    assert.deepEqual(
      a.postmortem.timeline?.entries.map((e) => [e.timeText, e.date]),
      [['10:00', '2024-03-05']],
    );
  });
});
