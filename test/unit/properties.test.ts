// Properties over generated postmortems and arbitrary text: analysis never throws, every range
// lies inside the document, and fix-all converges (a second pass changes nothing).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis/analyze';
import { fixText } from '../../server/src/analysis/fixAll';
import { defaultConfig } from '../../server/src/config/schema';

const config = defaultConfig();
const run = (text: string) => analyze(text, config, { path: '/repo/incidents/generated.md' });

const time = fc
  .tuple(fc.integer({ min: 0, max: 26 }), fc.integer({ min: 0, max: 62 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const tag = fc.constantFrom(
  '',
  ' [start]',
  ' [detected]',
  ' [acknowledged]',
  ' [mitigated]',
  ' [resolved]',
  ' **\\<END OF OUTAGE>**',
);
const entry = fc
  .tuple(
    fc.constantFrom('', '~', '- ', '| ', '**'),
    time,
    fc.constantFrom(' ', ': ', ' - '),
    fc.string({ maxLength: 20 }),
    tag,
  )
  .map((parts) => parts.join(''));
const figureLine = fc
  .tuple(
    fc.constantFrom('MTTD', 'MTTR', 'Duration', 'Time to detect', 'MTTA'),
    fc.constantFrom(': ', ' - ', ': ~'),
    fc.constantFrom('14m', '1h35m', '2 hours', '0:10', 'soon', '', '20-60 days', '< 5 min'),
  )
  .map((p) => p.join(''));
const postmortem = fc
  .record({
    title: fc.constantFrom('# 2024-03-05 Outage', '# Outage', ''),
    zone: fc.constantFrom('All times UTC.', 'All times are in PST', 'Times: Europe/Berlin', ''),
    entries: fc.array(entry, { maxLength: 25 }),
    day: fc.constantFrom('', '### 2024-03-06', '**2024-03-07**'),
    figures: fc.array(figureLine, { maxLength: 5 }),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
  })
  .map(({ title, zone, entries, day, figures, eol, bom }) => {
    const half = Math.floor(entries.length / 2);
    const blocks = [
      title,
      '**Incident Leader: A**',
      '## Timeline',
      zone,
      ...entries.slice(0, half),
      day,
      ...entries.slice(half),
      '## Impact',
      ...figures,
      '## Corrective Actions',
      '- act',
    ];
    return (bom ? '\uFEFF' : '') + blocks.filter((b) => b !== '').join(eol + eol) + eol;
  });

function checkRanges(text: string): void {
  const a = run(text);
  assert.deepEqual(a.failures, []);
  for (const f of a.findings) {
    assert.ok(
      0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= text.length,
      `${f.code} span inside the text`,
    );
    for (const fix of f.fixes)
      for (const e of fix.edits)
        assert.ok(
          0 <= e.span.start && e.span.start <= e.span.end && e.span.end <= text.length,
          `${f.code} fix inside the text`,
        );
  }
}

describe('properties', () => {
  it('generated postmortems: no throw, ranges inside, fix-all converges', () => {
    fc.assert(
      fc.property(postmortem, (text) => {
        checkRanges(text);
        const fixed = fixText(text, run);
        assert.equal(fixText(fixed, run), fixed, 'a second fix-all changes nothing');
        assert.deepEqual(
          run(fixed).findings.filter((f) => f.fixes.some((x) => x.safe)),
          [],
          'no safe fix left',
        );
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('arbitrary text, including control characters and lone surrogates: no throw, ranges inside', () => {
    const anything = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc
        .array(
          fc.constantFrom(
            '#',
            '## Timeline\n',
            '## Impact\n',
            '10:00 ',
            '[start]',
            '\n',
            '|',
            '-',
            '>',
            '`',
            '*',
            '<br>',
            'MTTR: ',
          ),
          { maxLength: 80 },
        )
        .map((a) => a.join('')),
    );
    fc.assert(fc.property(anything, checkRanges), { numRuns: 500, seed: 20261125 });
  });
});
