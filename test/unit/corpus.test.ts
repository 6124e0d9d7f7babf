// Real postmortems vary (FORMAT.md section 8): every corpus file is read without an exception,
// classified, and its timeline parsed where it has one. Each organisation's files are read as
// that team keeps them: in a postmortems folder beside its index pages, with the preset of its
// template where there is one. The counts are printed per organisation for the record.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { mergeConfig } from '../../server/src/config/load';
import type { Config } from '../../server/src/config/schema';
import { defaultConfig } from '../../server/src/config/schema';
import type { PresetName } from '../../server/src/postmortem/vocabulary';
import { MISSING_SHARED, SHARED } from '../support/shared';

const CORPUS = join(SHARED, 'corpus');

/** The organisations whose template is a preset; the others write to no public template. */
const PRESET_OF: Readonly<Record<string, PresetName>> = {
  dfds: 'dfds',
  flutter: 'flutter',
  'moj-cloud-platform': 'moj-cloud-platform',
};

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return markdownFiles(path);
    return /\.(md|markdown)(\.erb)?$/.test(d.name) && d.name !== 'SOURCES.md' ? [path] : [];
  });
}

interface Counts {
  files: number;
  postmortems: number;
  timelines: number;
  entries: number;
  dated: number;
  figures: Record<string, number>;
  warnings: number;
  findings: number;
}

const empty = (): Counts => ({
  files: 0,
  postmortems: 0,
  timelines: 0,
  entries: 0,
  dated: 0,
  figures: {},
  warnings: 0,
  findings: 0,
});

function row(name: string, c: Counts): string {
  const figures = Object.entries(c.figures)
    .map(([source, n]) => `${n} ${source}`)
    .join(', ');
  return [
    name.padEnd(20),
    `${c.files} files`,
    `${c.postmortems} postmortems`,
    `${c.timelines} timelines`,
    `${c.dated}/${c.entries} entries dated`,
    `figures: ${figures || 'none'}`,
    `${c.warnings} warnings`,
    `${c.findings} findings`,
  ].join(' | ');
}

describe('the corpus of real postmortems', { skip: existsSync(CORPUS) ? false : MISSING_SHARED }, () => {
  const files = existsSync(CORPUS) ? markdownFiles(CORPUS) : [];
  const configs = new Map<string, Config>();
  const configFor = (org: string): Config => {
    let config = configs.get(org);
    if (!config) {
      const preset = PRESET_OF[org];
      config = preset ? mergeConfig({}, { preset }) : defaultConfig();
      configs.set(org, config);
    }
    return config;
  };

  it('reads every file without an exception, classifies it and parses its timeline', (t) => {
    const byOrg = new Map<string, Counts>();
    const total = empty();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const name = relative(CORPUS, file);
      const org = name.split(/[\\/]/)[0];
      // As the team keeps it: `docs/postmortems/<file>`, the folder's README and index beside them;
      // the templates in a folder of their own.
      const folder = org === 'templates' ? 'templates' : 'postmortems';
      const a = analyze(text, configFor(org), { path: `/repo/docs/${folder}/${basename(name)}` });
      const counts = byOrg.get(org) ?? empty();
      byOrg.set(org, counts);
      for (const c of [counts, total]) {
        c.files++;
        if (a.postmortem.classification) c.postmortems++;
        const timeline = a.postmortem.timeline;
        if (timeline && timeline.entries.length) {
          c.timelines++;
          c.entries += timeline.entries.length;
          c.dated += timeline.entries.filter((e) => e.epochMs !== null).length;
        }
        for (const f of a.figures) {
          if (f.minutes === null) continue;
          const source = f.source ?? 'computed';
          c.figures[source] = (c.figures[source] ?? 0) + 1;
        }
        c.warnings += a.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length;
        c.findings += a.findings.length;
      }
      assert.deepEqual(a.failures, [], `${name}: a rule threw`);
      for (const f of a.findings) {
        assert.ok(
          f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end,
          `${name}: ${f.code} span in range`,
        );
      }
      if (/template/i.test(basename(name)))
        assert.equal(a.postmortem.classification, null, `${name}: a template is not linted`);
      if (/^(readme|index)\./i.test(basename(name)))
        assert.equal(a.postmortem.classification, null, `${name}: a folder's index page is not a postmortem`);
    }
    const lines = [...byOrg].sort(([a], [b]) => a.localeCompare(b)).map(([org, c]) => row(org, c));
    lines.push(row('all', total));
    t.diagnostic(`corpus:\n${lines.join('\n')}`);
    console.log(`corpus, per organisation:\n${lines.join('\n')}`);
    assert.ok(total.files >= 30, 'the corpus was found and read');
    assert.ok(total.entries > 100, 'timelines were parsed');
  });
});
