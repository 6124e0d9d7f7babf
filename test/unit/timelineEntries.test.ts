// The ways teams write a timeline entry (issue 11, "Times and entries"), read end to end: each
// form gives entries with their text, their date and their instant. Texts are written afresh.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figure, lint } from '../support/core';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 16));

/** The timeline's entries as `instant text`, from a postmortem dated by its title. */
function read(timeline: string, title = '# 2024-03-05 Checkout errors') {
  const text = [title, '## Summary', 'Checkout failed.', '## Timeline', timeline, '## Impact', 'Some.'].join('\n\n');
  const a = lint(`${text}\n`, { requiredFigures: [] });
  const t = a.postmortem.timeline;
  assert.ok(t, 'the timeline is read');
  return { entries: t.entries.map((e) => `${iso(e.epochMs)} ${e.text}`), zone: t.timezone.label };
}

describe('timeline entries as teams write them', () => {
  it('times in brackets and backticks, unknown ones kept', () => {
    const r = read('All times UTC.\n\n- [09:58] deploy\n- `10:12` alert\n- ~`10:20` paged\n- [???] a user reports it');
    assert.deepEqual(r.entries, [
      '2024-03-05T09:58 deploy',
      '2024-03-05T10:12 alert',
      '2024-03-05T10:20 paged',
      'null a user reports it',
    ]);
  });

  it('a zone named in words on each entry, followed through the clocks; a year left to fill in is no time', () => {
    const r = read(
      '- 2024-MM-DD: the token was created\n- 2024-06-28 7:09 AM Eastern: a researcher reports it\n- 2024-06-28 7:26 AM Eastern: token revoked',
    );
    assert.deepEqual(r.entries, ['2024-06-28T11:09 a researcher reports it', '2024-06-28T11:26 token revoked']);
  });

  it('[MM-DD HH:MM] in the year of the title', () => {
    const r = read('All times UTC.\n\n- [03-05 23:50] deploy\n- [03-06 00:10] alert');
    assert.deepEqual(r.entries, ['2024-03-05T23:50 deploy', '2024-03-06T00:10 alert']);
  });

  it('dotted and 12-hour times in any case and spacing, with zones', () => {
    const r = read(
      '- 9.58am: deploy\n- 10:12 AM UTC: alert\n- 4:57 pm UTC - paged\n- 04:59PM UTC mitigated',
      '# 2024-03-05 Checkout errors',
    );
    assert.deepEqual(r.entries, [
      '2024-03-05T09:58 deploy',
      '2024-03-05T10:12 alert',
      '2024-03-05T16:57 paged',
      '2024-03-05T16:59 mitigated',
    ]);
  });

  it('bold labels holding a date in words and a time', () => {
    const r = read(
      '- **March 5th, 2024, 10:00 AM:** deploy\n- **Mar 06, 2024, 21:45 (UTC):** fixed',
      '# Checkout errors',
    );
    assert.deepEqual(r.entries, ['2024-03-05T10:00 deploy', '2024-03-06T21:45 fixed']);
  });

  it('a time alone on its line, its text on the line below', () => {
    const r = read('All times UTC.\n\n**10:00 AM**\nDeploy starts\n\n**10:12 AM**\n\nAlert fires');
    assert.deepEqual(r.entries, ['2024-03-05T10:00 Deploy starts', '2024-03-05T10:12 Alert fires']);
  });

  it('times in headings, with the text under them', () => {
    const r = read(
      'All times UTC.\n\n### 09:58 - Deploy\n\nThe config push.\n\n### 2024-03-05 10:12 - Alert\n\n### 10:31 PM\n\nFixed.',
    );
    assert.deepEqual(r.entries, ['2024-03-05T09:58 Deploy', '2024-03-05T10:12 Alert', '2024-03-05T22:31 Fixed.']);
  });

  it('a table with its time in a column named When, the zone in its header', () => {
    const r = read('| What | When (PST) |\n| --- | --- |\n| Deploy | 09:58 |\n| Alert | 10:12 |');
    assert.deepEqual(r.entries, ['2024-03-05T17:58 Deploy', '2024-03-05T18:12 Alert']);
    assert.equal(r.zone, 'PST');
  });

  it('a table with the date and the time in separate columns', () => {
    const r = read(
      '| Date | Time (UTC) | Event |\n| --- | --- | --- |\n| 2024-03-05 | 23:57 | halt |\n| 2024-03-06 | 00:20 | restart |',
      '# Checkout errors',
    );
    assert.deepEqual(r.entries, ['2024-03-05T23:57 halt', '2024-03-06T00:20 restart']);
  });
});

describe('a timeline written as a list in a section of another name', () => {
  const PAGE = (body: string) =>
    `## March 5, 2024 checkout incident report\n\nCheckout failed.\n\n### What happened\n\n${body}\n\n### Contributing factors\n\n- No canary.\n`;
  const LIST =
    'The timeline of the day (all times AEDT):\n\n - 10.42: checkout became unavailable\n - 10.46: engineers were alerted\n - 10.56: checkout became available again\n\nWhat we learnt:\n\n - The proxy had no canary.';

  it('is read as the timeline when the postmortem has no Timeline section: its entries, zone and day', () => {
    const a = lint(PAGE(LIST), {}, { path: '/repo/docs/postmortems/a.md' });
    const t = a.postmortem.timeline;
    assert.ok(t, 'the timeline is read');
    assert.equal(t.section.heading, 'What happened');
    assert.deepEqual(
      t.entries.map((e) => `${iso(e.epochMs)} ${e.text}`),
      [
        '2024-03-04T23:42 checkout became unavailable',
        '2024-03-04T23:46 engineers were alerted',
        '2024-03-04T23:56 checkout became available again',
      ],
    );
    // A new entry goes after the list, not after the section's other paragraphs.
    assert.equal(a.postmortem.text.slice(t.section.contentSpan.end - 5, t.section.contentSpan.end), 'again');
    assert.equal(figure(a, 'MTTD').minutes, 4);
  });

  it('near miss: a short list, one out of order, or one not every item of which starts with a time', () => {
    for (const list of [
      ' - 10.42: checkout down\n - 10.46: alerted',
      ' - 10.42: checkout down\n - 09.46: alerted\n - 10.56: back\n - 08.00: later',
      ' - 10.42: checkout down\n - then engineers were alerted\n - 10.56: back',
    ]) {
      const a = lint(PAGE(list), {}, { path: '/repo/docs/postmortems/a.md' });
      assert.equal(a.postmortem.timeline, undefined, list);
    }
  });

  it('near miss: a Timeline section is the timeline, whatever other lists hold', () => {
    const text =
      '# 2024-03-05 Checkout\n\n## What happened\n\n- 10.42: down\n- 10.46: alerted\n- 10.56: back\n\n## Timeline\n\n11:00 review\n';
    const t = lint(text, {}, { path: '/repo/docs/postmortems/a.md' }).postmortem.timeline;
    assert.deepEqual(
      t?.entries.map((e) => e.text),
      ['review'],
    );
  });
});
