// Every writing feature over real LSP against the built server: exact hover text, inlay hint
// positions and labels, completion items, and the text after each code action and insertion.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
import { TextDocument } from 'vscode-languageserver-textdocument';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import type { TestClient } from '../support/lspClient';
import { startServer } from '../support/lspClient';
import { decode } from '../support/semanticTokens';
import { MISSING_SHARED, sharedFile } from '../support/shared';

const reference = sharedFile('design', 'example-2019-02-06.md');
const examples = join(__dirname, '..', '..', 'examples', 'postmortems');
const clean = readFileSync(join(examples, '2024-03-05-checkout-errors.md'), 'utf8');

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
  client = await startServer({ pullConfiguration: true, rootPath: dir });
});
after(async () => {
  await client.shutdown();
});

describe('hover', () => {
  it(
    'on MTTR in the reference postmortem: meaning, both entries with links, the value, inferred, agreement',
    { skip: reference ? false : MISSING_SHARED },
    async () => {
      const text = reference ?? '';
      const { uri } = await open('2019-02-06.md', text);
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: position(text, 'MTTR: 1h35m', 2),
      });
      assert.equal(
        hoverText(hover),
        [
          '**MTTR** (time to resolve): from *detected* to *resolved*.',
          'Timeline: **1h35m**, from detected to resolved:',
          `- detected: [20:10](${uri}#L35) "seems like multifile upload is broken in production": database sta...`,
          `- resolved: [21:45](${uri}#L58) testing in production is ok`,
          'Inferred from the stated figures: no entry is marked; mark them to keep this checked.',
          'Stated 1h35m: agrees with the timeline.',
        ].join('\n\n'),
      );
      assert.deepEqual(hover?.range, { start: { line: 75, character: 0 }, end: { line: 75, character: 11 } });
    },
  );

  it(
    'on a timeline time: ISO with zone, UTC, and the time since impact start',
    { skip: reference ? false : MISSING_SHARED },
    async () => {
      const text = reference ?? '';
      const uri = pathToFileURL(join(dir, 'incidents', '2019-02-06.md')).href;
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: position(text, '20:10:', 1),
      });
      assert.equal(
        hoverText(hover),
        '**2019-02-06T20:10:00+00:00** (UTC)\n\nUTC: 2019-02-06T20:10:00+00:00\n\n**T+2h52m** since impact start (17:18)',
      );
    },
  );

  it('on a key-moment tag: what it marks and the figures using it', async () => {
    const { uri } = await open('clean.md', clean);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: position(clean, '[detected]', 3),
    });
    assert.equal(
      hoverText(hover),
      '`[detected]` marks when the incident was detected.\n\nUsed by:\n- **MTTD** (start → detected): 14m\n- **MTTA** (detected → acknowledged): 3m\n- **MTTM** (detected → mitigated): 19m\n- **MTTR** (detected → resolved): 28m\n- **MTTDecl** (detected → declared)',
    );
  });

  it('in a time zone with an offset: the local ISO time and the same moment in UTC', async () => {
    const text = readFileSync(join(examples, '2024-11-02-overnight-batch-berlin.md'), 'utf8');
    const { uri } = await open('berlin.md', text);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: position(text, '01:05 Batch', 0),
    });
    assert.equal(
      hoverText(hover),
      '**2024-11-03T01:05:00+01:00** (Europe/Berlin)\n\nUTC: 2024-11-03T00:05:00+00:00\n\n**T+1h18m** since impact start (23:47)',
    );
  });
});

describe('inlay hints', () => {
  const all = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };
  const brief = (hs: InlayHint[]) =>
    hs.map((h) => `${h.position.line}:${h.position.character} ${typeof h.label === 'string' ? h.label : ''}`);

  it('after each stated figure, on the Impact heading for unstated ones, and T+ on every entry', async () => {
    const uri = pathToFileURL(join(dir, 'incidents', 'clean.md')).href;
    const hints = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: all,
    });
    assert.deepEqual(brief(hints), [
      '15:5 T+0m',
      '17:5 T+14m',
      '19:5 T+17m',
      '21:5 T+26m',
      '23:5 T+33m',
      '25:5 T+42m',
      '37:9 MTTM 19m',
      '41:9 ✓ 14m',
      '43:8 ✓ 3m',
      '45:9 ✓ 28m',
      '47:13 ✓ 42m',
    ]);
  });

  it('says what the timeline gives when a stated figure disagrees, in the document style', async () => {
    const text = clean.replace('MTTR: 28m', 'MTTR: 3h02m');
    const { uri } = await open('disagree.md', text);
    const hints = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: all,
    });
    assert.ok(brief(hints).includes('45:11 timeline says 28m'), brief(hints).join(', '));
  });

  it('drops the elapsed time when postmortem.inlayHints.elapsedTime is off', async () => {
    const uri = pathToFileURL(join(dir, 'incidents', 'clean.md')).href;
    const revalidated = client.nextDiagnostics(uri);
    client.settings = { inlayHints: { elapsedTime: false } };
    client.pushSettings(client.settings);
    await revalidated;
    const hints = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: all,
    });
    assert.ok(!brief(hints).some((h) => h.includes('T+')));
    const back = client.nextDiagnostics(uri);
    client.settings = {};
    client.pushSettings({});
    await back;
  });
});

describe('completion', () => {
  const labels = (items: CompletionItem[] | { items: CompletionItem[] }) =>
    (Array.isArray(items) ? items : items.items).map((i) => i.label);

  it('after "## ": the sections still missing, in canonical order', async () => {
    const text = postmortem({ description: '', stabilization: '', actions: '' }) + '\n## ';
    const { uri } = await open('sections.md', text);
    const lines = text.split('\n');
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: lines.length - 1, character: 3 },
    });
    assert.deepEqual(labels(items), ['Description', 'Stabilization Steps', 'Corrective Actions']);
    assert.deepEqual(items[0].textEdit, {
      range: { start: { line: lines.length - 1, character: 3 }, end: { line: lines.length - 1, character: 3 } },
      newText: 'Description',
    });
  });

  it('after "[" in a timeline entry: the key-moment tags', async () => {
    const text = clean.replace('10:24 Proxy logs show', '10:24 Proxy [ logs show');
    const { uri } = await open('tags.md', text);
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: position(text, '[ logs', 1),
    });
    assert.deepEqual(labels(items), [
      '[start]',
      '[detected]',
      '[acknowledged]',
      '[declared]',
      '[mitigated]',
      '[resolved]',
    ]);
    assert.equal(items[1].detail, 'already marked at 10:12');
    assert.equal((items[1].textEdit as TextEdit).newText, '[detected]');
  });

  it('in Impact: a figure line pre-filled with the computed value', async () => {
    const text = clean.replace('MTTA: 3m\n\n', '').replace('Duration: 42m\n', '') + '\nM';
    const { uri } = await open('figures.md', text);
    const lines = text.split('\n');
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: lines.length - 1, character: 1 },
    });
    assert.deepEqual(labels(items), []);
    const inImpact = text.replace('\nM', '').replace('MTTR: 28m\n', 'MTTR: 28m\n\nM\n');
    const second = await open('figures2.md', inImpact);
    const items2 = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: second.uri },
      position: position(inImpact, '\nM\n', 2),
    });
    assert.deepEqual(labels(items2), ['MTTA: 3m', 'MTTM: 19m', 'MTTDecl:', 'Duration: 42m']);
    assert.equal((items2[0].textEdit as TextEdit).newText, 'MTTA: 3m');
  });

  it('in front matter: the known keys not yet there', async () => {
    const text = '---\ntype: postmortem\nd\n---\n' + clean;
    const { uri } = await open('front.md', text);
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 1 },
    });
    assert.deepEqual(labels(items), ['date', 'timezone', 'leader', 'severity', 'status', 'services', 'title']);
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
    assert.deepEqual(
      diagnostics.map((x) => x.code),
      ['PM101', 'PM206', 'PM103', 'PM103'],
    );
    const tz = await actions(uri, [diagnostics[0]], diagnostics[0].range.start, ['quickfix']);
    assert.match(apply(text, editsOf(tz[0], uri)), /## Timeline\n\nAll times UTC\.\n\n10:12 alert/);
    const sort = await actions(uri, [diagnostics[2]], diagnostics[2].range.start, ['quickfix']);
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
    const [action] = await actions(uri, [], { line: 0, character: 0 }, ['source.fixAll.postmortem']);
    assert.equal(action.kind, 'source.fixAll.postmortem');
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
  it('document symbols: sections under the title, timeline entries by time with key moments marked', async () => {
    const uri = pathToFileURL(join(dir, 'incidents', 'clean.md')).href;
    const [title] = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.equal(title.name, '2024-03-05 Checkout errors after a proxy config push');
    assert.deepEqual(
      title.children?.map((s) => s.name),
      [
        'Description',
        'Timeline',
        'Contributing Factors',
        'Stabilization Steps',
        'Impact',
        'Corrective Actions',
        'Lessons Learned',
      ],
    );
    const timeline = title.children?.[1];
    assert.deepEqual(
      timeline?.children?.map((e) => [e.name, e.detail]),
      [
        ['★ 09:58 Config change #4411 rolls out to all payment proxies at once', 'start'],
        ['★ 10:12 Error-rate alert `checkout-5xx` fires and pages the on-ca...', 'detected'],
        ['★ 10:15 Dana acknowledges the page and opens the incident channel', 'acknowledged'],
        ['10:24 Proxy logs show `upstream connection limit reached`; the ...', '2024-03-05'],
        ['★ 10:31 Config change #4411 reverted; error rate starts to fall', 'mitigated'],
        ['★ 10:40 Error rate back to its usual 0.02 %', 'resolved'],
      ],
    );
  });

  it('a code lens above the Timeline heading summarises span and figures', async () => {
    const uri = pathToFileURL(join(dir, 'incidents', 'clean.md')).href;
    const [lens] = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(
      lens.command?.title,
      '6 entries, 09:58 → 10:40 (42m) UTC — MTTD 14m · MTTA 3m · MTTM 19m · MTTR 28m · Duration 42m',
    );
    assert.equal(lens.range.start.line, 11);
  });
});

describe('new postmortem', () => {
  it('builds the file name and text from the team template beside the folder, or the skeleton', async () => {
    const team = tempTree({
      'docs/incidents/.post-mortem-template.md':
        '# 2019-..-..\n\n**Incident Leader: Josiah**\n\n## Description\n\nSomething went wrong.\n',
    });
    const result = await client.connection.sendRequest<{ fileName: string; text: string }>('postmortem/newPostmortem', {
      title: 'Checkout errors!',
      date: '2024-03-05',
      folderUri: pathToFileURL(join(team, 'docs/incidents')).href,
    });
    assert.deepEqual(result, {
      fileName: '2024-03-05-checkout-errors.md',
      text: '# 2024-03-05 Checkout errors!\n\n**Incident Leader: Josiah**\n\n## Description\n\nSomething went wrong.\n',
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
