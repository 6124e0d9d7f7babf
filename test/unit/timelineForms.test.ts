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
} from '../../server/src/postmortem/timelineForms';
import type { ReadState } from '../../server/src/postmortem/timelineState';
import { startState } from '../../server/src/postmortem/timelineState';

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

describe('timeline forms', () => {
  it('are tried in this order; a block none takes is a note', () => {
    assert.deepEqual(
      ENTRY_FORMS.map((f) => f.name),
      ['day heading', 'other heading', 'day line', 'paragraph entries', 'table rows'],
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
});
