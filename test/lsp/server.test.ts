// The built server over stdio, spoken to in real LSP: lifecycle, diagnostics, incremental sync,
// configuration, config files, and survival of hostile input.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver/node';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import type { TestClient } from '../support/lspClient';
import { startServer } from '../support/lspClient';

const summary = (ds: Diagnostic[]) =>
  ds.map(
    (d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
  );
const noLeader = postmortem({ head: '# 2024-03-05 Checkout errors\n' });

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
      assert.deepEqual(summary(ds), ['PM006 0:0-0:28']);
      assert.equal(ds[0].severity, 2);
      assert.equal(ds[0].source, 'postmortem');
      assert.deepEqual(ds[0].data, { index: 0 });
      assert.match(ds[0].codeDescription?.href ?? '', /docs\/rules\/incident-leader\.md$/);
    });

    it('follows incremental changes: a fix clears the finding, a new mistake adds one', async () => {
      let waiting = client.nextDiagnostics(uri('a.md'));
      client.change(uri('a.md'), 2, [
        {
          range: { start: { line: 0, character: 28 }, end: { line: 0, character: 28 } },
          text: '\n\n**Incident Leader: Dana**',
        },
      ]);
      assert.deepEqual(await waiting, []);
      waiting = client.nextDiagnostics(uri('a.md'));
      // Line 34 holds `MTTR: 28m` now that two lines were added above.
      client.change(uri('a.md'), 3, [
        { range: { start: { line: 34, character: 6 }, end: { line: 34, character: 9 } }, text: '2h' },
      ]);
      const ds = await waiting;
      assert.deepEqual(summary(ds), ['PM203 34:6-34:8']);
      assert.match(ds[0].message, /MTTR says 2h but the timeline says 28m/);
    });

    it('re-validates open documents when the configuration changes', async () => {
      const waiting = client.nextDiagnostics(uri('a.md'));
      client.settings = { rules: { 'figure-mismatch': 'off' } };
      client.pushSettings(client.settings);
      assert.deepEqual(await waiting, []);
      const back = client.nextDiagnostics(uri('a.md'));
      client.settings = {};
      client.pushSettings({});
      assert.deepEqual(summary(await back), ['PM203 34:6-34:8']);
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
      const garbage =
        '\u0000\uFFFF\uD800 ## Timeline\n| 25:61 | [start] |\n\n## Impact\nMTTR: \u0000'.repeat(200) +
        '`'.repeat(5000) +
        '['.repeat(5000);
      let waiting = client.nextDiagnostics(uri('incidents/garbage.md'));
      client.open(uri('incidents/garbage.md'), garbage);
      assert.ok(Array.isArray(await waiting));
      waiting = client.nextDiagnostics(uri('b.md'));
      client.open(uri('b.md'), noLeader);
      assert.deepEqual(summary(await waiting), ['PM006 0:0-0:28']);
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
      assert.deepEqual(ds, [], 'the valid part of rules still applies');
    });

    it('shuts down and exits with code 0', async () => {
      assert.equal(await client.shutdown(), 0);
    });
  });
}

describe('config file removal', () => {
  it('clears the problems of a deleted .postmortemrc.json', async () => {
    const dir = tempTree({ '.postmortemrc.json': '{ "bogus": 1 }' });
    const client = await startServer({ pullConfiguration: true, rootPath: dir });
    try {
      const rc = pathToFileURL(join(dir, '.postmortemrc.json')).href;
      const problems = client.nextDiagnostics(rc);
      client.open(pathToFileURL(join(dir, 'a.md')).href, noLeader);
      assert.equal((await problems).length, 1);
      rmSync(join(dir, '.postmortemrc.json'));
      const cleared = client.nextDiagnostics(rc);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: rc, type: 3 }],
      });
      assert.deepEqual(await cleared, []);
      assert.equal(await client.shutdown(), 0);
    } finally {
      if (client.process.exitCode === null) client.process.kill();
    }
  });
});

describe('a .postmortemrc.json opened in the editor', () => {
  it('is checked as typed while open, and as saved once closed; no document need be open', async () => {
    const dir = tempTree({ '.postmortemrc.json': '{ "bogus": 1 }' });
    const client = await startServer({ pullConfiguration: false, rootPath: dir });
    try {
      const rc = pathToFileURL(join(dir, '.postmortemrc.json')).href;
      const onDisk = client.nextDiagnostics(rc);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: rc, type: 1 }],
      });
      assert.deepEqual(summary(await onDisk), ['undefined 0:2-0:9']);
      const typed = client.nextDiagnostics(rc);
      client.open(rc, '{\n  "rules": { "PM001": "loud" }\n}\n');
      const ds = await typed;
      assert.deepEqual(summary(ds), ['undefined 1:22-1:28']);
      assert.equal(ds[0].severity, 1);
      const cleared = client.nextDiagnostics(rc);
      const saved = client.nextDiagnostics(rc);
      client.close(rc);
      assert.deepEqual(await cleared, []);
      assert.deepEqual(summary(await saved), ['undefined 0:2-0:9']);
      assert.equal(await client.shutdown(), 0);
    } finally {
      if (client.process.exitCode === null) client.process.kill();
    }
  });
});

describe('versions going backwards', () => {
  const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
  const wrongMttr = postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 2h\n' });
  let client: TestClient;
  const dir = tempTree({});
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
