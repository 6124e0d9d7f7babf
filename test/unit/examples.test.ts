// The examples shipped with the project show the features; they must keep showing them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { figure, lint } from '../support/core';

const dir = join(__dirname, '..', '..', 'examples', 'postmortems');
const example = (name: string) => lint(readFileSync(join(dir, name), 'utf8'), {}, { path: join(dir, name) });

describe('examples', () => {
  it('the clean one has no findings and all figures confirmed from markers', () => {
    const a = example('2024-03-05-checkout-errors.md');
    assert.deepEqual(a.findings, []);
    assert.deepEqual(
      a.figures.map((f) => [f.name, f.minutes, f.stated?.value?.minutes ?? null]),
      [
        ['MTTD', 14, 14],
        ['MTTA', 3, 3],
        ['MTTM', 19, null],
        ['MTTR', 28, 28],
        ['MTTDecl', null, null],
        ['Duration', 42, 42],
      ],
    );
  });
  it('the one with mistakes shows one finding per mistake', () => {
    const a = example('2024-05-17-search-outage-with-mistakes.md');
    assert.deepEqual(
      a.findings.map((f) => f.code),
      [
        'PM001',
        'PM005',
        'PM006',
        'PM007',
        'PM101',
        'PM103',
        'PM104',
        'PM205',
        'PM105',
        'PM007',
        'PM203',
        'PM202',
        'PM002',
        'PM301',
      ],
    );
  });
  it('the overnight one in Europe/Berlin crosses midnight with a day heading and keeps its offsets', () => {
    const a = example('2024-11-02-overnight-batch-berlin.md');
    assert.deepEqual(a.findings, []);
    const entries = a.postmortem.timeline!.entries;
    assert.deepEqual(
      entries.map((e) => [e.date, e.offsetMinutes]),
      [
        ['2024-11-02', 60],
        ['2024-11-02', 60],
        ['2024-11-03', 60],
        ['2024-11-03', 60],
        ['2024-11-03', 60],
        ['2024-11-03', 60],
      ],
    );
    assert.deepEqual(
      [figure(a, 'MTTD').minutes, figure(a, 'MTTR').minutes, figure(a, 'Duration').minutes],
      [78, 290, 368],
    );
  });
});
