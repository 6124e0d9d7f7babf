// Every rule over every postmortem in examples/, compared with test/snapshots/examples.txt: the
// one place that holds whole finding lists. A new rule, or a changed message, changes it; refresh
// it with `npm run test:snapshots` and review the diff like code.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import type { Analysis } from '../../server/src/analysis/analyze';
import { humanDuration } from '../../server/src/postmortem/durations';
import { RULES } from '../../server/src/analysis/rules';
import { lint, rangeOf } from '../support/core';

const root = join(__dirname, '..', '..');
const SNAPSHOT = join(root, 'test', 'snapshots', 'examples.txt');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) =>
      d.isDirectory() ? markdownFiles(join(dir, d.name)) : /\.md$/.test(d.name) ? [join(dir, d.name)] : [],
    );
}

function describeAnalysis(file: string, a: Analysis): string {
  const lines = [`# ${file}`, '', `classification: ${a.postmortem.classification ?? 'none'}`, '', 'figures:'];
  for (const f of a.figures) {
    const computed =
      f.minutes === null
        ? 'not computed'
        : `${humanDuration(f.minutes)} (${f.source}: ${f.fromEntry?.timeText} ${f.from} → ${f.toEntry?.timeText} ${f.to})`;
    lines.push(`  ${f.name}: ${computed}; stated ${f.stated ? JSON.stringify(f.stated.valueText) : 'no'}`);
  }
  lines.push('', a.findings.length ? 'findings:' : 'findings: none');
  for (const f of a.findings) {
    lines.push(`  ${rangeOf(a, f.span)}  ${f.severity}  ${f.code} ${f.name}  ${f.message}`);
    for (const fix of f.fixes) lines.push(`    fix${fix.safe ? ' (safe)' : ''}: ${fix.title}`);
  }
  if (a.failures.length) lines.push('', `failures: ${a.failures.map((f) => f.rule).join(', ')}`);
  return lines.join('\n');
}

describe('the snapshot of all rules over examples/', () => {
  it('matches test/snapshots/examples.txt (refresh with npm run test:snapshots)', () => {
    const files = markdownFiles(join(root, 'examples'));
    assert.ok(files.length > 0, 'examples/ holds postmortems');
    const actual =
      files
        .map((path) => {
          const file = relative(root, path).replace(/\\/g, '/');
          return describeAnalysis(file, lint(readFileSync(path, 'utf8'), {}, { path: file, rules: RULES }));
        })
        .join('\n\n') + '\n';
    if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(SNAPSHOT, actual);
    assert.equal(actual, readFileSync(SNAPSHOT, 'utf8'), 'run npm run test:snapshots to refresh, and review the diff');
  });
});
