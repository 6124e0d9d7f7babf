// The built server over stdio, spoken to in real LSP: lifecycle, diagnostics, incremental sync,
// configuration changes, and survival of hostile input. Config files' own problems are config.test.ts.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver/node';
import { postmortem, rcWithRules } from '../support/core';
import { tempTree } from '../support/fixtures';
import type { TestClient } from '../support/lspClient';
import { startServer } from '../support/lspClient';

const summary = (ds: Diagnostic[]) =>
  ds.map(
    (d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
  );
const noLeader = postmortem({ head: '# 2024-03-05 Checkout errors\n' });
/** The diagnostics of one rule: each test asserts those of the rule it is about. */
const only = (code: string, ds: Diagnostic[]) => ds.filter((d) => d.code === code);

for (const pullConfiguration of [true, false]) {
  describe(`the language server (${pullConfiguration ? 'pulling' : 'pushed'} configuration)`, () => {
    let client: TestClient;
    const dir = tempTree({ 'docs/readme.md': '' });
    const uri = (name: string) => pathToFileURL(join(dir, name)).href;
    before(async () => {
      client = await startServer({ pullConfiguration, rootPath: dir });
    });
    after(async () => {
      if (client.process.exitCode === null) client.process.kill();
    });

    it('publishes diagnostics for a postmortem on open, with code, docs link and exact range', async () => {
      const waiting = client.nextDiagnostics(uri('a.md'));
      client.open(uri('a.md'), noLeader);
      const ds = await waiting;
      const [leader] = only('PM006', ds);
      assert.deepEqual(summary([leader]), ['PM006 0:0-0:28']);
      assert.deepEqual(
        [leader.severity, leader.source, leader.message, leader.codeDescription?.href],
        [
          2,
          'postmortem',
          'Name the incident leader: add "**Incident Leader: Name**" under the title (or "leader:" in front matter).',
          'https://github.com/postmortem-markdown/postmortem-markdown/blob/main/docs/rules/incident-leader.md',
        ],
      );
      assert.deepEqual(leader.data, { index: ds.indexOf(leader) }, 'the index of its finding, for its quick fixes');
    });

    it('follows incremental changes: a fix clears the finding, a new mistake adds one', async () => {
      let waiting = client.nextDiagnostics(uri('a.md'));
      client.change(uri('a.md'), 2, [
        {
          range: { start: { line: 0, character: 28 }, end: { line: 0, character: 28 } },
          text: '\n\n**Incident Leader: Dana**',
        },
      ]);
      assert.deepEqual(only('PM006', await waiting), []);
      waiting = client.nextDiagnostics(uri('a.md'));
      // Line 34 holds `MTTR: 28m` now that two lines were added above.
      client.change(uri('a.md'), 3, [
        { range: { start: { line: 34, character: 6 }, end: { line: 34, character: 9 } }, text: '2h' },
      ]);
      const ds = only('PM203', await waiting);
      assert.deepEqual(summary(ds), ['PM203 34:6-34:8']);
      assert.equal(
        ds[0].message,
        'MTTR says 2h but the timeline says 28m (from 10:12 (detected) to 10:40 (resolved)).',
      );
    });

    it('re-validates open documents when the configuration changes', async () => {
      const waiting = client.nextDiagnostics(uri('a.md'));
      client.settings = { rules: { 'figure-mismatch': 'off' } };
      client.pushSettings(client.settings);
      assert.deepEqual(only('PM203', await waiting), []);
      const back = client.nextDiagnostics(uri('a.md'));
      client.settings = {};
      client.pushSettings({});
      assert.deepEqual(summary(only('PM203', await back)), ['PM203 34:6-34:8']);
    });

    it('gives a README no diagnostics', async () => {
      const waiting = client.nextDiagnostics(uri('README.md'));
      client.open(uri('README.md'), '# Project\n\nTODO: docs\n\n## Install\n\nnpm i\n');
      assert.deepEqual(await waiting, []);
    });

    it('clears diagnostics on close', async () => {
      const waiting = client.nextDiagnostics(uri('a.md'));
      client.close(uri('a.md'));
      assert.deepEqual(await waiting, []);
    });

    it('survives garbage, binary-ish and huge text and keeps answering', async () => {
      // With NULs the text is declined: one finding at its start.
      const binary =
        '\u0000\uFFFF\uD800 ## Timeline\n| 25:61 | [start] |\n\n## Impact\nMTTR: \u0000'.repeat(200) +
        '`'.repeat(5000) +
        '['.repeat(5000);
      let waiting = client.nextDiagnostics(uri('incidents/binary.md'));
      client.open(uri('incidents/binary.md'), binary);
      const declined = await waiting;
      assert.deepEqual(summary(declined), ['PM000 0:0-0:0']);
      assert.match(declined[0].message, /^Not analysed: this file looks binary/);
      // Without them it is analysed, lone surrogates and unclosed markup included: every range in it.
      const garbage =
        '\uFFFF\uD800 ## Timeline\n| 25:61 | [start] |\n\n## Impact\nMTTR: \u0001'.repeat(200) +
        '`'.repeat(5000) +
        '['.repeat(5000);
      waiting = client.nextDiagnostics(uri('incidents/garbage.md'));
      client.open(uri('incidents/garbage.md'), garbage);
      const analysed = await waiting;
      assert.deepEqual(only('PM000', analysed), [], 'analysed, not declined');
      const lines = garbage.split('\n');
      for (const d of analysed) {
        for (const p of [d.range.start, d.range.end])
          assert.ok(p.line < lines.length && p.character <= lines[p.line].length, `${d.code} lies in the text`);
      }
      waiting = client.nextDiagnostics(uri('b.md'));
      client.open(uri('b.md'), noLeader);
      assert.deepEqual(summary(only('PM006', await waiting)), ['PM006 0:0-0:28']);
    });

    it('reports problems of a .postmortemrc.json at the bad key and applies the rest', async () => {
      writeFileSync(
        join(dir, '.postmortemrc.json'),
        '{\n  "rules": { "incident-leader": "off", "PM005": "loud" }\n}\n',
      );
      const config = client.nextDiagnostics(uri('.postmortemrc.json'));
      const doc = client.nextDiagnostics(uri('b.md'));
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: uri('.postmortemrc.json'), type: 2 }],
      });
      const [problems, ds] = await Promise.all([config, doc]);
      assert.deepEqual(
        problems.map((p) => [p.range.start.line, p.range.start.character, p.severity]),
        [[1, 48, 1]],
      );
      assert.match(problems[0].message, /"rules\.PM005": "loud" is not one of/);
      assert.deepEqual(only('PM006', ds), [], 'the valid part of rules still applies');
    });

    it('shuts down and exits with code 0', async () => {
      assert.equal(await client.shutdown(), 0);
    });
  });
}

describe('versions going backwards', () => {
  const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
  const wrongMttr = postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 2h\n' });
  let client: TestClient;
  const dir = tempTree({ '.postmortemrc.json': rcWithRules() });
  const uri = (name: string) => pathToFileURL(join(dir, 'incidents', name)).href;
  before(async () => {
    client = await startServer({ pullConfiguration: false, rootPath: dir });
  });
  after(async () => {
    if (client.process.exitCode === null) client.process.kill();
  });

  it('a change to a lower version is read as a fresh document: its own findings, at once', async () => {
    let waiting = client.nextDiagnostics(uri('lower.md'), 10_000, 1);
    client.open(uri('lower.md'), noLeader, 1);
    assert.deepEqual(summary(await waiting), ['PM006 0:0-0:28']);
    waiting = client.nextDiagnostics(uri('lower.md'), 10_000, 5);
    client.change(uri('lower.md'), 5, [{ range: whole, text: postmortem() }]);
    assert.deepEqual(await waiting, []);
    // Version 2 after version 5: not silence until version 6.
    waiting = client.nextDiagnostics(uri('lower.md'), 10_000, 2);
    client.change(uri('lower.md'), 2, [{ range: whole, text: wrongMttr }]);
    assert.deepEqual(
      (await waiting).map((d) => d.code),
      ['PM203'],
    );
    waiting = client.nextDiagnostics(uri('lower.md'), 10_000, 3);
    client.change(uri('lower.md'), 3, [{ range: whole, text: noLeader }]);
    assert.deepEqual(summary(await waiting), ['PM006 0:0-0:28']);
  });

  it('a document opened again without a close is read as a fresh document, whatever its version', async () => {
    let waiting = client.nextDiagnostics(uri('again.md'), 10_000, 3);
    client.open(uri('again.md'), noLeader, 3);
    assert.deepEqual(summary(await waiting), ['PM006 0:0-0:28']);
    // Version 3 again, another text: not the findings the server has for version 3.
    waiting = client.nextDiagnostics(uri('again.md'), 10_000, 3);
    client.open(uri('again.md'), wrongMttr, 3);
    assert.deepEqual(
      (await waiting).map((d) => d.code),
      ['PM203'],
    );
    waiting = client.nextDiagnostics(uri('again.md'), 10_000, 1);
    client.open(uri('again.md'), postmortem(), 1);
    assert.deepEqual(await waiting, []);
    waiting = client.nextDiagnostics(uri('again.md'), 10_000, 2);
    client.change(uri('again.md'), 2, [{ range: whole, text: noLeader }]);
    assert.deepEqual(summary(await waiting), ['PM006 0:0-0:28']);
  });

  it('shuts down and exits with code 0', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
