// Each way of writing a timeline, alone: a recogniser given one block takes it (adding entries,
// day markers or notes to the reading state) or leaves it to the next.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../server/src/config/schema';
import { vocabulary } from '../../server/src/config/vocabulary';
import { parseMarkdown } from '../../server/src/postmortem/markdown';
import type { EntryForm } from '../../server/src/postmortem/timelineForms';
import {
  dayHeading,
  dayLine,
  ENTRY_FORMS,
  otherHeading,
  paragraphEntries,
  tableRows,
  textBelow,
  timeHeading,
} from '../../server/src/postmortem/timelineForms';
import type { ReadState } from '../../server/src/postmortem/timelineState';
import { addNote, startState } from '../../server/src/postmortem/timelineState';

const vocab = vocabulary(defaultConfig());

/** The form run on the first block of `text`, from a fresh state (or `state`). */
function read(form: EntryForm, text: string, state: ReadState = startState(undefined)) {
  const tree = parseMarkdown(text);
  const taken = form.read(tree.root.children[0], { text, tree, vocab, paragraphs: new WeakMap() }, state);
  const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return {
    taken,
    entries: state.entries.map((e) => ({
      time: slice(e.timeSpan),
      timeText: e.timeText,
      text: e.text,
      line: slice(e.lineSpan),
      whole: slice(e.span),
      moments: e.moments.map((m) => `${m.moment} ${slice(m.span)}`),
      notes: e.notes.map(slice),
    })),
    // A day as read, before dating settles a missing year (`--02-07`) or the order of numbers.
    days: state.events.flatMap((e) =>
      e.kind === 'day'
        ? [
            `${e.reading.kind === 'date' ? e.reading.date : e.reading.kind === 'no-year' ? `--${String(e.reading.month).padStart(2, '0')}-${String(e.reading.day).padStart(2, '0')}` : e.reading.kind} ${slice(e.span)}`,
          ]
        : [],
    ),
    preamble: state.preamble.map(slice),
    year: state.year,
  };
}

/** Every top-level block of `text` read in turn by the forms, as the timeline reader does. */
function readAll(text: string) {
  const tree = parseMarkdown(text);
  const state = startState(undefined);
  const context = { text, tree, vocab, paragraphs: new WeakMap() };
  for (const block of tree.root.children) {
    if (!ENTRY_FORMS.some((form) => form.read(block, context, state))) addNote(state, tree.spanOf(block));
  }
  const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return {
    entries: state.entries.map((e) => ({
      time: slice(e.timeSpan),
      text: e.text,
      moments: e.moments.map((m) => m.moment),
      notes: e.notes.map(slice),
    })),
    timeHeaders: state.timeHeaders.map(slice),
    preamble: state.preamble.map(slice),
  };
}

describe('timeline forms', () => {
  it('are tried in this order; a block none takes is a note', () => {
    assert.deepEqual(
      ENTRY_FORMS.map((f) => f.name),
      [
        'day heading',
        'time heading',
        'other heading',
        'day line',
        'paragraph entries',
        'text below a time',
        'table rows',
      ],
    );
  });

  it('day heading: a heading naming a day starts it; a year it leaves out is settled by dating', () => {
    const state = startState({ date: '2019-02-06', source: 'title' });
    const r = read(dayHeading, '### Thursday 7th February\n', state);
    assert.deepEqual([r.taken, r.days, r.year], [true, ['--02-07 ### Thursday 7th February'], 2019]);
    assert.deepEqual(read(dayHeading, '### 2019-02-08 (UTC)\n').days, ['2019-02-08 ### 2019-02-08 (UTC)']);
    assert.equal(read(dayHeading, '### Follow-up\n').taken, false);
    assert.equal(read(dayHeading, '2019-02-07\n').taken, false, 'a paragraph is the day line form');
  });

  it('other heading: ends the entry before it, and before any entry is preamble', () => {
    const r = read(otherHeading, '### Response (all times UTC)\n');
    assert.deepEqual([r.taken, r.preamble, r.entries], [true, ['### Response (all times UTC)'], []]);
    const state = startState(undefined);
    read(paragraphEntries, '10:00 deploy\n', state);
    read(otherHeading, '### Later\n', state);
    assert.equal(state.current, undefined);
    assert.deepEqual(state.preamble, []);
  });

  it('day line: a paragraph that is only a date, bold or plain', () => {
    assert.deepEqual(read(dayLine, '**2019-02-07**\n').days, ['2019-02-07 **2019-02-07**']);
    assert.equal(read(dayLine, '10:00 deploy\n').taken, false);
    assert.equal(read(dayLine, 'Nothing happened on 2019-02-07.\n').taken, false);
  });

  it('paragraph entries: one entry per line or <br> segment starting with a time, text before them a note', () => {
    const text = 'Overnight:\n10:00 deploy [start]\n~10:05 alert<br>10:07 paged\n';
    const r = read(paragraphEntries, text);
    assert.equal(r.taken, true);
    assert.deepEqual(r.preamble, ['Overnight:']);
    assert.deepEqual(r.entries, [
      {
        time: '10:00',
        timeText: '10:00',
        text: 'deploy [start]',
        line: '10:00 deploy [start]',
        whole: '10:00 deploy [start]',
        moments: ['start [start]'],
        notes: [],
      },
      {
        time: '~10:05',
        timeText: '~10:05',
        text: 'alert',
        line: '~10:05 alert',
        whole: '~10:05 alert<br>',
        moments: [],
        notes: [],
      },
      {
        time: '10:07',
        timeText: '10:07',
        text: 'paged',
        line: '10:07 paged',
        whole: '10:07 paged',
        moments: [],
        notes: [],
      },
    ]);
    assert.equal(read(paragraphEntries, 'No times here.\n').taken, false);
  });

  it('table rows: a row whose first cell is a time is an entry, other rows after the header are notes', () => {
    const text = '| Time | Event |\n| --- | --- |\n| 10:20 | rollback [mitigated] |\n| | still rolling |\n';
    const r = read(tableRows, text);
    assert.equal(r.taken, true);
    assert.deepEqual(r.entries, [
      {
        time: '10:20',
        timeText: '10:20',
        text: 'rollback [mitigated]',
        line: '10:20 | rollback [mitigated] |',
        // A note extends its entry.
        whole: '| 10:20 | rollback [mitigated] |\n| | still rolling |',
        moments: ['mitigated [mitigated]'],
        notes: ['| | still rolling |'],
      },
    ]);
    assert.deepEqual(r.preamble, [], 'the header row is no note');
  });

  it('time heading: a heading starting with a time is an entry, the blocks under it its notes', () => {
    const r = readAll('### 21:00 - Team alerted\n\nThe error-rate alert paged the on-call.\n');
    assert.deepEqual(r.entries, [
      { time: '21:00', text: 'Team alerted', moments: [], notes: ['The error-rate alert paged the on-call.'] },
    ]);
    const dated = read(timeHeading, '### 2022-06-02 10:00 - Problem starts\n').entries[0];
    assert.deepEqual([dated.time, dated.text], ['2022-06-02 10:00', 'Problem starts']);
  });

  it('time heading: a range keeps its start, and 12-hour and unpadded times read', () => {
    assert.deepEqual(
      ['### 01:58–02:00 CET', '### 8:20 - 8:24 retry', '### 08:52 PM', '### 2021-06-12 9:51'].map(
        (h) => read(timeHeading, `${h}\n`).entries[0]?.time,
      ),
      ['01:58', '8:20', '08:52 PM', '2021-06-12 9:51'],
    );
  });

  it('time heading: near misses, numbered headings, are no entries', () => {
    assert.equal(read(timeHeading, '### 2.10 Rollout\n').taken, false);
    assert.equal(read(timeHeading, '### 2021 - recap\n').taken, false);
    assert.equal(read(timeHeading, '### Follow-up\n').taken, false);
  });

  it('text below: a heading holding only its time takes the paragraph under it as its text', () => {
    const r = readAll('### 08:52 PM\n\nRollback started [mitigated]\nwith the last good build.\n\nMore detail.\n');
    assert.deepEqual(r.entries, [
      {
        time: '08:52 PM',
        text: 'Rollback started [mitigated]',
        moments: ['mitigated'],
        notes: ['Rollback started [mitigated]\nwith the last good build.', 'More detail.'],
      },
    ]);
  });

  it('text below: a bold time alone on its line, the text on the next line or in the next paragraph', () => {
    assert.deepEqual(readAll('**10:00 AM**\nDeploy starts\n').entries[0].text, 'Deploy starts');
    assert.deepEqual(readAll('**10:00 AM**\n\nDeploy starts\n').entries[0].text, 'Deploy starts');
    assert.equal(
      read(textBelow, 'Deploy starts\n').taken,
      false,
      'with no entry waiting, a paragraph is no text below',
    );
    const r = readAll('10:00 deploy\n\nDetails follow.\n');
    assert.deepEqual(r.entries[0].notes, ['Details follow.'], 'an entry with its own text takes notes, not text');
  });

  it('table rows: the time in the column its header names, its zone kept from the header', () => {
    const r = readAll('| Event | When (UTC) |\n| --- | --- |\n| Deploy starts | 09:58 |\n| Alert fires | 10:12 |\n');
    assert.deepEqual(
      r.entries.map((e) => [e.time, e.text]),
      [
        ['09:58', 'Deploy starts'],
        ['10:12', 'Alert fires'],
      ],
    );
    assert.deepEqual(r.timeHeaders, ['When (UTC)']);
    assert.deepEqual(r.preamble, [], 'the header row is no note');
  });

  it('table rows: date and time in separate columns, named or not', () => {
    const named = readAll('| Date | Time | Event |\n| --- | --- | --- |\n| 2025-03-12 | 15:57 | Chain halts |\n');
    assert.deepEqual(
      named.entries.map((e) => [e.time, e.text]),
      [['15:57', 'Chain halts']],
    );
    const bare = readAll(
      '| 2025-03-12 | 15:57 | Chain halts |\n| --- | --- | --- |\n| 2025-03-12 | 16:20 | Restart |\n',
    );
    assert.deepEqual(
      bare.entries.map((e) => [e.time, e.text]),
      [
        ['15:57', 'Chain halts'],
        ['16:20', 'Restart'],
      ],
    );
  });
});
