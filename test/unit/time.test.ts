// Every time, date, zone and duration form of FORMAT.md sections 4, 5 and 8.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, leadingIsoDate, parseDayMarker } from '../../server/src/postmortem/dates';
import { formatDuration, parseDuration } from '../../server/src/postmortem/durations';
import { matchEntryTime } from '../../server/src/postmortem/entryTime';
import { findTimezoneDeclaration, formatIso, resolveZone, toInstant } from '../../server/src/postmortem/zones';

const hm = (line: string) => {
  const m = matchEntryTime(line);
  return (
    m && {
      time:
        m.time && `${m.time.hour}:${String(m.time.minute).padStart(2, '0')}${m.time.second ? ':' + m.time.second : ''}`,
      written: line.slice(m.timeStart, m.timeEnd),
      text: line.slice(m.length),
      approximate: m.approximate,
      date: m.date,
      zone: m.zone,
    }
  );
};

describe('entry times', () => {
  const cases: [string, string, string, string][] = [
    // line, time, time as written, text after the separator
    ['16:57 merged', '16:57', '16:57', 'merged'],
    ['9:05 - paged', '9:05', '9:05', 'paged'],
    ['16:57:30: deploy', '16:57:30', '16:57:30', 'deploy'],
    ['4:57 PM – alert', '16:57', '4:57 PM', 'alert'],
    ['06:15pm - released', '18:15', '06:15pm', 'released'],
    ['12:05 AM rollback', '0:05', '12:05 AM', 'rollback'],
    ['0955 UTC: paged', '9:55', '0955', 'paged'],
    ['1915 - fixed', '19:15', '1915', 'fixed'],
    ['15.26 restarted', '15:26', '15.26', 'restarted'],
    ['**15:11** The change lands', '15:11', '15:11', 'The change lands'],
    ['**15:11:** bold colon', '15:11', '15:11', 'bold colon'],
    ['2019-02-06 16:57 merged', '16:57', '2019-02-06 16:57', 'merged'],
    ['2019-03-11 ~08:15 Peter notices', '8:15', '2019-03-11 ~08:15', 'Peter notices'],
    ['16:57 UTC — deploy', '16:57', '16:57', 'deploy'],
    ['16:57 (UTC) deploy', '16:57', '16:57', 'deploy'],
    ['16:57 PR merged', '16:57', '16:57', 'PR merged'],
  ];
  for (const [line, time, written, text] of cases) {
    it(`reads "${line}"`, () => {
      const m = hm(line);
      assert.ok(m, 'matched');
      assert.deepEqual([m.time, m.written, m.text], [time, written, text]);
    });
  }
  it('reads approximate marks and the zone', () => {
    assert.deepEqual([hm('~16:50: test')?.approximate, hm('~16:50: test')?.written], [true, '~16:50']);
    assert.equal(hm('ca. 16:50 test')?.approximate, true);
    assert.equal(hm('16:57 UTC — deploy')?.zone, 'UTC');
    assert.equal(hm('2019-02-06 16:57 merged')?.date, '2019-02-06');
  });
  it('unknown and unreadable times', () => {
    const unknown = matchEntryTime('??:?? somebody noticed');
    assert.deepEqual([unknown?.unknown, unknown?.time, unknown?.unreadable], [true, null, false]);
    const bad = matchEntryTime('25:61 what');
    assert.deepEqual([bad?.unreadable, bad?.time], [true, null]);
  });
  it('prose that starts with a number is not a time', () => {
    for (const line of [
      '2 approvers',
      '10 people joined',
      '1.5x the load',
      '3.2.1 release',
      '20-60 days',
      '1.12.13 hotfix',
      '1449 tickets',
      '2019 was a bad year',
      '16:57abc',
      '2019-02-06 release notes',
    ]) {
      assert.equal(matchEntryTime(line), null, line);
    }
  });
});

describe('dates', () => {
  it('reads ISO dates at the start of titles', () => {
    assert.deepEqual(leadingIsoDate('2019-02-06 Multifile upload broken'), { date: '2019-02-06', length: 11 });
    assert.equal(leadingIsoDate('2019-02-30 no such day'), null);
  });
  it('reads day markers in a timeline, in numbers and words', () => {
    assert.equal(parseDayMarker('2019-02-07', null), '2019-02-07');
    assert.equal(parseDayMarker('**2019-02-07**', null), '2019-02-07');
    assert.equal(parseDayMarker('2019-02-23 (Saturday)', null), '2019-02-23');
    assert.equal(parseDayMarker('Friday 15th February', 2019), '2019-02-15');
    assert.equal(parseDayMarker('15 February 2019', null), '2019-02-15');
    assert.equal(parseDayMarker('Feb 26, 2023', null), '2023-02-26');
    assert.equal(parseDayMarker('August 26', 2023), '2023-08-26');
    assert.equal(parseDayMarker('August 26', null), null, 'no year can be known');
    assert.equal(parseDayMarker('Detection', 2023), null);
    assert.equal(parseDayMarker('2019-02-07 release went out', null), null);
  });
  it('adds days across months and years', () => {
    assert.equal(addDays('2019-12-31', 1), '2020-01-01');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  });
});

describe('zones', () => {
  it('finds declarations in the forms people write', () => {
    const zone = (t: string) => findTimezoneDeclaration(t)?.zone ?? null;
    assert.equal(zone('All times UTC.'), 'UTC');
    assert.equal(zone('All times are in PST'), 'America/Los_Angeles');
    assert.equal(zone('Times: Europe/London'), 'Europe/London');
    assert.equal(zone('Timeline (all times in PST/PDT)'), 'America/Los_Angeles');
    assert.equal(zone('Timezone: UTC+2'), 'UTC+2');
    assert.equal(zone('All times in UTC+9:30'), 'UTC+9:30');
    assert.equal(zone('All times are ACDT (+10:30)'), 'UTC+10:30');
    assert.equal(zone('We migrated the UTC clocks.'), null);
    const found = findTimezoneDeclaration('All times are in GMT.');
    assert.deepEqual([found?.label, found?.index, found?.length], ['GMT', 17, 3]);
  });
  it('resolves names, abbreviations and offsets with luxon, and rejects unknown ones', () => {
    assert.equal(resolveZone('GMT'), 'UTC');
    assert.equal(resolveZone('GMT-05:00'), 'UTC-5');
    assert.equal(resolveZone('+10:30'), 'UTC+10:30');
    assert.equal(resolveZone('Mars/Olympus'), null);
    assert.equal(resolveZone('XYZ'), null);
  });
  it('turns wall-clock times into instants, daylight saving included', () => {
    assert.deepEqual(toInstant('2019-02-06', { hour: 17, minute: 18, second: 0 }, 'UTC'), {
      epochMs: Date.UTC(2019, 1, 6, 17, 18),
      offsetMinutes: 0,
    });
    assert.equal(toInstant('2024-07-01', { hour: 12, minute: 0, second: 0 }, 'Europe/London')?.offsetMinutes, 60);
    assert.equal(toInstant('2024-01-01', { hour: 12, minute: 0, second: 0 }, 'Europe/London')?.offsetMinutes, 0);
    assert.equal(
      toInstant('2023-08-26', { hour: 4, minute: 24, second: 0 }, 'America/Los_Angeles')?.offsetMinutes,
      -420,
    );
    assert.equal(toInstant('2021-03-31', { hour: 12, minute: 6, second: 0 }, 'UTC+9:30')?.offsetMinutes, 570);
  });
  it('formats ISO-8601 with the offset', () => {
    assert.equal(formatIso(Date.UTC(2019, 1, 6, 17, 18), 0), '2019-02-06T17:18:00+00:00');
    assert.equal(formatIso(Date.UTC(2023, 7, 26, 11, 24), -420), '2023-08-26T04:24:00-07:00');
  });
});

describe('durations', () => {
  const minutes = (t: string) => parseDuration(t)?.value.minutes ?? null;
  it('reads every form of FORMAT.md section 5 as 172 minutes', () => {
    for (const t of ['2h52m', '2h 52m', '2 h 52 min', '172m', '172 min', '2:52', '2 hours 52 minutes'])
      assert.equal(minutes(t), 172, t);
    assert.equal(minutes('1d 3h'), 27 * 60);
    assert.equal(minutes('00:10'), 10);
  });
  it('keeps the style it was written in', () => {
    assert.deepEqual(
      ['2h52m', '2h 52m', '172m', '2:52', '2 hours 52 minutes'].map((t) => parseDuration(t)?.style),
      ['compact', 'spaced', 'minutes', 'clock', 'words'],
    );
  });
  it('reads approximate, bounded and ranged values as such', () => {
    assert.deepEqual(parseDuration('~72:00 hours')?.value, { minutes: 72 * 60, approximate: true });
    assert.deepEqual(parseDuration('< 00:01')?.value, { minutes: 1, approximate: false, bound: '<' });
    assert.deepEqual(parseDuration('96h (estimated)')?.value, { minutes: 96 * 60, approximate: true });
    assert.deepEqual(parseDuration('20-60 days')?.value, {
      minutes: 20 * 1440,
      maxMinutes: 60 * 1440,
      approximate: false,
    });
    assert.equal(minutes('2h52m (from alert to revert)'), 172);
  });
  it('refuses what is not one duration', () => {
    for (const t of ['', 'soon', 'N/A', '?', '2h or 3h', 'TBD']) assert.equal(parseDuration(t), null, t);
  });
  it('writes minutes back in each style', () => {
    assert.deepEqual(
      (['compact', 'spaced', 'minutes', 'clock', 'words'] as const).map((s) => formatDuration(172, s)),
      ['2h52m', '2h 52m', '172m', '2:52', '2 hours 52 minutes'],
    );
    assert.equal(formatDuration(45, 'compact'), '45m');
    assert.equal(formatDuration(60, 'words'), '1 hour');
    assert.equal(formatDuration(27 * 60 + 5, 'compact'), '1d3h5m');
  });
});
