// Hostile and huge input to the pure core (issue 10): each gets a clear finding or bounded
// behaviour, never an exception, a lost analysis or an edit the user did not ask for. Times are
// measured by `npm run bench` (bench/hostile.ts), not here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, failureSource, READING } from '../../server/src/analysis/analyze';
import { applyEdits, fixText } from '../../server/src/analysis/fixAll';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { insertTimelineEntry } from '../../server/src/analysis/insertEntry';
import { templateBlocks } from '../../server/src/analysis/template';
import type { Config } from '../../server/src/config/schema';
import { defaultConfig } from '../../server/src/config/schema';
import { flattenDeepNesting, MAX_NESTING, quietLongLines } from '../../server/src/postmortem/markdownGuards';
import { applyFixes, inserted, lint, postmortem } from '../support/core';

const config = defaultConfig();
const path = '/repo/incidents/hostile.md';
const head = '# 2024-03-05 Hostile\n\n## Timeline\n\nAll times UTC.\n\n';
const codes = (text: string, context = { path }) => lint(text, {}, context).findings.map((f) => f.code);

describe('lone CR line endings (item 7)', () => {
  const cr = (text: string) => text.replace(/\n/g, '\r');

  it('reads each line of a CR-only file as its own line: the Impact figures, the entries', () => {
    const text = cr(postmortem());
    const a = lint(text, {}, { path });
    assert.deepEqual(a.failures, []);
    assert.deepEqual(
      a.postmortem.statedFigures.map((f) => [f.label, f.valueText]),
      [
        ['MTTD', '14m'],
        ['MTTR', '28m'],
      ],
    );
    assert.deepEqual(
      a.findings.map((f) => f.message),
      lint(postmortem(), {}, { path }).findings.map((f) => f.message),
      'the same findings as the LF text',
    );
    assert.equal(a.postmortem.eol, '\r');
    assert.equal(
      a.lines.position(text.indexOf('MTTR')).line,
      postmortem()
        .split('\n')
        .findIndex((l) => l.startsWith('MTTR')),
    );
  });

  it('adds lines with CR when fixing a CR-only file', () => {
    const text = cr(postmortem({ impact: '## Impact\n\nUsers saw errors.\n' }));
    const fixed = applyFixes(text, lint(text, {}, { path }).findings);
    assert.notEqual(fixed, text, 'figures are added');
    assert.ok(fixed.includes('MTTD'), fixed);
    assert.ok(!fixed.includes('\n'), 'no LF written into a CR file');
  });

  it('sorts a CR-only timeline keeping its CRs', () => {
    const timeline =
      '## Timeline\n\nAll times UTC.\n\n10:12 alert [detected]\n\n09:58 push [start]\n\n10:40 done [resolved]\n';
    const text = cr(postmortem({ timeline }));
    const sort = lint(text, {}, { path })
      .findings.flatMap((f) => f.fixes)
      .find((f) => /[Ss]ort/.test(f.title));
    assert.ok(sort, 'a sort fix is offered');
    const sorted = applyEdits(text, sort.edits);
    assert.ok(!sorted.includes('\n'));
    assert.ok(sorted.indexOf('09:58') < sorted.indexOf('10:12'));
  });

  it('counts a paragraph of CR-separated lines, and declines one of thousands', () => {
    const chat = Array.from({ length: 2_500 }, (_, i) => `line ${i}`).join('\r');
    const a = lint(`${cr(head)}${chat}\r`, {}, { path });
    assert.equal(a.findings.length, 1);
    assert.match(a.findings[0].message, /^Not analysed: lines 7-2506 are one paragraph of 2,500 lines/);
  });

  it('does not read a CR-only file over 10,000 characters as one long line', () => {
    const text = cr(
      head +
        Array.from(
          { length: 600 },
          (_, i) => `${String(10 + Math.floor(i / 60))}:${String(i % 60).padStart(2, '0')} step **${i}**`,
        ).join('\n\n'),
    );
    assert.ok(text.length > 10_000);
    const a = lint(text, {}, { path });
    assert.equal(a.postmortem.timeline?.entries.length, 600);
    assert.equal(a.postmortem.timeline?.entries[1].text, 'step **1**');
  });

  it('inserts a timeline entry with CR in a CR file', () => {
    const text = cr(postmortem());
    const { edit } = inserted(
      insertTimelineEntry(lint(text, {}, { path }).postmortem, config, Date.UTC(2024, 2, 5, 10, 50)),
    );
    assert.ok(edit.newText.includes('\r') && !edit.newText.includes('\n'), JSON.stringify(edit.newText));
  });
});

describe('list markers nested on one line (items 8 and 21)', () => {
  for (const marker of ['- ', '* ', '+ ', '1. ', '> ']) {
    it(`reads ${JSON.stringify(marker)} * 1500 + "10:00 x" without a failure, nesting kept to the limit`, () => {
      const text = `${head}${marker.repeat(1_500)}10:00 x\n`;
      const a = lint(text, {}, { path });
      assert.deepEqual(a.failures, []);
      assert.equal(a.postmortem.declined, undefined);
      const flat = flattenDeepNesting(text);
      assert.equal(flat.length, text.length, 'offsets unchanged');
      const line = flat.slice(head.length);
      const kept = line.slice(0, line.indexOf('\u00a0'));
      const levels = kept.length / marker.length;
      assert.equal(kept, marker.repeat(levels), 'the first levels stay');
      // 32 levels, or 64 columns of indentation: the limit CommonMark's widths reach first.
      assert.equal(levels, Math.min(MAX_NESTING, Math.floor((MAX_NESTING * 2) / marker.length)));
      assert.match(line.slice(kept.length), /^\u00a0+10:00 x\n$/, 'the rest is text');
    });
  }

  it("flattens '- ' * 200 on each of 200 lines, and footnotes nested in lists", () => {
    const text = `${head}${Array.from({ length: 200 }, () => `${'- '.repeat(200)}x`).join('\n')}\n\n${'- [^a]: '.repeat(100)}x\n`;
    const flat = flattenDeepNesting(text);
    assert.equal(flat.length, text.length);
    for (const line of flat.slice(head.length).split('\n').filter(Boolean))
      assert.ok((line.match(/(^|\s)[-](?=\s)/g) ?? []).length <= MAX_NESTING, line.slice(0, 80));
    assert.deepEqual(lint(text, {}, { path }).failures, []);
  });

  it('leaves a list marker that is text alone: "-x", "1.5", "10:00 - x"', () => {
    const text = `${'-x '.repeat(100)}\n${'1.5 '.repeat(100)}\n${'10:00 - x '.repeat(100)}\n`;
    assert.equal(flattenDeepNesting(text), text);
  });
});

describe('YAML front matter of nested aliases (item 9)', () => {
  it('is a PM008 finding on the front matter, and the rest is still read', () => {
    const aliases = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (const [name, of] of ['ba', 'cb', 'dc', 'ed', 'fe', 'gf'])
      aliases.push(`${name}: &${name} [${Array(9).fill(`*${of}`).join(',')}]`);
    const text = `---\n${aliases.join('\n')}\n---\n${postmortem()}`;
    assert.ok(text.indexOf('# 2024') < 500);
    const a = lint(text, {}, { path });
    assert.deepEqual(a.failures, []);
    const pm008 = a.findings.filter((f) => f.code === 'PM008');
    assert.equal(pm008.length, 1);
    assert.match(pm008[0].message, /aliases \(\*name\) expand to too many values/);
    assert.equal(pm008[0].span.start, 4);
    const minutes = (figures: typeof a.figures) => figures.map((f) => [f.name, f.minutes]);
    assert.deepEqual(minutes(a.figures), minutes(lint(postmortem(), {}, { path }).figures));
  });
});

describe('templates (items 11 and 19)', () => {
  it('a one-line template of 10 M characters gives no blocks and no failure', () => {
    const template = 'x'.repeat(10_000_000);
    assert.equal(templateBlocks(template).size, 0);
    assert.deepEqual(lint(postmortem(), {}, { path, template }).failures, []);
  });

  it('a template with a 30,000-line paragraph is declined as a document would be', () => {
    const template = `# T\n\n${Array.from({ length: 30_000 }, (_, i) => `line ${i} of pasted chat`).join('\n')}\n`;
    assert.equal(templateBlocks(template).size, 0);
    assert.deepEqual(codes(postmortem(), { path }), codes(postmortem({}), { path }));
  });

  it('templates alternating between documents are each read once', () => {
    const a = '## Description\n\nDescribe what users saw here.\n';
    const b = '## Description\n\nSay what broke and for whom.\n';
    const first = templateBlocks(a);
    assert.ok(first.size > 0);
    templateBlocks(b);
    assert.equal(templateBlocks(a), first, 'the same blocks, not a new parse');
  });

  it('a template with lone CRs gives the blocks of its LF twin', () => {
    const lf = '## Description\n\nDescribe what users saw here.\n';
    assert.deepEqual([...templateBlocks(lf.replace(/\n/g, '\r'))], [...templateBlocks(lf)]);
  });
});

describe('many entries at one time (item 17)', () => {
  it('reports each repeat once, among 10,000 entries at the same time', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => `10:00 same ${i % 4}`).join('\n\n');
    const a = lint(`${head}${entries}\n`, {}, { path });
    const repeats = a.findings.filter((f) => f.code === 'PM106' || f.name === 'timeline-duplicate-entry');
    assert.equal(repeats.length, 10_000 - 4);
    assert.match(repeats[0].message, /^This entry repeats an earlier one \(10:00\)/);
  });

  it('among 10,000 ??:?? entries, only those with the same text', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => `??:?? unknown ${i % 5000}`).join('\n\n');
    const repeats = lint(`${head}${entries}\n`, {}, { path }).findings.filter(
      (f) => f.name === 'timeline-duplicate-entry',
    );
    assert.equal(repeats.length, 5_000);
  });
});

describe('a reading that throws (the failure handling)', () => {
  /** A config whose first read throws as a stack overflow in remark would: later reads work. */
  function throwingOnce(): Config {
    let thrown = false;
    const base = defaultConfig();
    return new Proxy(base, {
      get(target, key, receiver) {
        if (key === 'sections' && !thrown) {
          thrown = true;
          throw new RangeError('Maximum call stack size exceeded');
        }
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  }

  it('becomes a PM000 finding for that file and a failure for the log, in full and incremental analysis', () => {
    for (const run of [
      (c: Config) => analyze(postmortem(), c, { path }),
      (c: Config) => new IncrementalAnalyzer().analyze(postmortem(), c, { path }),
    ]) {
      const a = run(throwingOnce());
      assert.deepEqual(
        a.findings.map((f) => [f.code, f.span.start]),
        [['PM000', 0]],
      );
      assert.match(
        a.findings[0].message,
        /^Not analysed: reading this file failed \(RangeError: Maximum call stack size exceeded\)/,
      );
      assert.deepEqual(
        a.failures.map((f) => [f.rule, String(f.error)]),
        [[READING, 'RangeError: Maximum call stack size exceeded']],
      );
      assert.equal(failureSource(a.failures[0]), 'reading the document');
      assert.equal(a.postmortem.text, postmortem());
    }
  });

  it('offers no fix and changes nothing under --fix', () => {
    const text = postmortem({ impact: '## Impact\n\nMTTD: 1m\n' });
    const a = analyze(text, throwingOnce(), { path });
    assert.deepEqual(
      a.findings.flatMap((f) => f.fixes),
      [],
    );
    assert.equal(
      fixText(text, () => a),
      text,
    );
  });

  it('the next version of the document is analysed afresh', () => {
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze(postmortem(), throwingOnce(), { path });
    const next = analyzer.analyze(postmortem(), config, { path });
    assert.deepEqual(next.failures, []);
    assert.equal(JSON.stringify(next.findings), JSON.stringify(analyze(postmortem(), config, { path }).findings));
  });
});

describe('long lines (item 20)', () => {
  it('a line of 10 M characters is quieted without overflowing the stack; lines of 9,000 keep their markup', () => {
    const long = `10:00 ${'[a]('.repeat(2_500_000)}`;
    const text = `${head}${long}\n\n${'a word in **bold** and more words '.repeat(260)}\n`;
    const quiet = quietLongLines(text);
    assert.equal(quiet.length, text.length);
    assert.ok(!quiet.slice(head.length, head.length + long.length).includes('['));
    assert.equal(quiet.slice(head.length + long.length), text.slice(head.length + long.length));
  });
});

describe('lines of dense markup just under the long-line limit (item 20)', () => {
  it('are read as plain text when a fifth of a line of 1,000 or more is markup', () => {
    for (const unit of ['*a', '[a](', '[', 'a@b.', '<br>', '[a][b] ']) {
      const line = `10:00 ${unit.repeat(Math.ceil(9_000 / unit.length))}`;
      const text = `${head}${line}\n`;
      const quiet = quietLongLines(text);
      assert.equal(quiet.length, text.length);
      assert.match(quiet.slice(head.length), /^10:00 [a-z. ]+\n$/, unit);
    }
  });

  it('leave prose with links and emphasis as markdown, however long', () => {
    const prose = 'The [runbook](https://example.org/runbook) says to **drain** the `api` pool first. '.repeat(100);
    const text = `${head}10:00 ${prose}\n`;
    assert.equal(quietLongLines(text), text);
    assert.deepEqual(lint(text, {}, { path }).failures, []);
  });
});

describe('a text of too many lines (item 22)', () => {
  it('is declined from its count of lines, saying how many', () => {
    const entries = Array.from({ length: 30_000 }, (_, i) => `10:${String(i % 60).padStart(2, '0')} s${i}`).join(
      '\n\n',
    );
    const a = lint(`${head}${entries}\n`, {}, { path });
    assert.equal(a.findings.length, 1);
    assert.equal(
      a.findings[0].message,
      'Not analysed: this file has 60,006 lines, over the 50,000 a postmortem can have. Split it (long pasted logs can go in a linked file).',
    );
  });
});

describe('Insert Timeline Entry in a table timeline (item 35)', () => {
  const table = (rows: string[]) =>
    postmortem({
      timeline: `## Timeline\n\nAll times UTC.\n\n| Time | Event | Who |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
    });
  const rows = ['| 09:58 | push [start] | A |', '| 10:12 | alert [detected] | B |', '| 10:40 | done [resolved] | B |'];

  it('adds a full row, closing pipe included, with the cursor in the event cell', () => {
    const text = table(rows);
    const { edit, cursor } = inserted(insertTimelineEntry(lint(text).postmortem, config, Date.UTC(2024, 2, 5, 10, 50)));
    const after = applyEdits(text, [edit]);
    assert.ok(after.includes(`${rows[2]}\n| 10:50 |  |  |\n`), after);
    assert.equal(after.slice(cursor - '| 10:50 | '.length, cursor), '| 10:50 | ');
    assert.equal(lint(after).postmortem.timeline?.entries.at(-1)?.timeText, '10:50');
  });

  it('on a new day, writes the date in the row, not a heading that would end the table', () => {
    const text = table(rows);
    const { edit } = inserted(insertTimelineEntry(lint(text).postmortem, config, Date.UTC(2024, 2, 6, 0, 15)));
    const after = applyEdits(text, [edit]);
    assert.ok(after.includes(`${rows[2]}\n| 2024-03-06 00:15 |  |  |\n`), after);
    assert.ok(!after.includes('### 2024-03-06'));
    const last = lint(after).postmortem.timeline?.entries.at(-1);
    assert.deepEqual([last?.timeText, last?.date], ['2024-03-06 00:15', '2024-03-06']);
  });

  it('refuses on a declined document instead of adding a second Timeline section', () => {
    const text = `${table(rows)}\n${Array.from({ length: 2_500 }, (_, i) => `chat ${i}`).join('\n')}\n`;
    const result = insertTimelineEntry(lint(text, {}, { path }).postmortem, config, Date.UTC(2024, 2, 5, 10, 50));
    assert.ok('refused' in result);
    assert.match(result.refused, /^No entry inserted\. Not analysed: lines \d+-\d+ are one paragraph of 2,500 lines/);
  });
});
