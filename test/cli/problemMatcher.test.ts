// The `$postmortem-lint` problem matcher (package.json contributes.problemMatchers) applied to
// the built CLI's real text output the way VS Code applies it to a task's terminal: line by line,
// on the rendered text (the terminal has already turned colours into styling), resolving files
// against the workspace folder and severities with VS Code's own mapping.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, it } from 'node:test';
import { formatText } from '../../server/src/cli/formatters/text';
import type { FileReport } from '../../server/src/cli/report';
import manifest from '../../package.json';
import { postmortem, rcWithRules } from '../support/core';
import { tempTree } from '../support/fixtures';
import { run } from './cliProcess';

interface Matcher {
  name: string;
  owner: string;
  fileLocation: [string, string];
  severity: string;
  pattern: {
    regexp: string;
    file: number;
    line: number;
    column: number;
    severity: number;
    message: number;
    code: number;
  };
}

const matcher = (manifest.contributes as unknown as { problemMatchers: Matcher[] }).problemMatchers.find(
  (m) => m.name === 'postmortem-lint',
);

type VsSeverity = 'Error' | 'Warning' | 'Info';

const NAMED: Record<string, VsSeverity> = { error: 'Error', warning: 'Warning', warn: 'Warning', info: 'Info' };
const LETTER: Record<string, VsSeverity> = { E: 'Error', W: 'Warning', I: 'Info' };

/** VS Code's Severity.fromValue, then its matcher's fallbacks (E/W/I, hint, note), then the matcher's own severity. */
function vscodeSeverity(value: string, fallback: string): VsSeverity {
  return (
    NAMED[value.toLowerCase()] ??
    LETTER[value] ??
    (/^(hint|note)$/i.test(value) ? 'Info' : undefined) ??
    NAMED[fallback.toLowerCase()] ??
    'Error'
  );
}

interface Marker {
  file: string;
  line: number;
  column: number;
  severity: VsSeverity;
  message: string;
  code: string;
}

function markers(output: string, workspaceFolder: string): Marker[] {
  assert.ok(matcher, 'package.json contributes the postmortem-lint problem matcher');
  const regexp = new RegExp(matcher.pattern.regexp);
  const p = matcher.pattern;
  return output.split('\n').flatMap((line) => {
    const m = regexp.exec(line);
    if (!m) return [];
    // autoDetect: an absolute name as it is, otherwise relative to the folder given.
    const file = isAbsolute(m[p.file]) ? m[p.file] : join(workspaceFolder, m[p.file]);
    return [
      {
        file,
        line: Number(m[p.line]),
        column: Number(m[p.column]),
        severity: vscodeSeverity(m[p.severity], matcher.severity),
        message: m[p.message],
        code: m[p.code],
      },
    ];
  });
}

const SEVERITY: Record<string, VsSeverity> = { error: 'Error', warning: 'Warning', information: 'Info', hint: 'Info' };

describe('the $postmortem-lint problem matcher', () => {
  const dir = tempTree({
    '.postmortemrc.json': rcWithRules({ 'title-date': 'error', 'timeline-approximate-time': 'hint' }),
    'incidents/12:30 outage, eu.md': postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 2h\n' }),
    'incidents/two words.md': postmortem({ head: '# Search outage\n\n**Incident Leader: Dana**\n' }).replace(
      '10:12 error-rate',
      '~10:12 error-rate',
    ),
    'incidents/note: a:1:2.md': postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: soon\n' }),
    'incidents/clean.md': postmortem(),
    'README.md': '# Project\n\nTODO: docs\n',
  });
  const args = ['incidents', 'README.md'];
  const text = run(args, dir);
  const reports = JSON.parse(run(['--format', 'json', ...args], dir).stdout) as FileReport[];
  const expected: Marker[] = reports.flatMap((r) =>
    r.findings.map((f) => ({
      file: join(dir, r.file),
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      severity: SEVERITY[f.severity],
      message: f.message,
      code: f.code,
    })),
  );

  it('is contributed as $postmortem-lint, for the workspace folder', () => {
    assert.ok(matcher);
    assert.equal(matcher.owner, 'postmortem-lint');
    assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    assert.ok(readme.includes(`"problemMatcher": "$${matcher.name}"`), 'the README shows a task using it');
  });

  it('turns every finding of the colour-free text output into one marker, and nothing else into any', () => {
    assert.equal(text.code, 1, text.stderr);
    assert.ok(!text.stdout.includes('\u001b['), 'NO_COLOR output has no escape sequences');
    assert.equal(expected.length, 4);
    assert.deepEqual(markers(text.stdout, dir), expected);
    for (const m of expected) assert.ok(existsSync(m.file), m.file);
  });

  it('keeps file names with spaces, commas and colons whole, even ones that look like positions', () => {
    const files = new Set(markers(text.stdout, dir).map((m) => m.file.slice(dir.length + 1)));
    assert.deepEqual([...files].sort(), [
      'incidents/12:30 outage, eu.md',
      'incidents/note: a:1:2.md',
      'incidents/two words.md',
    ]);
  });

  it('maps all four severities as VS Code reads them: information and hint are Info', () => {
    assert.deepEqual([...new Set(markers(text.stdout, dir).map((m) => m.severity))].sort(), [
      'Error',
      'Info',
      'Warning',
    ]);
    assert.ok(matcher);
    const fallback = matcher.severity;
    assert.deepEqual(
      ['error', 'warning', 'information', 'hint'].map((s) => vscodeSeverity(s, fallback)),
      ['Error', 'Warning', 'Info', 'Info'],
    );
  });

  it('reads a coloured run the same: in a terminal the colours are styling, not text', () => {
    const coloured = formatText(reports, { color: true });
    assert.ok(coloured.includes('\u001b['));
    // eslint-disable-next-line no-control-regex -- the SGR sequences the text format writes
    const rendered = coloured.replace(/\u001b\[\d+m/g, '');
    assert.equal(rendered, text.stdout);
    assert.deepEqual(markers(rendered, dir), expected);
  });
});
