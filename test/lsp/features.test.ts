// The writing features over real LSP against the built server: what the protocol adds to the
// core's answers (positions and ranges over the wire, the document's URI in links, settings that
// reach the features, capabilities, refresh requests), and the text after each code action and
// insertion. What each feature answers is unit-tested in process (test/unit/features/).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  Hover,
  InlayHint,
  SemanticTokens,
  TextEdit,
} from 'vscode-languageserver/node';
import { CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import type { TestClient } from '../support/lspClient';
import { startServer } from '../support/lspClient';
import { decode } from '../support/semanticTokens';

const examples = join(__dirname, '..', '..', 'examples', 'postmortems');
const clean = readFileSync(join(examples, '2024-03-05-checkout-errors.md'), 'utf8');
const receipts = readFileSync(join(examples, '2024-08-14-receipt-uploads-dropped.md'), 'utf8');

let client: TestClient;
const dir = tempTree({ 'incidents/.keep': '' });
let version = 1;

function position(text: string, needle: string, delta = 0) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" in the text`);
  return TextDocument.create('x', 'markdown', 0, text).positionAt(at + delta);
}

async function open(name: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = pathToFileURL(join(dir, 'incidents', name)).href;
  const waiting = client.nextDiagnostics(uri);
  client.open(uri, text, version++);
  return { uri, diagnostics: await waiting };
}

const apply = (text: string, edits: TextEdit[]) =>
  TextDocument.applyEdits(TextDocument.create('x', 'markdown', 0, text), edits);
const editsOf = (action: CodeAction | undefined, uri: string) => action?.edit?.changes?.[uri] ?? [];
const hoverText = (h: Hover | null) =>
  h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';

before(async () => {
  client = await startServer({ pullConfiguration: true, rootPath: dir, refreshSupport: true });
});
after(async () => {
  await client.shutdown();
});

describe('capabilities', () => {
  it('announces incremental sync and every feature, with the completion triggers and code action kinds', () => {
    assert.deepEqual(client.initialized, {
      capabilities: {
        // Folders added or removed are scanned or forgotten (the workspace scan).
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        inlayHintProvider: true,
        semanticTokensProvider: {
          full: true,
          legend: { tokenTypes: ['keyMoment', 'impactFigure'], tokenModifiers: [] },
        },
        completionProvider: { triggerCharacters: ['#', ' ', '[', '-'] },
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.postmortem', CodeActionKind.RefactorRewrite],
          resolveProvider: true,
        },
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'postmortem-markdown' },
    });
  });
});

describe('hover', () => {
  it('answers at a position, with the range in lines and links to lines of the document’s own URI', async () => {
    const { uri } = await open('receipts.md', receipts);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: position(receipts, 'MTTR: 1h35m', 2),
    });
    assert.equal(
      hoverText(hover),
      [
        '**MTTR** (time to resolve): from *detected* to *resolved*.',
        'Timeline: **1h35m**, from detected to resolved:',
        `- detected: [20:10](${uri}#L27) Finance dashboard shows receipt volume at a third of a normal Wedne... (inferred)`,
        `- resolved: [21:45](${uri}#L40) Receipts arriving at the usual rate, and spot checks in production ... (inferred)`,
        'Inferred from the stated figures: no entry is marked; mark them to keep this checked.',
        'Stated 1h35m: agrees with the timeline.',
      ].join('\n\n'),
    );
    assert.deepEqual(hover?.range, { start: { line: 59, character: 0 }, end: { line: 59, character: 11 } });
  });

  it('answers null where there is nothing to explain', async () => {
    const uri = pathToFileURL(join(dir, 'incidents', 'receipts.md')).href;
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: position(receipts, 'Nobody mentions', 3),
    });
    assert.equal(hover, null);
  });
});

describe('inlay hints', () => {
  const all = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };
  const brief = (hs: InlayHint[]) =>
    hs.map((h) => `${h.position.line}:${h.position.character} ${typeof h.label === 'string' ? h.label : ''}`);

  it('at positions over the wire, within the range asked for', async () => {
    const { uri } = await open('clean.md', clean);
    const hints = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 19, character: 0 }, end: { line: 41, character: 9 } },
    });
    assert.deepEqual(brief(hints), [
      '19:5 T+17m',
      '21:5 T+26m',
      '23:5 T+33m',
      '25:5 T+42m',
      '37:9 MTTM 19m',
      '41:9 ✓ 14m',
    ]);
  });

  it('follow postmortem.inlayHints.elapsedTime, and ask the editor to refresh them when settings change', async () => {
    const uri = pathToFileURL(join(dir, 'incidents', 'clean.md')).href;
    const refreshes = client.refreshes.length;
    const revalidated = client.nextDiagnostics(uri);
    client.settings = { inlayHints: { elapsedTime: false } };
    client.pushSettings(client.settings);
    await revalidated;
    const hints = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: all,
    });
    assert.deepEqual(brief(hints), ['37:9 MTTM 19m', '41:9 ✓ 14m', '43:8 ✓ 3m', '45:9 ✓ 28m', '47:13 ✓ 42m']);
    assert.deepEqual(client.refreshes.slice(refreshes), ['workspace/inlayHint/refresh', 'workspace/codeLens/refresh']);
    const back = client.nextDiagnostics(uri);
    client.settings = {};
    client.pushSettings({});
    await back;
  });
});

describe('completion', () => {
  it('answers a list whose edits are ranges over the wire', async () => {
    const text = clean.replace('10:24 Proxy logs show', '10:24 Proxy [ logs show');
    const { uri } = await open('tags.md', text);
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: position(text, '[ logs', 1),
    });
    assert.deepEqual(
      items.map((i) => [i.label, i.textEdit]),
      ['[start]', '[detected]', '[acknowledged]', '[declared]', '[mitigated]', '[resolved]'].map((tag) => [
        tag,
        { range: { start: { line: 21, character: 12 }, end: { line: 21, character: 13 } }, newText: tag },
      ]),
    );
  });
});

describe('code actions', () => {
  async function actions(
    uri: string,
    diagnostics: Diagnostic[],
    at: { line: number; character: number },
    only?: string[],
  ) {
    return client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics, only },
    });
  }

  it('updates a stated figure to the computed one', async () => {
    const text = clean.replace('MTTR: 28m', 'MTTR: 2h');
    const { uri, diagnostics } = await open('fix-figure.md', text);
    const d = diagnostics.find((x) => x.code === 'PM203');
    assert.ok(d);
    const [action] = await actions(uri, [d], d.range.start, ['quickfix']);
    assert.equal(action.title, 'Change MTTR to 28m');
    assert.equal(apply(text, editsOf(action, uri)), clean);
  });

  it('inserts a missing section at its canonical place, with its skeleton', async () => {
    const text = clean.replace(/## Stabilization Steps[\s\S]*?## Impact/, '## Impact');
    const { uri, diagnostics } = await open('fix-section.md', text);
    const d = diagnostics.find((x) => x.code === 'PM001');
    assert.ok(d);
    const [action] = await actions(uri, [d], d.range.start, ['quickfix']);
    assert.match(
      apply(text, editsOf(action, uri)),
      /the typo reached every region\.\n\n## Stabilization Steps\n\n- <What was done to stop the impact>\n\n## Impact\n/,
    );
  });

  it('adds the markers inference found, declares the timezone, sorts the timeline', async () => {
    const text = postmortem({ timeline: '## Timeline\n\n10:12 alert\n\n09:58 push\n\n10:40 ok\n\n10:15 ack\n' });
    const { uri, diagnostics } = await open('fix-timeline.md', text);
    const zone = diagnostics.find((x) => x.code === 'PM101');
    const order = diagnostics.filter((x) => x.code === 'PM103');
    assert.ok(zone);
    assert.equal(order.length, 2, 'two entries out of place');
    const tz = await actions(uri, [zone], zone.range.start, ['quickfix']);
    assert.match(apply(text, editsOf(tz[0], uri)), /## Timeline\n\nAll times UTC\.\n\n10:12 alert/);
    const sort = await actions(uri, [order[0]], order[0].range.start, ['quickfix']);
    assert.equal(sort[0].title, 'Sort the timeline by time');
    const sorted = apply(text, editsOf(sort[0], uri));
    assert.match(sorted, /## Timeline\n\n09:58 push\n\n10:12 alert\n\n10:15 ack\n\n10:40 ok\n\n## Contributing/);
    const second = await open('fix-markers.md', sorted);
    const hint = second.diagnostics.find((x) => x.code === 'PM206');
    assert.ok(hint, 'inference found the key moments');
    const markers = await actions(second.uri, [hint], hint.range.start, ['quickfix']);
    assert.match(
      apply(sorted, editsOf(markers[0], second.uri)),
      /09:58 push \[start\]\n\n10:12 alert \[detected\]\n\n10:15 ack\n\n10:40 ok \[resolved\]/,
    );
  });

  it('source.fixAll.postmortem applies every safe fix, pass after pass', async () => {
    // The markers come first; only then can the stated Duration be checked and corrected.
    const text = postmortem({
      timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push\n\n10:12 alert\n\n10:40 ok\n',
      impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 28m\n\nDuration: 1h\n',
    });
    const { uri } = await open('fix-all.md', text);
    const [listed] = await actions(uri, [], { line: 0, character: 0 }, ['source.fixAll.postmortem']);
    assert.equal(listed.kind, 'source.fixAll.postmortem');
    assert.equal(listed.edit, undefined, 'the passes run when the action is resolved, not when it is listed');
    const action = await client.connection.sendRequest<CodeAction>('codeAction/resolve', listed);
    assert.equal(action.title, 'Fix all safe postmortem problems');
    const fixed = apply(text, editsOf(action, uri));
    assert.match(fixed, /09:58 push \[start\]\n\n10:12 alert \[detected\]\n\n10:40 ok \[resolved\]/);
    assert.match(fixed, /MTTD: 14m\n\nMTTR: 28m\n\nDuration: 42m\n/);
  });

  it('Mark as <moment> on any entry, moving the marker from where it was', async () => {
    const { uri } = await open('mark.md', clean);
    const at = position(clean, '10:24 Proxy logs');
    const list = await actions(uri, [], at, ['refactor']);
    assert.deepEqual(
      list.map((a) => a.title),
      [
        'Mark as start',
        'Mark as detected',
        'Mark as acknowledged',
        'Mark as declared',
        'Mark as mitigated',
        'Mark as resolved',
      ],
    );
    const marked = apply(clean, editsOf(list[1], uri));
    assert.match(marked, /10:12 Error-rate alert `checkout-5xx` fires and pages the on-call engineer\n/);
    assert.match(marked, /the prime suspect \[detected\]\n/);
  });
});

describe('insert timeline entry', () => {
  const insert = async (uri: string, now: number) =>
    client.connection.sendRequest<{ edits: TextEdit[]; cursor: { line: number; character: number } }>(
      'postmortem/insertTimelineEntry',
      { textDocument: { uri }, now },
    );

  it('inserts HH:MM at its chronological place in the declared zone, cursor after the time', async () => {
    const { uri } = await open('insert.md', clean);
    const result = await insert(uri, Date.UTC(2024, 2, 5, 10, 27));
    const after = apply(clean, result.edits);
    assert.match(after, /the prime suspect\n\n10:27 \n\n10:31 Config change #4411 reverted/);
    assert.deepEqual(result.cursor, { line: 23, character: 6 });
  });

  it('adds a date line when the day changed, using the timeline zone', async () => {
    const text = readFileSync(join(examples, '2024-11-02-overnight-batch-berlin.md'), 'utf8');
    const { uri } = await open('insert-berlin.md', text);
    const result = await insert(uri, Date.UTC(2024, 10, 4, 8, 30));
    assert.match(
      apply(text, result.edits),
      /05:55 Last invoices sent \[resolved\]\n\n### 2024-11-04\n\n09:30 \n\n## Contributing Factors/,
    );
  });

  it('creates the Timeline section at its canonical place when there is none', async () => {
    const text = postmortem({ timeline: '' });
    const { uri } = await open('insert-new.md', text);
    const result = await insert(uri, Date.UTC(2024, 2, 5, 10, 27));
    const after = apply(text, result.edits);
    assert.match(
      after,
      /for a fifth of requests after a config push\.\n\n## Timeline\n\nAll times UTC\.\n\n10:27 \n\n## Contributing Factors/,
    );
    assert.equal(after.split('\n')[result.cursor.line].slice(0, result.cursor.character), '10:27 ');
  });
});

describe('outline and code lens', () => {
  it('document symbols nest over the wire: sections under the title, entries under Timeline', async () => {
    const uri = pathToFileURL(join(dir, 'incidents', 'clean.md')).href;
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children?.length, s.children?.[1].children?.length]),
      [['2024-03-05 Checkout errors after a proxy config push', 7, 6]],
    );
    assert.deepEqual(symbols[0].children?.[1].children?.[0].selectionRange, {
      start: { line: 15, character: 0 },
      end: { line: 15, character: 5 },
    });
  });

  it('a code lens above the Timeline heading', async () => {
    const uri = pathToFileURL(join(dir, 'incidents', 'clean.md')).href;
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses, [
      {
        range: { start: { line: 11, character: 0 }, end: { line: 11, character: 11 } },
        command: {
          title: '6 entries, 09:58 → 10:40 (42m) UTC — MTTD 14m · MTTA 3m · MTTM 19m · MTTR 28m · Duration 42m',
          command: '',
        },
      },
    ]);
  });
});

describe('new postmortem', () => {
  it('builds the file name and text from the team template beside the folder, or the skeleton', async () => {
    // The folder must lie inside the workspace folder; the template is found above it.
    mkdirSync(join(dir, 'team/docs/incidents'), { recursive: true });
    writeFileSync(
      join(dir, 'team/docs/incidents/.post-mortem-template.md'),
      '# 2019-..-..\n\n**Incident Leader: Josiah**\n\n## Description\n\nSomething went wrong.\n',
    );
    const folderUri = pathToFileURL(join(dir, 'team/docs/incidents')).href;
    const result = await client.connection.sendRequest<{ fileName: string; text: string }>('postmortem/newPostmortem', {
      title: 'Checkout errors!',
      date: '2024-03-05',
      folderUri,
    });
    assert.deepEqual(result, {
      fileName: '2024-03-05-checkout-errors.md',
      text: '# 2024-03-05 Checkout errors!\n\n**Incident Leader: Josiah**\n\n## Description\n\nSomething went wrong.\n',
      folderUri,
    });
    const bare = await client.connection.sendRequest<{ fileName: string; text: string }>('postmortem/newPostmortem', {
      title: 'DNS',
      date: '2024-03-05',
      folderUri: pathToFileURL(join(dir, 'empty')).href,
    });
    assert.match(bare.text, /^# 2024-03-05 DNS\n\n\*\*Incident Leader: <name>\*\*\n\n## Description\n\n<What happened/);
  });
});

describe('semantic tokens', () => {
  it('are declared for full documents with the key-moment and figure token types', () => {
    assert.deepEqual(client.initialized.capabilities.semanticTokensProvider, {
      legend: { tokenTypes: ['keyMoment', 'impactFigure'], tokenModifiers: [] },
      full: true,
    });
  });
  it('colour the tags and figure names the configuration adds, as the reader read them', async () => {
    const text = postmortem({
      timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n10:12 on-call [paged]\n',
      impact: '## Impact\n\nTime to page: 14m\n',
    });
    client.settings = { moments: { detected: ['paged'] }, figures: { MTTD: { aliases: ['Time to page'] } } };
    client.pushSettings(client.settings);
    try {
      const { uri } = await open('configured-tags.md', text);
      const tokens = await client.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', {
        textDocument: { uri },
      });
      const legend = client.initialized.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
      assert.deepEqual(decode(text, tokens.data, legend), [
        '12:11 [start] keyMoment',
        '14:14 [paged] keyMoment',
        '26:0 Time to page impactFigure',
      ]);
    } finally {
      client.settings = {};
      client.pushSettings({});
    }
  });
});
