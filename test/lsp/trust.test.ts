// What a workspace's own files can make the server do (issue 10, items 10, 18, 23-26): New
// Postmortem never returns a file from outside the workspace, nor a file name leading out of it;
// it follows the editor's settings; Restricted Mode sets aside what reads files; a config file
// that would break the reader still leaves every document analysed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { HoverRequest } from 'vscode-languageserver/node';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import type { TestClient } from '../support/lspClient';
import { startServer } from '../support/lspClient';

interface Answer {
  fileName: string;
  text: string;
  folderUri: string;
}

const outside = tempTree({ 'fake-secret.env': 'TOKEN=hunter2\n', 'secret.md': '# SECRET TEMPLATE\n' });
const uriOf = (...parts: string[]) => pathToFileURL(join(...parts)).href;

function newPostmortem(client: TestClient, params: Record<string, unknown>): Promise<Answer> {
  return client.connection.sendRequest<Answer>('postmortem/newPostmortem', {
    title: 'DNS outage',
    date: '2024-03-05',
    ...params,
  });
}

describe('New Postmortem in a hostile workspace', () => {
  const ws = tempTree({
    '.postmortemrc.json': JSON.stringify({
      template: join(outside, 'secret.md'),
      newPostmortem: { folder: 'team/pm' },
    }),
    'escape/.postmortemrc.json': JSON.stringify({
      newPostmortem: { folder: '../..' },
      template: '../../fake-secret.env',
    }),
  });
  let client: TestClient;
  before(async () => {
    client = await startServer({ pullConfiguration: true, rootPath: ws });
    client.settings = { sections: [{ name: 'Summary' }, { name: 'Timeline' }, { name: 'Lessons' }] };
  });
  after(() => client.shutdown());

  it('never returns the text of a template outside the workspace (item 23)', async () => {
    const answer = await newPostmortem(client, { workspaceFolderUri: uriOf(ws) });
    assert.doesNotMatch(answer.text, /SECRET|hunter2/);
    const rc = uriOf(ws, '.postmortemrc.json');
    const diagnostics = client.nextDiagnostics(rc);
    client.open(uriOf(ws, 'a.md'), postmortem({}));
    assert.match((await diagnostics)[0]?.message ?? '', /^"template": ".*secret\.md" is outside the workspace folder/);
  });

  it('accepts only an ISO date, so the file name never leads anywhere (item 24)', async () => {
    for (const date of ['../../../../tmp/evil', '/etc/cron.d/x', '2024-03-05\u0000', '2024-03-05\n', '2024-02-30'])
      await assert.rejects(
        newPostmortem(client, { date, workspaceFolderUri: uriOf(ws) }),
        /The date must be an ISO date/,
      );
    const answer = await newPostmortem(client, { title: 'a\n# injected\u001b[2J', workspaceFolderUri: uriOf(ws) });
    assert.equal(answer.fileName, '2024-03-05-a-injected-2j.md');
    assert.match(answer.text, /^# 2024-03-05 a # injected \[2J\n/);
  });

  it('follows the editor’s postmortem.* settings (item 25)', async () => {
    const answer = await newPostmortem(client, { workspaceFolderUri: uriOf(ws) });
    assert.deepEqual(
      answer.text.split('\n').filter((l) => l.startsWith('## ')),
      ['## Summary', '## Timeline', '## Lessons'],
    );
  });

  it('takes the folder from .postmortemrc.json and refuses one leading outside (item 26)', async () => {
    const answer = await newPostmortem(client, { workspaceFolderUri: uriOf(ws) });
    assert.equal(answer.folderUri, uriOf(ws, 'team/pm'));
    await assert.rejects(newPostmortem(client, { folderUri: uriOf(outside) }), /is outside every workspace folder/);
    await assert.rejects(newPostmortem(client, { folderUri: uriOf(ws, '..') }), /is outside every workspace folder/);
  });
});

describe('a folder setting leading outside (item 26)', () => {
  it('is refused, naming the setting', async () => {
    const ws = tempTree({ '.postmortemrc.json': '{ "newPostmortem": { "folder": "../.." } }' });
    const client = await startServer({ pullConfiguration: true, rootPath: ws });
    try {
      await assert.rejects(
        newPostmortem(client, { workspaceFolderUri: uriOf(ws) }),
        /"newPostmortem\.folder" "\.\.\/\.\." leads outside the workspace folder/,
      );
    } finally {
      await client.shutdown();
    }
  });
});

describe('Restricted Mode (item 23)', () => {
  it('applies a config file without its template until the workspace is trusted', async () => {
    const ws = tempTree({
      '.postmortemrc.json': '{\n  "template": "tpl.md",\n  "rules": { "incident-leader": "off" }\n}\n',
      'tpl.md': '# 2019-..-..\n\n## Description\n\nOUR TEMPLATE\n',
    });
    const client = await startServer({
      pullConfiguration: true,
      rootPath: ws,
      initializationOptions: { trusted: false },
    });
    try {
      const restricted = await newPostmortem(client, { workspaceFolderUri: uriOf(ws) });
      assert.doesNotMatch(restricted.text, /OUR TEMPLATE/);
      const rc = uriOf(ws, '.postmortemrc.json');
      const notes = client.nextDiagnostics(rc);
      client.open(uriOf(ws, 'a.md'), postmortem({}));
      assert.deepEqual(
        (await notes).map((d) => [d.severity, d.range.start.line, d.message]),
        [[3, 1, '"template" is ignored in Restricted Mode: trust this workspace to use it.']],
      );
      const cleared = client.nextDiagnostics(rc);
      await client.connection.sendNotification('postmortem/workspaceTrusted');
      assert.deepEqual(await cleared, []);
      assert.match((await newPostmortem(client, { workspaceFolderUri: uriOf(ws) })).text, /OUR TEMPLATE/);
    } finally {
      await client.shutdown();
    }
  });
});

describe('config files that would break the reader, in the server', () => {
  it('5,000 nested arrays: the documents under it are analysed and the file shows the problem (item 10)', async () => {
    const ws = tempTree({ '.postmortemrc.json': `{ "rules": ${'['.repeat(5000)}${']'.repeat(5000)} }` });
    const client = await startServer({ pullConfiguration: true, rootPath: ws });
    try {
      const doc = uriOf(ws, 'incidents/a.md');
      const waiting = [client.nextDiagnostics(doc), client.nextDiagnostics(uriOf(ws, '.postmortemrc.json'))];
      client.open(doc, postmortem({}));
      const [docDiagnostics, rcDiagnostics] = await Promise.all(waiting);
      assert.ok(Array.isArray(docDiagnostics));
      assert.match(rcDiagnostics[0]?.message ?? '', /nested more than 32 levels deep/);
    } finally {
      await client.shutdown();
    }
  });

  it('an unchanged config is not validated again on every request (item 18)', { timeout: 30_000 }, async () => {
    const rules = Object.fromEntries(Array.from({ length: 6_000 }, (_, i) => [`unknown-rule-${i}`, 'off']));
    const ws = tempTree({ '.postmortemrc.json': JSON.stringify({ rules }) });
    const client = await startServer({ pullConfiguration: true, rootPath: ws });
    try {
      const doc = uriOf(ws, 'incidents/a.md');
      const opened = client.nextDiagnostics(doc, 20_000);
      client.open(doc, postmortem({}));
      await opened;
      // Each request reads the configuration again; revalidating 6,000 names each time took seconds.
      for (let i = 0; i < 40; i++)
        await client.connection.sendRequest(HoverRequest.type, {
          textDocument: { uri: doc },
          position: { line: 0, character: 0 },
        });
    } finally {
      await client.shutdown();
    }
  });
});
