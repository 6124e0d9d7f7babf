// The workspace scan gives way to typing (workspaceScan.ts): it reads nothing while an open
// document's analysis is scheduled or running, lets the editor's messages through between slices
// of a few milliseconds even within one long file, and never reads an open document from disk.
import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Connection, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblems } from '../../server/src/configProblems';
import type { Scheduler } from '../../server/src/scheduling';
import { Workspace } from '../../server/src/workspace';
import { WorkspaceScan } from '../../server/src/workspaceScan';
import { postmortem, rcWithRules } from '../support/core';
import { tempTree } from '../support/fixtures';

const NO_LEADER = postmortem({ head: '# 2024-03-05 Checkout errors\n' });

/** A long timeline: its analysis takes many of the scan's slices. */
function longPostmortem(entries: number): string {
  const lines = Array.from({ length: entries }, (_, i) => {
    const minute = i % 1440;
    return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')} step ${i} on **api-${i % 7}**`;
  });
  return postmortem({
    head: '# 2024-03-05 Long\n',
    timeline: `## Timeline\n\nAll times UTC.\n\n${lines.join('\n\n')}\n`,
  });
}

/** The scan with an editor of our own: what it publishes, when it gives way, whether it is busy. */
function harness(root: string, open: string[] = []) {
  const published: PublishDiagnosticsParams[] = [];
  const connection = {
    sendDiagnostics: async (params: PublishDiagnosticsParams) => void published.push(params),
    console: { log() {}, warn() {}, error() {} },
    window: { createWorkDoneProgress: () => Promise.reject(new Error('no progress here')) },
  } as unknown as Connection;
  const documents = {
    all: () => open.map((path) => ({ uri: pathToFileURL(path).href }) as TextDocument),
  } as unknown as TextDocuments<TextDocument>;
  const workspace = new Workspace(connection);
  workspace.roots = [root];
  let idle: (() => void) | undefined;
  const editor = { busy: false };
  const scheduler = {
    get busy() {
      return editor.busy;
    },
    whenIdle: () => new Promise<void>((resolve) => (idle = resolve)),
  } as unknown as Scheduler;
  let turns = 0;
  const giveWay = async () => {
    turns++;
    await nextTurn();
  };
  const configProblems = { publish: async () => undefined } as unknown as ConfigProblems;
  const scan = new WorkspaceScan(connection, documents, workspace, scheduler, configProblems, giveWay, (c, e) => {
    throw new Error(`${c}: ${String(e)}`);
  });
  const finished = async () => {
    while (scan.status !== null) await new Promise((r) => setTimeout(r, 5));
  };
  return {
    scan,
    published,
    editor,
    finished,
    turns: () => turns,
    idle: () => {
      editor.busy = false;
      idle?.();
    },
  };
}

describe('the workspace scan and typing', () => {
  it('reads nothing while an open document’s analysis is waiting or running, and goes on once it is done', async () => {
    const root = tempTree({
      'incidents/a.md': NO_LEADER,
      'incidents/b.md': NO_LEADER,
      '.postmortemrc.json': rcWithRules(),
    });
    const h = harness(root);
    h.editor.busy = true;
    await h.scan.refresh();
    for (let i = 0; i < 50; i++) await nextTurn();
    assert.equal(h.published.length, 0, 'nothing read while the editor is busy');
    assert.deepEqual(h.scan.status, { done: 0, total: 2 });
    h.idle();
    await h.finished();
    assert.deepEqual(
      h.published.map((p) => [p.uri, p.diagnostics.map((d) => d.code)]),
      ['a', 'b'].map((n) => [pathToFileURL(join(root, 'incidents', `${n}.md`)).href, ['PM006']]),
    );
  });

  it('gives the editor a turn between slices within one long file', async () => {
    const root = tempTree({ 'incidents/long.md': longPostmortem(1_500) });
    const h = harness(root);
    await h.scan.refresh();
    await h.finished();
    assert.equal(h.published.length, 1);
    // One turn before the file, then one per slice of its analysis (a few ms each): many.
    assert.ok(h.turns() > 5, `${h.turns()} turns`);
  });

  it('leaves an open document to the editor: its text on disk is not what counts', async () => {
    const root = tempTree({ 'incidents/a.md': NO_LEADER, 'incidents/b.md': NO_LEADER });
    const h = harness(root, [join(root, 'incidents', 'a.md')]);
    await h.scan.refresh();
    await h.finished();
    assert.deepEqual(
      h.published.map((p) => p.uri),
      [pathToFileURL(join(root, 'incidents', 'b.md')).href],
    );
  });
});
