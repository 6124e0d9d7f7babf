// Every postmortem of the workspace in the Problems panel (issue 13): the built server reads the
// workspace folder's markdown files and publishes the findings of closed postmortems; a file
// changed, created or deleted on disk is read again or cleared; an open document's findings are
// its live ones, and closed again it gets its saved ones back; the setting turns it off, for the
// folder or below; reads stay inside the workspace, bounded, and Restricted Mode is kept.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import type { InsightsView } from '../../server/src/insights/render/viewTypes';
import { postmortem, rcWithRules } from '../support/core';
import { tempTree } from '../support/fixtures';
import type { TestClient } from '../support/lspClient';
import { startServer } from '../support/lspClient';

/** No incident leader: PM006, on the title line's next line. */
const NO_LEADER = postmortem({ head: '# 2024-03-05 Checkout errors\n' });
const CLEAN = postmortem();
/** A postmortem by its headings alone, outside any incidents folder, with a placeholder (PM007). */
const BY_CONTENT = postmortem({ description: '## Description\n\nTODO: what happened.\n' });
const README = '# A project\n\nTODO: write the docs.\n\n## Install\n\nnpm ci\n';

const uriOf = (...parts: string[]) => pathToFileURL(join(...parts)).href;
const codes = (ds: Diagnostic[] | undefined) => (ds ?? []).map((d) => String(d.code));

/** The latest diagnostics published for `uri`, undefined when none ever were. */
function latest(client: TestClient, uri: string): Diagnostic[] | undefined {
  for (let i = client.published.length - 1; i >= 0; i--)
    if (client.published[i].uri === uri) return client.published[i].diagnostics;
  return undefined;
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const published = (client: TestClient, uri: string, accept: (codes: string[]) => boolean) =>
  until(`diagnostics of ${uri}`, () => {
    const ds = latest(client, uri);
    return ds && accept(codes(ds)) ? codes(ds) : undefined;
  });

/** The scan is done once the insights say they read everything (they also make the server read all folders). */
const scanned = (client: TestClient) =>
  until('the end of the workspace scan', async () => {
    const view = await client.connection.sendRequest<InsightsView>('postmortem/insights', {
      by: 'quarter',
      today: '2025-01-01',
    });
    return view.reading === null ? view : undefined;
  });

const changed = (client: TestClient, uri: string, type: FileChangeType) =>
  client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });

describe('the workspace scan: every postmortem in Problems', () => {
  const outside = tempTree({ 'incidents/secret.md': NO_LEADER });
  const ws = tempTree({
    '.postmortemrc.json': rcWithRules(),
    'incidents/no-leader.md': NO_LEADER,
    'incidents/clean.md': CLEAN,
    'notes/outage.md': BY_CONTENT,
    'README.md': README,
    'node_modules/pkg/incidents/vendored.md': NO_LEADER,
    '.hidden/incidents/hidden.md': NO_LEADER,
    'archive/.postmortemrc.json': rcWithRules({}, { workspaceProblems: false }),
    'archive/incidents/old.md': NO_LEADER,
  });
  // A link inside the workspace to a postmortem outside it, and one to a FIFO-like device.
  symlinkSync(join(outside, 'incidents', 'secret.md'), join(ws, 'incidents', 'linked.md'));
  symlinkSync('/dev/zero', join(ws, 'incidents', 'zero.md'));
  // Over the 6 MB a document may have to be read at all.
  writeFileSync(join(ws, 'incidents', 'huge.md'), '# 2024-03-05 Huge\n' + 'x'.repeat(7 * 1024 * 1024));
  let client: TestClient;
  before(async () => {
    client = await startServer({ pullConfiguration: true, rootPath: ws });
  });
  after(() => client.shutdown());

  it('publishes the findings of closed postmortems, by path and by content, and of nothing else', async () => {
    assert.deepEqual(await published(client, uriOf(ws, 'incidents/no-leader.md'), (c) => c.length > 0), ['PM006']);
    assert.deepEqual(await published(client, uriOf(ws, 'notes/outage.md'), (c) => c.length > 0), ['PM007']);
    const view = await scanned(client);
    const sent = new Set(client.published.map((p) => p.uri));
    // A clean postmortem has nothing to show; a README is no postmortem; node_modules, dot
    // folders and links are never entered; a folder whose config turns it off shows nothing.
    for (const file of [
      'incidents/clean.md',
      'README.md',
      'node_modules/pkg/incidents/vendored.md',
      '.hidden/incidents/hidden.md',
      'incidents/linked.md',
      'incidents/zero.md',
      'incidents/huge.md',
      'archive/incidents/old.md',
    ])
      assert.ok(!sent.has(uriOf(ws, file)), `${file} has no diagnostics`);
    assert.ok(!sent.has(uriOf(outside, 'incidents', 'secret.md')), 'nothing outside the workspace is read');
    // The insights count what the scan read: the folder turned off for Problems still counts.
    assert.deepEqual(view.incidents.rows.map((r) => r.label).sort(), [
      'archive/incidents/old.md',
      'incidents/clean.md',
      'incidents/no-leader.md',
      'notes/outage.md',
    ]);
    assert.deepEqual(view.excluded, [
      { label: 'incidents/huge.md', reason: 'cannot be read: it is 7.0 MB, over the 6.0 MB allowed' },
    ]);
  });

  it('reads a closed file again when it changes on disk, a new one when created, and clears a deleted one', async () => {
    const file = join(ws, 'incidents', 'no-leader.md');
    writeFileSync(file, CLEAN);
    await changed(client, uriOf(file), FileChangeType.Changed);
    assert.deepEqual(await published(client, uriOf(file), (c) => c.length === 0), []);

    const created = join(ws, 'incidents', 'created.md');
    writeFileSync(created, NO_LEADER);
    await changed(client, uriOf(created), FileChangeType.Created);
    assert.deepEqual(await published(client, uriOf(created), (c) => c.length > 0), ['PM006']);

    rmSync(created);
    await changed(client, uriOf(created), FileChangeType.Deleted);
    assert.deepEqual(await published(client, uriOf(created), (c) => c.length === 0), []);
    writeFileSync(file, NO_LEADER);
    await changed(client, uriOf(file), FileChangeType.Changed);
    await published(client, uriOf(file), (c) => c.length > 0);
  });

  it('clears the files of a deleted folder, whose deletion is the only event', async () => {
    const folder = join(ws, 'incidents', 'q1');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.md'), NO_LEADER);
    await changed(client, uriOf(folder, 'a.md'), FileChangeType.Created);
    await published(client, uriOf(folder, 'a.md'), (c) => c.length > 0);
    rmSync(folder, { recursive: true });
    await changed(client, uriOf(folder), FileChangeType.Deleted);
    assert.deepEqual(await published(client, uriOf(folder, 'a.md'), (c) => c.length === 0), []);
  });

  it('never reads a link created to a file outside the workspace', async () => {
    const link = join(ws, 'incidents', 'link-later.md');
    symlinkSync(join(outside, 'incidents', 'secret.md'), link);
    await changed(client, uriOf(link), FileChangeType.Created);
    // Another file's change, read after it, shows the link's turn has passed.
    const file = join(ws, 'notes', 'outage.md');
    writeFileSync(file, BY_CONTENT.replace('TODO: what happened.', 'TODO: what happened, and why.'));
    const before = client.published.length;
    await changed(client, uriOf(file), FileChangeType.Changed);
    await until('the next file read', () =>
      client.published.slice(before).some((p) => p.uri === uriOf(file)) ? true : undefined,
    );
    assert.equal(latest(client, uriOf(link)), undefined);
  });

  it('shows an open document’s live findings, and its saved ones again once it is closed', async () => {
    const uri = uriOf(ws, 'incidents', 'no-leader.md');
    const live = client.nextDiagnostics(uri, 10_000, 1);
    // Edited but not saved: the leader is named in the editor only.
    client.open(uri, CLEAN, 1);
    assert.deepEqual(codes(await live), []);
    const before = client.published.length;
    client.close(uri);
    const after = await until('the saved findings', () => {
      const next = client.published.slice(before).filter((p) => p.uri === uri);
      return next.length ? next : undefined;
    });
    // Straight to the saved findings: no empty list first, which would flicker in Problems.
    assert.deepEqual(codes(after[0].diagnostics), ['PM006']);
  });

  it('clears every closed file’s findings when the setting is turned off, and shows them again when on', async () => {
    const uri = uriOf(ws, 'incidents', 'no-leader.md');
    client.settings = { workspaceProblems: false };
    client.pushSettings({ workspaceProblems: false });
    assert.deepEqual(await published(client, uri, (c) => c.length === 0), []);
    assert.deepEqual(await published(client, uriOf(ws, 'notes/outage.md'), (c) => c.length === 0), []);
    // Open documents keep their findings.
    const open = uriOf(ws, 'notes', 'open.md');
    const live = client.nextDiagnostics(open, 10_000, 1);
    client.open(open, NO_LEADER, 1);
    assert.deepEqual(codes(await live), ['PM006']);
    client.close(open);
    client.settings = {};
    client.pushSettings({});
    assert.deepEqual(await published(client, uri, (c) => c.length > 0), ['PM006']);
  });
});

describe('the workspace scan in Restricted Mode', () => {
  // `files` in a config file is set aside until the workspace is trusted: the plain note is no postmortem until then.
  const ws = tempTree({
    '.postmortemrc.json': rcWithRules({}, { files: ['**/notes/**/*.md'] }),
    'notes/plain.md': '# 2024-03-05 Checkout errors\n\nSome notes.\n',
    'incidents/no-leader.md': NO_LEADER,
  });
  let client: TestClient;
  before(async () => {
    client = await startServer({ pullConfiguration: true, rootPath: ws, initializationOptions: { trusted: false } });
  });
  after(() => client.shutdown());

  it('reads with the restricted configuration, and again with the whole one once trusted', async () => {
    await published(client, uriOf(ws, 'incidents/no-leader.md'), (c) => c.length > 0);
    await scanned(client);
    assert.equal(latest(client, uriOf(ws, 'notes/plain.md')), undefined);
    await client.connection.sendNotification('postmortem/workspaceTrusted');
    const found = await published(client, uriOf(ws, 'notes/plain.md'), (c) => c.length > 0);
    assert.ok(found.includes('PM006'), found.join(','));
  });
});

describe('the workspace scan turned off for the workspace folder', () => {
  const ws = tempTree({
    '.postmortemrc.json': rcWithRules({}, { workspaceProblems: false }),
    'incidents/no-leader.md': NO_LEADER,
  });
  let client: TestClient;
  before(async () => {
    client = await startServer({ pullConfiguration: true, rootPath: ws });
  });
  after(() => client.shutdown());

  it('publishes nothing for closed files, while open ones have their findings', async () => {
    const open = uriOf(ws, 'incidents', 'open.md');
    const live = client.nextDiagnostics(open, 10_000, 1);
    client.open(open, NO_LEADER, 1);
    assert.deepEqual(codes(await live), ['PM006']);
    // The insights read the folder anyway (they were asked for): still nothing in Problems.
    await scanned(client);
    assert.equal(latest(client, uriOf(ws, 'incidents/no-leader.md')), undefined);
  });
});
