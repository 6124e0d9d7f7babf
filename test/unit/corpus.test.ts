// Real postmortems vary (FORMAT.md section 8): every corpus file is read without an exception,
// classified, and its timeline parsed where it has one. Counts are printed for the record.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { defaultConfig } from '../../server/src/config/schema';
import { MISSING_SHARED, SHARED } from '../support/shared';

const CORPUS = join(SHARED, 'corpus');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return markdownFiles(path);
    return /\.(md|markdown)(\.erb)?$/.test(d.name) && d.name !== 'SOURCES.md' ? [path] : [];
  });
}

describe('the corpus of real postmortems', { skip: existsSync(CORPUS) ? false : MISSING_SHARED }, () => {
  const files = existsSync(CORPUS) ? markdownFiles(CORPUS) : [];
  const config = defaultConfig();

  it('reads every file without an exception, classifies it and parses its timeline', (t) => {
    const counts = { files: 0, postmortems: 0, timelines: 0, entries: 0, timed: 0, figures: 0, findings: 0 };
    /** Figures computed, by where their moments come from (markers, inferred, wording: suggested). */
    const bySource: Record<string, number> = {};
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const name = relative(CORPUS, file);
      const a = analyze(text, config, { path: `/corpus/${name}` });
      counts.files++;
      if (a.postmortem.classification) counts.postmortems++;
      if (a.postmortem.timeline) {
        counts.timelines++;
        counts.entries += a.postmortem.timeline.entries.length;
        counts.timed += a.postmortem.timeline.entries.filter((e) => e.epochMs !== null).length;
      }
      for (const f of a.figures.filter((x) => x.minutes !== null)) {
        counts.figures++;
        bySource[f.source ?? 'none'] = (bySource[f.source ?? 'none'] ?? 0) + 1;
      }
      counts.findings += a.findings.length;
      assert.deepEqual(a.failures, [], `${name}: a rule threw`);
      for (const f of a.findings) {
        assert.ok(
          f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end,
          `${name}: ${f.code} span in range`,
        );
      }
      if (/template/i.test(basename(name)))
        assert.equal(a.postmortem.classification, null, `${name}: a template is not linted`);
    }
    t.diagnostic(`corpus: ${JSON.stringify(counts)}`);
    t.diagnostic(`figures by source: ${JSON.stringify(bySource)}`);
    console.log(
      `corpus: ${counts.files} files, ${counts.postmortems} postmortems, ${counts.timelines} timelines, ${counts.entries} entries (${counts.timed} timed), ${counts.figures} figures computed (${Object.entries(
        bySource,
      )
        .map(([source, n]) => `${n} ${source}`)
        .join(', ')}), ${counts.findings} findings`,
    );
    assert.ok(counts.files >= 30, 'the corpus was found and read');
    assert.ok(counts.entries > 100, 'timelines were parsed');
  });
});
