// The human format: clickable file:line:col, 1-based; the figures per postmortem; colour only when asked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatText } from '../../server/src/cli/formatters/text';
import type { FileReport, ReportFigure } from '../../server/src/cli/report';
import { KEY_MOMENTS } from '../../server/src/postmortem/vocabulary';

const none: ReportFigure = { minutes: null, stated: null, from: null, to: null, source: null };
const report: FileReport = {
  file: 'incidents/a.md',
  isPostmortem: true,
  findings: [
    {
      code: 'PM203',
      name: 'figure-mismatch',
      severity: 'error',
      message: 'MTTR says 2h.',
      range: { start: { line: 30, character: 6 }, end: { line: 30, character: 8 } },
      fixable: true,
    },
  ],
  figures: {
    MTTD: { minutes: 172, stated: 172, from: null, to: null, source: 'inferred' },
    MTTA: none,
    MTTM: { ...none, stated: 10 },
    MTTR: { minutes: 45, stated: 120, from: null, to: null, source: 'markers' },
    MTTDecl: none,
    Duration: none,
  },
  moments: Object.fromEntries(KEY_MOMENTS.map((m) => [m, null])) as FileReport['moments'],
  timeline: null,
  actions: [],
};
const readme: FileReport = {
  file: 'README.md',
  isPostmortem: false,
  findings: [],
  figures: report.figures,
  moments: report.moments,
  timeline: null,
  actions: [],
};

describe('text format', () => {
  it('prints findings, figures and a summary', () => {
    assert.equal(
      formatText([report, readme], { color: false }),
      [
        'incidents/a.md:31:7  error  MTTR says 2h.  figure-mismatch(PM203)',
        'incidents/a.md: MTTD 2h52m (inferred) · MTTM 10m (stated, not in the timeline) · MTTR 45m (markers, stated 2h)',
        '',
        '1 postmortem checked (1 other markdown file skipped): 1 error, 0 warnings, 0 notes',
        '',
      ].join('\n'),
    );
  });

  it('counts warnings and notes (information and hints) in the summary, singular for one', () => {
    const finding = (severity: FileReport['findings'][number]['severity'], line: number) => ({
      ...report.findings[0],
      severity,
      range: { start: { line, character: 0 }, end: { line, character: 1 } },
    });
    const mixed: FileReport = {
      ...report,
      findings: [finding('warning', 1), finding('information', 2), finding('hint', 3), finding('warning', 4)],
    };
    assert.equal(
      formatText([mixed], { color: false }).split('\n').at(-2),
      '1 postmortem checked: 0 errors, 2 warnings, 2 notes',
    );
    const one: FileReport = { ...report, findings: [finding('warning', 1)] };
    assert.equal(
      formatText([one, one], { color: false }).split('\n').at(-2),
      '2 postmortems checked: 0 errors, 2 warnings, 0 notes',
    );
    assert.equal(
      formatText([one], { color: false }).split('\n').at(-2),
      '1 postmortem checked: 0 errors, 1 warning, 0 notes',
    );
  });

  it('colours only when told to', () => {
    assert.ok(!formatText([report], { color: false }).includes('\u001b['));
    assert.ok(formatText([report], { color: true }).includes('\u001b[31merror\u001b[0m'));
  });
});
