// Runs inside the VS Code extension host (the extensionTestsPath of runTests), against the
// extension under development, through the real `vscode` API.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { InsightsHandle } from '../../../client/src/insights/insightsPanel';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// The reference postmortem comes from ../shared; without it those tests skip, saying why.
const withReference = process.env.POSTMORTEM_REFERENCE !== '0';
const reference = (title: string, run: () => Promise<void>) =>
  it(title, async function () {
    if (!withReference) this.skip();
    await run();
  });

const root = () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
const file = (...parts: string[]) => vscode.Uri.file(path.join(root(), ...parts));
/** A diagnostic's code: ours always link to the rule's page, so VS Code holds it as { value, target }. */
function codeOf(d: vscode.Diagnostic): string {
  assert.ok(typeof d.code === 'object', `the code of "${d.message}" links to its docs page`);
  return String(d.code.value);
}
const has = (ds: readonly vscode.Diagnostic[], code: string) => ds.some((d) => codeOf(d) === code);
/** The diagnostics of the given rules, as `CODE line:char-line:char`: what the test is about. */
const summary = (ds: readonly vscode.Diagnostic[], codes: string[]) =>
  ds
    .filter((d) => codes.includes(codeOf(d)))
    .map(
      (d) =>
        `${codeOf(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
    );

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** Waits until the server has analysed the document: its outline comes from the analysis. */
async function analysed(uri: vscode.Uri): Promise<void> {
  await until(`the outline of ${path.basename(uri.fsPath)}`, async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
      'vscode.executeDocumentSymbolProvider',
      uri,
    );
    return symbols?.length ? true : undefined;
  });
}

async function labelsOf(uri: vscode.Uri): Promise<string[]> {
  const document = await vscode.workspace.openTextDocument(uri);
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
    'vscode.executeInlayHintProvider',
    uri,
    new vscode.Range(0, 0, document.lineCount, 0),
  );
  return hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
}

async function hoverOn(uri: vscode.Uri, lineStart: string, character: number): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  const line = document
    .getText()
    .split('\n')
    .findIndex((l) => l.startsWith(lineStart));
  assert.ok(line >= 0, `a line starts with "${lineStart}"`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    new vscode.Position(line, character),
  );
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
    .join('\n');
}

async function diagnosticsOf(
  uri: vscode.Uri,
  expected: (ds: vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  return until(`diagnostics of ${path.basename(uri.fsPath)}`, () => {
    const ds = vscode.languages.getDiagnostics(uri);
    return expected(ds) ? ds : undefined;
  });
}

function suite(): void {
  describe('postmortem-markdown in VS Code', () => {
    before(async () => {
      const extension = vscode.extensions.getExtension('postmortem-markdown.postmortem-markdown');
      assert.ok(extension, 'the extension is installed');
      // activate() returns the started language client: no sleeping for readiness.
      await extension.activate();
    });

    const REFERENCE_HINTS = [
      ...['T-7h18m', 'T-6h36m', 'T-28m', 'T-21m', 'T+0m', 'T+52m', 'T+2h52m', 'T+3h', 'T+3h8m', 'T+3h21m'],
      ...['T+3h24m', 'T+3h27m', 'T+3h39m', 'T+4h10m', 'T+4h27m', 'Duration 4h27m', '✓ 2h52m', '✓ 1h35m'],
    ];
    // Acknowledged and mitigated are marked nowhere: suggested from the entries' wording, with ≈.
    const RECEIPTS_HINTS = [
      ...['T-7h48m', 'T-6h13m', 'T-1h38m', 'T-36m', 'T+0m', 'T+1h7m', 'T+2h52m', 'T+3h3m', '≈ [acknowledged]'],
      ...['T+3h16m', 'T+3h34m', 'T+3h59m', '≈ [mitigated]', 'T+4h27m'],
      ...['MTTA ≈11m · MTTM ≈1h7m · Duration 4h27m', '✓ 2h52m', '✓ 1h35m'],
    ];

    it('shows the placeholder Description and the inferred key moments of a postmortem shaped like the reference', async () => {
      const uri = file('incidents', 'receipt-uploads.md');
      await open(uri);
      const ds = await diagnosticsOf(uri, (d) => has(d, 'PM007') && has(d, 'PM206'));
      assert.deepEqual(summary(ds, ['PM007', 'PM206', 'PM203']), ['PM007 6:0-6:68', 'PM206 8:0-8:11']);
    });

    it('explains MTTR on hover and draws the figures as inlay hints, without ../shared', async () => {
      const uri = file('incidents', 'receipt-uploads.md');
      const text = await hoverOn(uri, 'MTTR:', 2);
      assert.match(
        text,
        /^\*\*MTTR\*\* \(time to resolve\): from \*detected\* to \*resolved\*\.\n\nTimeline: \*\*1h35m\*\*, from detected to resolved:\n\n- detected: \[20:10\]\(.*#L27\) .*\n\n- resolved: \[21:45\]\(.*#L40\) /,
      );
      assert.match(text, /\n\nStated 1h35m: agrees with the timeline\.$/);
      assert.deepEqual(await labelsOf(uri), RECEIPTS_HINTS);
    });

    reference('shows the findings of the reference postmortem at their places', async () => {
      const uri = file('incidents', '2019-02-06.md');
      await open(uri);
      const ds = await diagnosticsOf(uri, (d) => ['PM007', 'PM206', 'PM105'].every((code) => has(d, code)));
      assert.deepEqual(summary(ds, ['PM007', 'PM206', 'PM105']), [
        'PM007 6:0-6:45',
        'PM206 8:0-8:11',
        'PM105 26:0-26:6',
      ]);
      assert.equal(
        ds.find((d) => codeOf(d) === 'PM007')?.message,
        'Replace the template text "Something went wrong and caused this problem." with what happened in this incident.',
      );
    });

    reference('explains MTTR on hover: 1h35m from 20:10 to 21:45', async () => {
      const text = await hoverOn(file('incidents', '2019-02-06.md'), 'MTTR:', 2);
      assert.match(
        text,
        /\nTimeline: \*\*1h35m\*\*, from detected to resolved:\n\n- detected: \[20:10\]\(.*#L35\) .*\n\n- resolved: \[21:45\]\(.*#L58\) testing in production is ok \(inferred\)\n/,
      );
      assert.match(text, /\n\nStated 1h35m: agrees with the timeline\.$/);
    });

    reference('draws the computed figures as inlay hints', async () => {
      assert.deepEqual(await labelsOf(file('incidents', '2019-02-06.md')), REFERENCE_HINTS);
    });

    it('inserts a timeline entry with the current time and leaves the cursor after it', async () => {
      const uri = file('incidents', 'checkout-errors.md');
      const editor = await open(uri);
      await analysed(uri);
      const before = editor.document.getText();
      // The example's timeline is on 2024-03-05 (UTC): an entry written today goes under a date
      // line for today. The clock is the real one here (placement is unit-tested with a fixed
      // clock), so the entry holds the minute the command ran in: the one before or after it.
      const lines = (d: Date) => [`### ${d.toISOString().slice(0, 10)}`, `${d.toISOString().slice(11, 16)} `];
      const started = lines(new Date());
      const ok = await vscode.commands.executeCommand<boolean>('postmortem.insertTimelineEntry');
      const finished = lines(new Date());
      assert.equal(ok, true);
      const after = editor.document.getText();
      const inserted = after.split('\n').filter((l) => !before.split('\n').includes(l));
      assert.ok(
        [started, finished].some((expected) => JSON.stringify(expected) === JSON.stringify(inserted)),
        `${JSON.stringify(inserted)} is ${JSON.stringify(started)} or ${JSON.stringify(finished)}`,
      );
      const cursorLine = editor.document.lineAt(editor.selection.active.line).text;
      assert.equal(cursorLine, inserted[1], 'the cursor is on the new entry');
      assert.equal(editor.selection.active.character, 6);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('applies a quick fix from the code action provider', async () => {
      const uri = file('incidents', 'wrong-figure.md');
      const editor = await open(uri);
      const [diagnostic] = (await diagnosticsOf(uri, (d) => has(d, 'PM203'))).filter((d) => codeOf(d) === 'PM203');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.title === 'Change MTTR to 28m');
      assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(editor.document.getText(), /\nMTTR: 28m\n/);
      await diagnosticsOf(uri, (d) => !has(d, 'PM203'));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('fixes all safe problems with the Fix All command (the action resolved by the server)', async () => {
      const uri = file('incidents', 'wrong-figure.md');
      const editor = await open(uri);
      await diagnosticsOf(uri, (d) =>
        d.some((x) => x.code === 'PM203' || (typeof x.code === 'object' && x.code.value === 'PM203')),
      );
      await vscode.commands.executeCommand('postmortem.fixAll');
      await until('the fixed figure', () => (/\nMTTR: 28m\n/.test(editor.document.getText()) ? true : undefined));
      assert.equal(editor.document.getText().includes('MTTR: 2h'), false);
      await diagnosticsOf(uri, (d) => d.length === 0);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('creates a new postmortem named by date and title, opens it, and never overwrites', async () => {
      const created = await vscode.commands.executeCommand<vscode.Uri | undefined>(
        'postmortem.newPostmortem',
        'Checkout errors!',
      );
      assert.ok(created);
      const today = new Date();
      const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      assert.equal(created.fsPath, path.join(root(), 'docs', 'postmortems', `${date}-checkout-errors.md`));
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, created.fsPath);
      // No team template sits above docs/postmortems in this workspace, so the built-in skeleton is used.
      assert.ok(
        (vscode.window.activeTextEditor?.document.getText() ?? '').startsWith(
          `# ${date} Checkout errors!\n\n**Incident Leader: <name>**\n`,
        ),
      );
      const again = await vscode.commands.executeCommand<vscode.Uri | undefined>(
        'postmortem.newPostmortem',
        'Checkout errors!',
      );
      assert.equal(again?.fsPath, created.fsPath.replace(/\.md$/, '-2.md'), 'never overwrites');
    });

    it('colours key-moment tags and figure names through semantic tokens', async () => {
      const uri = file('incidents', 'checkout-errors.md');
      const editor = await open(uri);
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
        'vscode.provideDocumentSemanticTokensLegend',
        uri,
      );
      assert.deepEqual(legend.tokenTypes, ['keyMoment', 'impactFigure']);
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>(
        'vscode.provideDocumentSemanticTokens',
        uri,
      );
      const texts: string[] = [];
      let line = 0;
      let character = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        line += tokens.data[i];
        character = tokens.data[i] ? tokens.data[i + 1] : character + tokens.data[i + 1];
        const range = new vscode.Range(line, character, line, character + tokens.data[i + 2]);
        texts.push(`${editor.document.getText(range)} ${legend.tokenTypes[tokens.data[i + 3]]}`);
      }
      assert.ok(texts.includes('[start] keyMoment'), texts.join(', '));
      assert.ok(texts.includes('MTTD impactFigure'), texts.join(', '));
    });

    it('creates a new postmortem in the folder .postmortemrc.json names, and refuses one leading outside', async () => {
      const rc = file('.postmortemrc.json');
      const write = (text: string) => vscode.workspace.fs.writeFile(rc, new TextEncoder().encode(text));
      await write('{ "newPostmortem": { "folder": "docs/from-rc" } }');
      try {
        const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newPostmortem', 'DNS');
        assert.equal(path.dirname(created?.fsPath ?? ''), path.join(root(), 'docs', 'from-rc'));
        await write('{ "newPostmortem": { "folder": "../.." } }');
        const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>(
          'postmortem.newPostmortem',
          'Escape',
        );
        assert.equal(refused, undefined, 'nothing is created outside the workspace folder');
      } finally {
        await vscode.workspace.fs.delete(rc);
      }
    });

    it('New Postmortem records a chosen preset in .postmortemrc.json and writes that preset’s skeleton', async () => {
      const rc = file('.postmortemrc.json');
      let created: vscode.Uri | undefined;
      try {
        // The arguments stand for the two choices of the prompt: Google SRE, saved for the workspace.
        created = await vscode.commands.executeCommand<vscode.Uri | undefined>(
          'postmortem.newPostmortem',
          'Thumbnails',
          {
            preset: 'google-sre',
            save: true,
          },
        );
        assert.ok(created);
        const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(rc));
        assert.deepEqual(JSON.parse(written), { preset: 'google-sre' });
        const text = vscode.window.activeTextEditor?.document.getText() ?? '';
        assert.match(text, /^# \d{4}-\d{2}-\d{2} Thumbnails\n\n\*\*Date: <date>\*\*\n\n\*\*Authors: <authors>\*\*/);
        assert.match(text, /\n\*\*Trigger\*\*: <What set the latent cause off>\n/);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(rc);
        if (created) await vscode.workspace.fs.delete(created);
      }
    });

    it('gives a plain README no findings', async () => {
      const readme = file('README.md');
      await open(readme);
      // The server analyses in order: once a postmortem opened after it has its findings, the
      // README had its turn (an empty list cannot tell "published" from "not yet").
      const uri = file('incidents', 'wrong-figure.md');
      await open(uri);
      await diagnosticsOf(uri, (d) => has(d, 'PM203'));
      assert.deepEqual(vscode.languages.getDiagnostics(readme), []);
    });

    reference('re-validates when a setting changes', async () => {
      const uri = file('incidents', '2019-02-06.md');
      await open(uri);
      const config = vscode.workspace.getConfiguration('postmortem', uri);
      await config.update('rules', { 'timeline-approximate-time': 'off' }, vscode.ConfigurationTarget.Workspace);
      try {
        const ds = await diagnosticsOf(uri, (d) => !has(d, 'PM105') && has(d, 'PM007'));
        assert.deepEqual(summary(ds, ['PM007', 'PM206', 'PM105']), ['PM007 6:0-6:45', 'PM206 8:0-8:11']);
      } finally {
        await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await diagnosticsOf(uri, (d) => has(d, 'PM105'));
    });

    // A postmortem nobody opens: no incident leader (PM006), written straight to disk.
    const NO_LEADER = [
      '# 2024-09-09 Disk filled on the build cache',
      '',
      '## Timeline',
      '',
      'All times UTC.',
      '',
      '09:00 cache disk at 100% [start]',
      '',
      '09:10 builds fail, alert fires [detected]',
      '',
      '09:40 old layers pruned [resolved]',
      '',
      '## Impact',
      '',
      'MTTD: 10m',
      '',
      'MTTR: 30m',
      '',
    ].join('\n');
    const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

    it('lists a closed postmortem’s findings in Problems, and follows the file on disk', async () => {
      const uri = file('incidents', 'disk-filled.md');
      await write(uri, NO_LEADER);
      try {
        await diagnosticsOf(uri, (d) => has(d, 'PM006'));
        assert.equal(isOpen(uri), false, 'never opened');
        await write(uri, NO_LEADER.replace('\n\n## Timeline', '\n\n**Incident Leader: Sam**\n\n## Timeline'));
        await diagnosticsOf(uri, (d) => !has(d, 'PM006'));
      } finally {
        await vscode.workspace.fs.delete(uri);
      }
      await diagnosticsOf(uri, (d) => d.length === 0);
      assert.equal(isOpen(uri), false);
    });

    it('turns closed files’ findings off and on with postmortem.workspaceProblems', async () => {
      const uri = file('incidents', 'disk-filled-setting.md');
      await write(uri, NO_LEADER);
      const config = vscode.workspace.getConfiguration('postmortem');
      try {
        await diagnosticsOf(uri, (d) => has(d, 'PM006'));
        await config.update('workspaceProblems', false, vscode.ConfigurationTarget.Workspace);
        await diagnosticsOf(uri, (d) => d.length === 0);
        await config.update('workspaceProblems', undefined, vscode.ConfigurationTarget.Workspace);
        await diagnosticsOf(uri, (d) => has(d, 'PM006'));
      } finally {
        await config.update('workspaceProblems', undefined, vscode.ConfigurationTarget.Workspace);
        await vscode.workspace.fs.delete(uri);
      }
    });

    it('Postmortem: Show Insights draws the workspace’s tables and charts in a webview', async () => {
      const insights = await vscode.commands.executeCommand<InsightsHandle>('postmortem.showInsights');
      const drawn = await insights.drawn(
        (r) => !r.reading && r.incidents.includes('Receipt uploads dropped after a queue client upgrade'),
      );
      assert.deepEqual(drawn.charts, [
        'Incidents per quarter',
        'Time to detect (MTTD) per quarter: median and p90',
        'Time to repair (MTTR) per quarter: median and p90',
        'Action items still open, by the quarter of their incident',
      ]);
      // The two copies of the clean example (one with a wrong MTTR), newest first after the receipts one.
      const receipts = drawn.incidents.indexOf('Receipt uploads dropped after a queue client upgrade');
      assert.deepEqual(drawn.incidents.slice(receipts, receipts + 3), [
        'Receipt uploads dropped after a queue client upgrade',
        ...Array(2).fill('Checkout errors after a proxy config push'),
      ]);
      assert.match(drawn.summary, /^\d+ postmortems, .* by quarter\. Action items as of \d{4}-\d{2}-\d{2}\.$/);
      const tab = vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('postmortem.insights'));
      assert.equal(tab?.label, 'Postmortem Insights');
    });

    it('updates the insights as postmortems change, and opens the one clicked', async () => {
      const insights = await vscode.commands.executeCommand<InsightsHandle>('postmortem.showInsights');
      const uri = file('incidents', 'runner-pool.md');
      await write(uri, NO_LEADER.replace('Disk filled on the build cache', 'Runner pool drained'));
      try {
        const drawn = await insights.drawn((r) => r.incidents.includes('Runner pool drained'));
        await insights.openRow(drawn.serial, drawn.incidents.indexOf('Runner pool drained'));
        await until('the clicked postmortem in an editor', () =>
          vscode.window.activeTextEditor?.document.uri.fsPath === uri.fsPath ? true : undefined,
        );
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await vscode.workspace.fs.delete(uri);
      }
      // Deleted, it is no longer counted, though the editor may keep its document open a while.
      await insights.drawn((r) => !r.incidents.includes('Runner pool drained'));
    });
  });
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  mocha.suite.emit('pre-require', globalThis, 'postmortem', mocha);
  suite();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      console.log(`${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
      if (failures) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
  });
}
