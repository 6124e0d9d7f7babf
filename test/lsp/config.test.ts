// Configuration through the built server, as an editor meets it: the findings in a broken
// .postmortemrc.json, postmortems still analysed with the valid rest and the defaults, one log
// line per broken file or bad setting however many validations there are, and the file's
// problems as it is edited, saved, closed and deleted.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { DidChangeWatchedFilesNotification, HoverRequest } from 'vscode-languageserver/node';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import type { TestClient } from '../support/lspClient';
import { startServer } from '../support/lspClient';

const summary = (ds: Diagnostic[]) =>
  ds.map(
    (d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
  );
const at = (ds: Diagnostic[]) =>
  ds.map(
    (d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`,
  );
/** No incident leader and no declared zone: PM006 unless the config turns it off, PM101 naming the zone assumed. */
const DOC = postmortem({
  head: '# 2024-03-05 Checkout errors\n',
  timeline:
    '## Timeline\n\n09:58 config push [start]\n\n10:12 alert fires [detected]\n\n10:40 error rate normal [resolved]\n',
});
const WARNING = 2;

/** Opens two postmortems under the config, edits one, touches the config: many validations. */
async function validateRepeatedly(client: TestClient, dir: string): Promise<Record<'a' | 'b', Diagnostic[]>> {
  const [a, b] = ['pm/a.md', 'pm/b.md'].map((name) => pathToFileURL(join(dir, name)).href);
  let waiting = [client.nextDiagnostics(a), client.nextDiagnostics(b)];
  client.open(a, DOC);
  client.open(b, DOC);
  await Promise.all(waiting);
  waiting = [client.nextDiagnostics(a, 10_000, 2)];
  client.change(a, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
  await Promise.all(waiting);
  waiting = [client.nextDiagnostics(a), client.nextDiagnostics(b)];
  const rc = pathToFileURL(join(dir, '.postmortemrc.json')).href;
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: rc, type: 2 }] });
  const [da, db] = await Promise.all(waiting);
  // A request answered after the last validation: any log line it caused has arrived by then.
  await client.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: a },
    position: { line: 0, character: 0 },
  });
  return { a: da, b: db };
}

/** Whether incident-leader reported: the setting under test turns it off, unless the file could not be read. */
const leaderReported = (ds: Diagnostic[]) => ds.some((d) => d.code === 'PM006');
const pm101 = (ds: Diagnostic[]) => ds.find((d) => d.code === 'PM101')?.message ?? '';
const warnings = (client: TestClient) => client.logs.filter((l) => l.type <= WARNING).map((l) => l.message);

const CASES: { name: string; rc: string; problems: string[]; leader: boolean }[] = [
  {
    name: 'wrong types',
    rc: '{\n  "rules": { "incident-leader": "off", "PM005": "loud" },\n  "defaultTimezone": 3\n}\n',
    problems: [
      '1:48-1:54 "rules.PM005": "loud" is not one of "error", "warning", "information", "hint", "on", "off".',
      '2:21-2:22 "defaultTimezone": expected a string, got the number 3.',
    ],
    leader: false,
  },
  {
    name: 'unknown keys',
    rc: '{\n  "rules": { "incident-leader": "off", "titel-date": "off" },\n  "defaultTimeZone": "Europe/Paris"\n}\n',
    problems: [
      '1:39-1:51 Unknown rule "titel-date" in "rules": did you mean "title-date"?',
      '2:2-2:19 Unknown setting "defaultTimeZone": did you mean "defaultTimezone"?',
    ],
    leader: false,
  },
  {
    name: 'invalid JSON (a truncated file)',
    rc: '{\n  "rules": { "incident-leader": "off" },\n  "defaultTimezone": "Europe/Pa',
    problems: [
      '2:21-2:31 Invalid JSON: this string is not closed.',
      '2:31-2:31 Invalid JSON: a closing } is expected.',
    ],
    leader: false,
  },
  {
    name: 'invalid JSON (an empty file)',
    rc: '',
    problems: ['0:0-0:0 The file is empty: write a JSON object, like { "rules": {} }.'],
    leader: true,
  },
  {
    name: 'a time zone that does not exist',
    rc: '{\n  "rules": { "incident-leader": "off" },\n  "defaultTimezone": "Mars/Olympus"\n}\n',
    problems: [
      '2:21-2:35 "defaultTimezone": "Mars/Olympus" is not a time zone: use an IANA name like "Europe/London" or an offset like "UTC+2".',
    ],
    leader: false,
  },
];

describe('a broken .postmortemrc.json', () => {
  for (const c of CASES) {
    it(`${c.name}: located findings in the file, the valid rest and the defaults apply, one log line`, async () => {
      const dir = tempTree({ '.postmortemrc.json': c.rc });
      const client = await startServer({ pullConfiguration: true, rootPath: dir });
      try {
        const rcFile = join(dir, '.postmortemrc.json');
        const problems = client.nextDiagnostics(pathToFileURL(rcFile).href);
        const docs = await validateRepeatedly(client, dir);
        const ds = await problems;
        assert.deepEqual(at(ds), c.problems);
        assert.ok(ds.every((d) => d.severity === 1 && d.source === 'postmortem'));
        for (const doc of [docs.a, docs.b]) {
          assert.equal(leaderReported(doc), c.leader, 'incident-leader as the file leaves it');
          assert.match(pm101(doc), /: UTC is assumed\.$/, 'the default zone, whatever the file said');
        }
        const lines = warnings(client);
        assert.equal(lines.length, 1, lines.join('\n'));
        assert.ok(lines[0].startsWith(`${rcFile}: ${c.problems.length} problem`), lines[0]);
        assert.equal(await client.shutdown(), 0);
      } finally {
        if (client.process.exitCode === null) client.process.kill();
      }
    });
  }

  it('logs once, not again when the file is opened and closed unchanged', async () => {
    const dir = tempTree({ '.postmortemrc.json': '{ "bogus": 1 }' });
    const client = await startServer({ pullConfiguration: true, rootPath: dir });
    try {
      const rc = pathToFileURL(join(dir, '.postmortemrc.json')).href;
      await validateRepeatedly(client, dir);
      // Opened as saved: the problems are the same, so nothing is re-sent until the close.
      client.open(rc, '{ "bogus": 1 }');
      const cleared = client.nextDiagnostics(rc);
      const saved = client.nextDiagnostics(rc);
      client.close(rc);
      await Promise.all([cleared, saved]);
      await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: rc },
        position: { line: 0, character: 0 },
      });
      assert.equal(warnings(client).length, 1, warnings(client).join('\n'));
    } finally {
      if (client.process.exitCode === null) client.process.kill();
    }
  });
});

for (const pullConfiguration of [true, false]) {
  describe(`bad editor settings (${pullConfiguration ? 'pulled' : 'pushed'}), which have no file for a finding`, () => {
    it('are said once in the log, and the defaults apply while the valid settings still do', async () => {
      const dir = tempTree({ 'pm/.keep': '' });
      const client = await startServer({ pullConfiguration, rootPath: dir });
      try {
        client.settings = { defaultTimezone: 'Mars/Olympus', rules: { 'incident-leader': 'off' } };
        client.pushSettings(client.settings);
        const docs = await validateRepeatedly(client, dir);
        for (const doc of [docs.a, docs.b]) {
          assert.equal(leaderReported(doc), false, 'the valid setting applies');
          assert.match(pm101(doc), /: UTC is assumed\.$/);
        }
        assert.deepEqual(warnings(client), [
          'Settings: "postmortem.defaultTimezone": "Mars/Olympus" is not a time zone: use an IANA name like "Europe/London" or an offset like "UTC+2". The defaults apply instead.',
        ]);
        assert.equal(await client.shutdown(), 0);
      } finally {
        if (client.process.exitCode === null) client.process.kill();
      }
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
      client.open(pathToFileURL(join(dir, 'a.md')).href, DOC);
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
