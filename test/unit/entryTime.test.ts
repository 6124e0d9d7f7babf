// The leading time of a timeline entry, in every form FORMAT.md sections 4 and 8 and the corpus use.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntryTimeMatch } from '../../server/src/postmortem/entryTime';
import { matchEntryTime } from '../../server/src/postmortem/entryTime';

type Expected = Partial<EntryTimeMatch & { written: string; rest: string; hm: string | null }>;

/** The match, with the time as `h:mm[:ss]`, the time as written and the text after the prefix. */
function read(line: string) {
  const m = matchEntryTime(line);
  if (!m) return null;
  const t = m.time;
  const hm =
    t && `${t.hour}:${String(t.minute).padStart(2, '0')}${t.second ? `:${String(t.second).padStart(2, '0')}` : ''}`;
  return { ...m, hm, written: line.slice(m.timeStart, m.timeEnd), rest: line.slice(m.length) };
}

function check(line: string, expected: Expected) {
  const got = read(line);
  assert.ok(got, `"${line}" is an entry time`);
  for (const [key, value] of Object.entries(expected))
    assert.deepEqual(got[key as keyof typeof got], value, `${key} of "${line}"`);
}

const plain = { approximate: false, date: null, unknown: false, unreadable: false, zone: null };

describe('entry times: clock forms', () => {
  it('16:57 and the text after it', () => {
    check('16:57 merged', { ...plain, hm: '16:57', written: '16:57', rest: 'merged', timeEnd: 5, length: 6 });
  });
  it('16:57 alone on the line', () => {
    assert.deepEqual(matchEntryTime('16:57'), {
      length: 5,
      timeStart: 0,
      timeEnd: 5,
      time: { hour: 16, minute: 57, second: 0 },
      ...plain,
    });
  });
  it('9:05 with a dash separator', () => {
    check('9:05 - paged', {
      ...plain,
      hm: '9:05',
      written: '9:05',
      rest: 'paged',
      timeStart: 0,
      timeEnd: 4,
      length: 7,
    });
  });
  it('16:57:30 with seconds and a colon separator', () => {
    check('16:57:30: deploy', {
      ...plain,
      hm: '16:57:30',
      written: '16:57:30',
      rest: 'deploy',
      timeEnd: 8,
      length: 10,
    });
  });
  it('16:57: the reference document form', () => {
    check('16:57: https://github.com/elifesciences/elife-xpub/pull/1451 is merged', {
      ...plain,
      hm: '16:57',
      timeEnd: 5,
      length: 7,
    });
  });
  it('15.26 with a dot', () => {
    check('2023-09-18 15.26 Compared the disk size', {
      hm: '15:26',
      date: '2023-09-18',
      written: '2023-09-18 15.26',
      rest: 'Compared the disk size',
      length: 17,
    });
    check('15.26 restarted', { ...plain, hm: '15:26', written: '15.26', rest: 'restarted', length: 6 });
  });
  it('a comma after the time', () => {
    check('16:57, deploy', { hm: '16:57', timeEnd: 5, length: 7, rest: 'deploy' });
  });
});

describe('entry times: 12-hour clock', () => {
  it('4:57 PM with an en dash', () => {
    check('4:57 PM – alert', { ...plain, hm: '16:57', written: '4:57 PM', rest: 'alert', timeEnd: 7, length: 10 });
  });
  it('4:57pm', () => check('4:57pm x', { hm: '16:57', written: '4:57pm', timeEnd: 6, length: 7 }));
  it('06:15pm', () =>
    check('06:15pm - V1.12.13+hotfix.6 is released', {
      hm: '18:15',
      written: '06:15pm',
      length: 10,
      rest: 'V1.12.13+hotfix.6 is released',
    }));
  it('01:34pm and 10:45am from the corpus', () => {
    check('01:34pm - All endorsed', { hm: '13:34' });
    check('10:45am - amirh@ skims', { hm: '10:45' });
  });
  it('12:05 AM is just after midnight, 12:05 PM just after noon', () => {
    check('12:05 AM rollback', { hm: '0:05', written: '12:05 AM', rest: 'rollback', length: 9 });
    check('12:05 PM lunch', { hm: '12:05' });
  });
  it('4 PM without minutes', () => check('4 PM call', { hm: '16:00', written: '4 PM', rest: 'call' }));
  it('any case and spacing: 4:57 pm, 4:57P.M., 04:49 PM UTC', () => {
    check('4:57 pm x', { hm: '16:57', written: '4:57 pm', rest: 'x' });
    check('4:57P.M. x', { hm: '16:57', written: '4:57P.M.', rest: 'x' });
    check('04:49 PM UTC - rolled back', { hm: '16:49', written: '04:49 PM', zone: 'UTC', rest: 'rolled back' });
    check('7:56am UTC: paged', { hm: '7:56', written: '7:56am', zone: 'UTC', rest: 'paged' });
  });
  it('a zone named in words after the time: 7:09 AM Eastern:, 10:00 (Pacific Time)', () => {
    check('7:09 AM Eastern: reported', { hm: '7:09', written: '7:09 AM', zone: 'Eastern', rest: 'reported' });
    check('10:00 Central European Time - paged', { hm: '10:00', zone: 'Central European Time', rest: 'paged' });
    check('10:00 (Pacific Time) paged', { hm: '10:00', zone: 'Pacific Time', rest: 'paged' });
  });
  it('near miss: a capitalised word that names a zone, starting the entry text, is text', () => {
    check('16:57 Central team paged', { hm: '16:57', zone: null, rest: 'Central team paged' });
    check('16:57 eastern: paged', { hm: '16:57', zone: null, rest: 'eastern: paged' });
  });
  it('13:55 PM and 23:00 AM are read on the 24-hour clock, with the meridiem as the fault', () => {
    check('13:55 PM x', {
      hm: '13:55',
      unreadable: false,
      fault: { kind: 'meridiem', meridiem: 'PM', span: { start: 5, end: 8 } },
    });
    check('23:00 AM MST x', {
      hm: '23:00',
      zone: 'MST',
      rest: 'x',
      fault: { kind: 'meridiem', meridiem: 'AM', span: { start: 5, end: 8 } },
    });
  });
  it('0:30 PM has no hour on the 12-hour clock: unreadable', () => {
    check('0:30 PM x', { time: null, unreadable: true, fault: { kind: 'hour-zero', minute: 30 } });
  });
});

describe('entry times: four digits without a colon', () => {
  it('0955 followed by a zone and a colon', () => {
    check('0955 UTC: paged', {
      ...plain,
      zone: 'UTC',
      hm: '9:55',
      written: '0955',
      rest: 'paged',
      timeEnd: 4,
      length: 10,
    });
  });
  it('1915 UTC at the end of the line', () => check('1915 UTC', { zone: 'UTC', hm: '19:15', timeEnd: 4, length: 8 }));
  it('1915 followed by a separator', () => {
    check('1915 - fixed', { ...plain, hm: '19:15', written: '1915', rest: 'fixed', length: 7 });
    check('0955: x', { hm: '9:55', length: 6 });
    check('0955 — x', { hm: '9:55', rest: 'x' });
  });
  it('1915h and 1915 hrs', () => {
    check('1915h x', { hm: '19:15', written: '1915h', rest: 'x', length: 6 });
    check('1915 hrs - x', { hm: '19:15', written: '1915 hrs', rest: 'x', length: 11 });
  });
  it('years and counts are not times', () => {
    for (const line of ['2019 was a bad year', '1449 tickets', '1449', '2021-12-17', '1900 and 2100 UTC'])
      assert.equal(matchEntryTime(line), null, line);
  });
  it('a year joined by a hyphen to what follows is a date left to fill in, not a time', () => {
    for (const line of ['2023-MM-DD: token created', '2023-??-??: token created', '2023-Q1: planning'])
      assert.equal(matchEntryTime(line), null, line);
    // Spaced, the hyphen separates: `1915 - fixed` is a time.
    check('1915 -fixed', { hm: '19:15', rest: 'fixed' });
  });
});

describe('entry times: emphasis', () => {
  it('**15:11** around the time', () => {
    check('**15:11** The [change](https://github.com/dart-lang/args/pull/55) lands', {
      ...plain,
      hm: '15:11',
      written: '15:11',
      timeStart: 2,
      timeEnd: 7,
      length: 10,
    });
  });
  it('__15:11__ and *15:11* and _15:11_', () => {
    check('__15:11__ x', { hm: '15:11', timeStart: 2, timeEnd: 7, length: 10, rest: 'x' });
    check('*15:11* x', { hm: '15:11', timeStart: 1, timeEnd: 6, length: 8, rest: 'x' });
    check('_15:11_ x', { hm: '15:11', timeStart: 1, timeEnd: 6, length: 8, rest: 'x' });
  });
  it('**15:11:** with the separator inside', () => {
    check('**15:11:** bold colon', { hm: '15:11', timeStart: 2, timeEnd: 7, length: 11, rest: 'bold colon' });
  });
  it('**15:11**: with the separator outside', () => check('**15:11**: x', { hm: '15:11', length: 11, rest: 'x' }));
  it('emphasis around date and time', () => {
    check('**2019-02-06 16:57** merged', {
      hm: '16:57',
      date: '2019-02-06',
      written: '2019-02-06 16:57',
      timeStart: 2,
      timeEnd: 18,
      length: 21,
      rest: 'merged',
    });
  });
  it('a zone inside or after the emphasis', () => {
    check('**16:57 UTC** - x', { hm: '16:57', zone: 'UTC', timeEnd: 7, length: 16, rest: 'x' });
    check('**16:57** UTC - x', { hm: '16:57', zone: 'UTC', timeEnd: 7, length: 16, rest: 'x' });
  });
  it('a whole bold line keeps its closing marker in the text', () => {
    check('**15:11 The change lands**', { hm: '15:11', timeStart: 2, length: 8, rest: 'The change lands**' });
  });
});

describe('entry times: approximate', () => {
  it('~16:50: from the reference document', () => {
    check('~16:50: Hem and Javier manually test', {
      ...plain,
      approximate: true,
      hm: '16:50',
      written: '~16:50',
      timeStart: 0,
      timeEnd: 6,
      length: 8,
    });
  });
  it('ca. 16:50', () =>
    check('ca. 16:50 test', {
      approximate: true,
      hm: '16:50',
      written: 'ca. 16:50',
      timeEnd: 9,
      length: 10,
      rest: 'test',
    }));
  it('~ 16:50 with a space', () =>
    check('~ 16:50 x', { approximate: true, written: '~ 16:50', timeEnd: 7, length: 8 }));
  it('\\~16:50 escaped', () => check('\\~16:50 x', { approximate: true, written: '\\~16:50', timeEnd: 7, length: 8 }));
  it('~ after a date and before it', () => {
    check('2019-03-11 ~08:15 Peter notices', {
      approximate: true,
      date: '2019-03-11',
      hm: '8:15',
      written: '2019-03-11 ~08:15',
      timeEnd: 17,
      length: 18,
    });
    check('~2025-03-03 19:30', {
      approximate: true,
      date: '2025-03-03',
      hm: '19:30',
      written: '~2025-03-03 19:30',
      timeEnd: 17,
      length: 17,
    });
  });
});

describe('entry times: dates and zones', () => {
  it('2019-02-06 16:57', () => {
    check('2019-02-06 16:57 merged', {
      ...plain,
      date: '2019-02-06',
      hm: '16:57',
      written: '2019-02-06 16:57',
      timeStart: 0,
      timeEnd: 16,
      length: 17,
      rest: 'merged',
    });
  });
  it('2019-02-06T16:57 and an ISO zone', () => {
    check('2019-02-06T16:57 merged', { date: '2019-02-06', hm: '16:57', timeEnd: 16, length: 17 });
    check('2019-02-06T16:57:00Z x', { date: '2019-02-06', hm: '16:57', zone: 'Z', timeEnd: 19, length: 21 });
    check('2019-02-06T16:57:00+01:00 x', { zone: '+01:00', timeEnd: 19, length: 26 });
  });
  it('a table cell with date and time', () => {
    assert.deepEqual(matchEntryTime('2021-03-31 12:06'), {
      length: 16,
      timeStart: 0,
      timeEnd: 16,
      time: { hour: 12, minute: 6, second: 0 },
      ...plain,
      date: '2021-03-31',
      // The date as read and where it is written, for dating to settle a missing year or an order.
      day: { kind: 'date', date: '2021-03-31' },
      dayAt: { start: 0, end: 10 },
    });
    check('2021-12-10   15:40', { date: '2021-12-10', hm: '15:40', timeEnd: 18, length: 18 });
  });
  it('a date alone is not an entry time', () => {
    assert.equal(matchEntryTime('2021-12-17'), null);
    assert.equal(matchEntryTime('2019-02-06 release notes'), null);
  });
  it('16:57 UTC and 16:57 (UTC)', () => {
    check('16:57 UTC — deploy', {
      ...plain,
      zone: 'UTC',
      hm: '16:57',
      written: '16:57',
      timeEnd: 5,
      length: 12,
      rest: 'deploy',
    });
    check('16:57 (UTC) deploy', { zone: 'UTC', timeEnd: 5, length: 12, rest: 'deploy' });
  });
  it('abbreviations, offsets and an abbreviation with its offset', () => {
    check('16:57 PDT: x', { zone: 'PDT', length: 11, rest: 'x' });
    check('16:57 UTC+2 x', { zone: 'UTC+2', length: 12 });
    check('16:57 ACDT (+10:30) x', { zone: 'ACDT (+10:30)', length: 20 });
  });
  it('words after the time are not zones', () => {
    check('16:57 PR merged', { zone: null, length: 6, rest: 'PR merged' });
    check('16:57 ET al', { zone: 'ET' });
  });
});

describe('entry times: unknown, unreadable, ranges', () => {
  it('??:?? is unknown', () => {
    assert.deepEqual(matchEntryTime('??:??'), {
      length: 5,
      timeStart: 0,
      timeEnd: 5,
      approximate: false,
      date: null,
      time: null,
      unknown: true,
      unreadable: false,
      zone: null,
    });
    check('??:?? - somebody noticed', {
      unknown: true,
      time: null,
      written: '??:??',
      length: 8,
      rest: 'somebody noticed',
    });
  });
  it('--:-- after a date is unknown', () =>
    check('2019-12-03 --:--', { unknown: true, time: null, date: '2019-12-03', timeEnd: 16 }));
  it('25:61 is unreadable', () => {
    check('25:61 what', { unreadable: true, time: null, unknown: false, written: '25:61', length: 6, rest: 'what' });
    check('24:00 x', { unreadable: true, time: null });
  });
  it('a date that cannot be is unreadable', () => {
    check('20202-01-24 12:00', { unreadable: true, time: null, date: null, timeEnd: 17 });
    check('2019-02-30 10:00 x', { unreadable: true, time: null, date: null });
  });
  it('a time range keeps its start', () => {
    check('2022-08-03 12:26-12:?? Fix deployed', {
      hm: '12:26',
      written: '2022-08-03 12:26',
      length: 23,
      rest: 'Fix deployed',
    });
    check('16:57–17:05 UTC outage', { hm: '16:57', zone: 'UTC', written: '16:57', rest: 'outage' });
  });
});

describe('entry times: prose is not a time', () => {
  for (const line of [
    '2 approvers',
    '10 people',
    '10 people joined',
    '1.5x the load',
    '3.2.1 release',
    '20-60 days',
    '1.12.13 hotfix',
    'v1.12.13',
    '16:57abc',
    '3.75 - x',
    '',
    'Peter kicks off',
    'HH:mm placeholder',
  ]) {
    it(JSON.stringify(line), () => assert.equal(matchEntryTime(line), null));
  }
});

describe('entry times: the reference document', () => {
  it('reads every entry of example-2019-02-06.md', () => {
    const lines = [
      '10:00 standup',
      '10:42 ticket created',
      '~16:50: Hem',
      '16:57: merged',
      '17:18: deployed',
      '20:10: "seems like',
      '21:45: testing',
    ];
    assert.deepEqual(
      lines.map((l) => read(l)?.hm),
      ['10:00', '10:42', '16:50', '16:57', '17:18', '20:10', '21:45'],
    );
    assert.equal(read('20:10: "seems like')?.rest, '"seems like');
  });
});

describe('entry times: the other ways teams write them', () => {
  it('in brackets, the brackets no part of the time', () => {
    check('[13:26] deploy', { ...plain, hm: '13:26', written: '13:26', rest: 'deploy', timeStart: 1, length: 8 });
  });
  it('in brackets that are a link’s text: the destination is no entry text', () => {
    check('[13:26](https://status.example.com/1) deploy', { hm: '13:26', rest: 'deploy' });
  });
  it('a bracketed month and day before the time: MM-DD, the year left to the timeline', () => {
    check('[03-26 23:04] rollback', { hm: '23:04', written: '03-26 23:04', date: null, monthDay: '03-26' });
  });
  it('[???] and `??:??` are unknown times', () => {
    check('[???] someone noticed', { hm: null, unknown: true, unreadable: false, rest: 'someone noticed' });
    assert.equal(matchEntryTime('??? someone noticed'), null, 'question marks alone, unwrapped, are prose');
  });
  it('in backticks, and approximate before the backtick', () => {
    check('`19:48` paged', { ...plain, hm: '19:48', written: '19:48', rest: 'paged' });
    check('~`01:30` fixed', { hm: '1:30', approximate: true, written: '~`01:30', rest: 'fixed' });
  });
  it('dotted times, with or without am/pm', () => {
    check('10.42am traffic drops', { hm: '10:42', written: '10.42am', rest: 'traffic drops' });
    check('10.42: traffic drops', { hm: '10:42', written: '10.42', rest: 'traffic drops' });
  });
  it('seconds, and fractions of a second as logs write them', () => {
    check('16:57:30 x', { hm: '16:57:30', written: '16:57:30' });
    check('16:57:30.250 x', { hm: '16:57:30', written: '16:57:30.250', rest: 'x' });
  });
  it('bold labels holding a date in words and a time', () => {
    check('**June 14th, 2022, 10:00 AM:** deploy', {
      hm: '10:00',
      date: '2022-06-14',
      written: 'June 14th, 2022, 10:00 AM',
      rest: 'deploy',
    });
    check('**Feb 04, 2021, 21:45 (UTC):** paged', { hm: '21:45', date: '2021-02-04', zone: 'UTC', rest: 'paged' });
  });
  it('dates in words or unambiguous numbers before the time', () => {
    check('February 15, 2024: 7:56am UTC', { hm: '7:56', date: '2024-02-15', zone: 'UTC', rest: '' });
    check('5 February 2019 10:00 x', { hm: '10:00', date: '2019-02-05', rest: 'x' });
    check('02-13-2025 10:00 x', { hm: '10:00', date: '2025-02-13', rest: 'x' });
    check('Dec 16th **12:43** x', { hm: '12:43', date: null, monthDay: '12-16', rest: 'x' });
  });
  it('a date after the time and its zone, when only a separator follows it', () => {
    check('12:45 PM PST Saturday Oct 30th: storm begins', {
      hm: '12:45',
      zone: 'PST',
      monthDay: '10-30',
      written: '12:45 PM',
      rest: 'storm begins',
    });
    check('10:00 May 5 deploy', { hm: '10:00', monthDay: undefined, rest: 'May 5 deploy' });
  });
  it('impossible times are kept, unreadable, with what is wrong', () => {
    check('25:70 x', {
      time: null,
      unreadable: true,
      fault: { kind: 'out-of-range', hour: 25, minute: 70, second: 0 },
    });
    check('07:7:47 x', { time: null, unreadable: true, written: '07:7:47', fault: { kind: 'digits' } });
    check('2019-02-30 10:00 x', { time: null, unreadable: true, fault: { kind: 'date' } });
    assert.equal(matchEntryTime('1:1 with Sam'), null, 'a one-to-one is prose');
  });
  it('a range in brackets keeps its start', () => check('[12:26-12:??] x', { hm: '12:26', rest: 'x' }));
});
