// `--format github`: one workflow command per finding, read back the way the Actions runner reads
// it (properties split on `,` and the first `=`, then unescaped), so annotations land where they say.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/formatters/github';
import type { FileReport, ReportFigure } from '../../server/src/cli/report';
import { KEY_MOMENTS } from '../../server/src/postmortem/vocabulary';
import { postmortem, rcWithRules } from '../support/core';
import { tempTree } from '../support/fixtures';
import { run } from './cliProcess';

interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** The runner's unescaping: `%25` last, so an escaped `%0A` stays the text "%0A". */
function unescape(text: string, property: boolean): string {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

/** `::command k=v,k=v::message`, as the runner parses one line of a step's output. */
function parseCommand(line: string): WorkflowCommand | undefined {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), true);
  }
  return { command: m[1], properties, message: unescape(m[3], false) };
}

const none: ReportFigure = { minutes: null, stated: null, from: null, to: null, source: null };
const figures = { MTTD: none, MTTA: none, MTTM: none, MTTR: none, MTTDecl: none, Duration: none };
const moments = Object.fromEntries(KEY_MOMENTS.map((m) => [m, null])) as FileReport['moments'];

function finding(severity: FileReport['findings'][number]['severity'], message: string, line = 0, character = 0) {
  return {
    code: 'PM203',
    name: 'figure-mismatch',
    severity,
    message,
    range: { start: { line, character }, end: { line, character: character + 2 } },
    fixable: false,
  };
}

describe('--format github', () => {
  it('prints the documented command for a finding: severity, 1-based position, title with name and code', () => {
    const report: FileReport = {
      file: 'docs/x.md',
      isPostmortem: true,
      findings: [finding('warning', 'MTTD says 10m but the timeline says 18m.', 11, 0)],
      figures,
      moments,
      timeline: null,
      actions: [],
    };
    assert.equal(
      formatGithub([report]),
      '::warning file=docs/x.md,line=12,col=1,title=figure-mismatch (PM203)::MTTD says 10m but the timeline says 18m.\n' +
        '1 postmortem checked: 0 errors, 1 warning, 0 notes\n',
    );
  });

  it('errors are ::error, information and hints ::notice', () => {
    const report: FileReport = {
      file: 'a.md',
      isPostmortem: true,
      findings: [finding('error', 'e'), finding('warning', 'w'), finding('information', 'i'), finding('hint', 'h')],
      figures,
      moments,
      timeline: null,
      actions: [],
    };
    const commands = formatGithub([report])
      .split('\n')
      .flatMap((l) => parseCommand(l) ?? []);
    assert.deepEqual(
      commands.map((c) => [c.command, c.message]),
      [
        ['error', 'e'],
        ['warning', 'w'],
        ['notice', 'i'],
        ['notice', 'h'],
      ],
    );
  });

  it('escapes %, CR and LF in messages and also : and , in properties, so every value reads back whole', () => {
    const nasty = 'MTTR: 100%, then 50%0A of it\r\nsecond line, third: "%25"';
    const file = 'docs/12:30 outage, eu%.md';
    const line = formatGithub([
      {
        file,
        isPostmortem: true,
        findings: [finding('error', nasty, 4, 2)],
        figures,
        moments,
        timeline: null,
        actions: [],
      },
    ]).split('\n')[0];
    assert.ok(!/[\r\n]/.test(line), 'one line per finding');
    const parsed = parseCommand(line);
    assert.ok(parsed, line);
    assert.deepEqual(parsed, {
      command: 'error',
      properties: { file, line: '5', col: '3', title: 'figure-mismatch (PM203)' },
      message: nasty,
    });
    assert.equal(escapeData('a%b\r\nc'), 'a%25b%0D%0Ac');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
    assert.equal(escapeData('a:b,c'), 'a:b,c', 'a message keeps its colons and commas');
  });

  it('the built CLI annotates each finding of each postmortem, with file names as given, and nothing for other files', () => {
    const text = postmortem({
      impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 2h\n\n<who was affected: 100%, all regions>\n',
    });
    const dir = tempTree({
      '.postmortemrc.json': rcWithRules(),
      'incidents/12:30 outage, eu.md': text,
      'README.md': '# Project\n\nTODO: docs\n',
    });
    const r = run(['--format', 'github', './incidents', 'README.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    const commands = lines.flatMap((l) => parseCommand(l) ?? []);
    assert.deepEqual(
      commands.map((c) => [c.command, c.properties.file, c.properties.line, c.properties.title]),
      [
        ['warning', 'incidents/12:30 outage, eu.md', '35', 'figure-mismatch (PM203)'],
        ['warning', 'incidents/12:30 outage, eu.md', '37', 'placeholder (PM007)'],
      ],
    );
    assert.match(commands[1].message, /<who was affected: 100%, all regions>/);
    assert.equal(lines.at(-1), '1 postmortem checked (1 other markdown file skipped): 0 errors, 2 warnings, 0 notes');
  });
});
