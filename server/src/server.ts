// The LSP connection: documents in, diagnostics out, everything else delegated to the core.
// Started by the VS Code client over IPC, or by any editor with `--stdio`.
import { pathToFileURL } from 'node:url';
import { basename } from 'node:path';
import type { InitializeResult } from 'vscode-languageserver/node';
import type { CancellationToken } from 'vscode-languageserver/node';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis/analyze';
import { analyze } from './analysis/analyze';
import type { Versioned } from './documentAnalyses';
import { DocumentAnalyses } from './documentAnalyses';
import { CONFIG_FILE_NAME, MAX_CONFIG_FILE_BYTES } from './config/configFile';
import { readTextCached } from './config/fileCache';
import { insertTimelineEntry } from './analysis/insertEntry';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { completions } from './features/completion';
import { configProblemDiagnostics, toDiagnostics } from './features/diagnostics';
import { hoverAt } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semanticTokens';
import { documentSymbols } from './features/symbols';
import { newPostmortemRequest } from './newPostmortemRequest';
import { presetChoice, presetFile } from './presetRequests';
import type { PresetChoiceParams, PresetFileParams } from './protocol';
import { PRESET_CHOICE, PRESET_FILE } from './protocol';
import type { InsertTimelineEntryParams, InsertTimelineEntryResult, NewPostmortemParams } from './protocol';
import type { MemoryUsageResult } from './protocol';
import { INSERT_TIMELINE_ENTRY, MEMORY_USAGE, NEW_POSTMORTEM, WORKSPACE_TRUSTED } from './protocol';
import { LineIndex } from './postmortem/positions';
import { uriToPath, Workspace } from './workspace';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new Workspace(connection);
const analyses = new DocumentAnalyses();
/** The diagnostics last published per config file: re-sent only when they change, cleared once fixed. */
const publishedProblems = new Map<string, string>();
/** Broken config files already logged: closing and reopening one is no news. */
const loggedConfigFiles = new Set<string>();
const pending = new Map<string, ReturnType<typeof setTimeout>>();

function logError(context: string, error: unknown): void {
  connection.console.error(`${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

process.on('uncaughtException', (error) => logError('uncaught exception', error));
process.on('unhandledRejection', (error) => logError('unhandled rejection', error));

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  workspace.pullsConfiguration = !!caps.workspace?.configuration;
  const options = params.initializationOptions as { settings?: unknown; trusted?: boolean } | undefined;
  workspace.pushedSettings = options?.settings ?? {};
  workspace.trusted = options?.trusted !== false;
  workspace.roots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (workspace.roots.length === 0 && params.rootUri) {
    const root = uriToPath(params.rootUri);
    if (root) workspace.roots = [root];
  }
  watchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  refreshInlayHints = !!caps.workspace?.inlayHint?.refreshSupport;
  refreshCodeLens = !!caps.workspace?.codeLens?.refreshSupport;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      inlayHintProvider: true,
      completionProvider: { triggerCharacters: ['#', ' ', '[', '-'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.RefactorRewrite] },
      documentSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
    },
    serverInfo: { name: 'postmortem-markdown' },
  };
});

let watchFiles = false;
let refreshInlayHints = false;
let refreshCodeLens = false;
connection.onInitialized(() => {
  if (watchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        { globPattern: '**/.postmortemrc.json' },
        { globPattern: '**/*{template,Template,TEMPLATE}*.{md,markdown}' },
      ],
    });
  }
});

/**
 * The analysis of an open document's current version, computed when its version or config
 * changed; undefined when a newer version came first (a stale result is never used).
 */
async function analysisOf(document: TextDocument): Promise<{ analysis: Analysis; configFile?: string } | undefined> {
  const loaded = await workspace.configFor(document.uri);
  const text = document.getText();
  const done = await analyses.analysis(document.uri, document.version, (analyzer) =>
    analyzer.analyzeSteps(text, loaded.config, { path: loaded.path, template: loaded.template?.text }),
  );
  if (!done) return undefined;
  for (const failure of done.analysis.failures)
    logError(`rule ${failure.rule} failed on ${document.uri}`, failure.error);
  return { analysis: done.analysis, configFile: loaded.configFile };
}

/** How long a hover or inlay-hint request waits for the current version before taking the latest. */
const FRESH_WAIT_MS = 40;

/**
 * For answers that tolerate a moment's lag (hover, inlay hints, outline, code lens): the current
 * version's analysis if it is ready soon, else the latest complete one, so a long analysis of
 * a big document never keeps them waiting.
 */
async function recentAnalysisOf(document: TextDocument, onFresh: () => void): Promise<Analysis | undefined> {
  const current = analysisOf(document);
  const latest = analyses.latest(document.uri);
  if (!latest || latest.generation !== analyses.generation) return (await current)?.analysis;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), FRESH_WAIT_MS)));
  const first = await Promise.race([current, late]);
  clearTimeout(timer);
  if (first !== 'late') return first?.analysis ?? staleOf(latest);
  void current.then((fresh) => fresh && onFresh());
  return staleOf(latest);
}

const staleOf = (latest: Versioned): Analysis => latest.analysis;

const isConfigFile = (path: string | undefined): path is string => !!path && basename(path) === CONFIG_FILE_NAME;

/** A config file's problems as diagnostics in that file: as typed when it is open, else as on disk. */
async function publishConfigProblems(file: string): Promise<void> {
  const open = documents.all().find((d) => uriToPath(d.uri) === file);
  const text = open ? open.getText() : readTextCached(file, MAX_CONFIG_FILE_BYTES);
  const diagnostics =
    text === undefined ? [] : configProblemDiagnostics(text, workspace.configFileProblems(file, text));
  const key = JSON.stringify(diagnostics);
  if ((publishedProblems.get(file) ?? '[]') === key) return;
  if (!diagnostics.length) loggedConfigFiles.delete(file);
  else if (!loggedConfigFiles.has(file)) {
    loggedConfigFiles.add(file);
    // One line per broken file, not one per validation: the details are in the file's diagnostics.
    connection.console.warn(
      `${file}: ${diagnostics.length} problem(s); the valid settings apply, the rest fall back to defaults.`,
    );
  }
  if (diagnostics.length) publishedProblems.set(file, key);
  else publishedProblems.delete(file);
  await connection.sendDiagnostics({ uri: open?.uri ?? pathToFileURL(file).href, version: open?.version, diagnostics });
}

async function validate(document: TextDocument): Promise<void> {
  try {
    const path = uriToPath(document.uri);
    // Editors other than VS Code may open the config file itself with us: check it, it is no markdown.
    if (isConfigFile(path)) return await publishConfigProblems(path);
    const current = await analysisOf(document);
    // The document may have changed or closed while it was analysed: those diagnostics are stale.
    const open = documents.get(document.uri);
    if (!current || open?.version !== document.version) return;
    const { analysis, configFile } = current;
    // The open document is this version's text right now (no await since the check above).
    await connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: toDiagnostics(analysis, LineIndex.of(open)),
    });
    if (configFile) await publishConfigProblems(configFile);
  } catch (error) {
    logError(`validating ${document.uri}`, error);
  }
}

function schedule(document: TextDocument, delay: number): void {
  clearTimeout(pending.get(document.uri));
  pending.set(
    document.uri,
    setTimeout(() => {
      pending.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void validate(current);
    }, delay),
  );
}

function revalidateAll(): void {
  analyses.invalidateAll();
  for (const document of documents.all()) schedule(document, 0);
  if (refreshInlayHints) void connection.languages.inlayHint.refresh();
  if (refreshCodeLens) void connection.sendRequest('workspace/codeLens/refresh');
}

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

/**
 * The work's result, or a cancelled answer as soon as the client cancels: the client stops
 * waiting at once, while the analysis goes on for the diagnostics and the next request.
 */
function unlessCancelled<T>(work: Promise<T>, token: CancellationToken | undefined): Promise<T> {
  if (!token) return work;
  if (token.isCancellationRequested) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => reject(cancelled()));
    work.then(resolve, reject).finally(() => listener.dispose());
  });
}

/**
 * Every feature handler: an analysis of the document, and a logged empty answer on any error.
 * `recent` features may answer from the latest complete analysis; the others need the current one.
 */
function feature<P extends { textDocument: { uri: string } }, R>(
  name: string,
  empty: R,
  run: (analysis: Analysis, document: TextDocument, params: P) => R,
  recent?: () => void,
) {
  return async (params: P, token?: CancellationToken): Promise<R> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return empty;
    try {
      const analysis = await unlessCancelled(
        recent ? recentAnalysisOf(document, recent) : analysisOf(document).then((a) => a?.analysis),
        token,
      );
      // Superseded by a newer version: the client asks again for that one.
      if (!analysis) return empty;
      return run(analysis, document, params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      logError(`${name} on ${params.textDocument.uri}`, error);
      return empty;
    }
  };
}

const refreshHints = () => {
  if (refreshInlayHints) void connection.languages.inlayHint.refresh();
};
const refreshLenses = () => {
  if (refreshCodeLens) void connection.sendRequest('workspace/codeLens/refresh');
};
const noRefresh = () => undefined;

connection.onHover(
  feature(
    'hover',
    null,
    (analysis, document, params) => hoverAt(analysis, document.uri, document.offsetAt(params.position)),
    noRefresh,
  ),
);

connection.languages.inlayHint.on(
  feature(
    'inlay hints',
    [],
    (analysis, document, params) =>
      inlayHints(
        analysis,
        { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) },
        { elapsedTime: analysis.config.inlayHints.elapsedTime },
      ),
    refreshHints,
  ),
);

connection.onCompletion(
  feature('completion', [], (analysis, document, params) => completions(analysis, document.offsetAt(params.position))),
);

connection.onCodeAction(
  feature('code actions', [], (analysis, document, params) =>
    codeActions(analysis, {
      uri: document.uri,
      span: { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) },
      diagnostics: params.context.diagnostics,
      only: params.context.only,
      // Fixed texts differ from the document in a few blocks: the document's analyzer reuses the rest.
      reanalyse: (text) =>
        analyses.analyzerOf(document.uri)?.analyze(text, analysis.config, analysis.context) ??
        analyze(text, analysis.config, analysis.context),
    }),
  ),
);

connection.onDocumentSymbol(
  feature(
    'document symbols',
    [],
    (analysis) => (analysis.postmortem.classification ? documentSymbols(analysis) : []),
    noRefresh,
  ),
);

connection.onCodeLens(feature('code lens', [], (analysis) => codeLenses(analysis), refreshLenses));

// From the current version only: tokens of an older one would colour the wrong characters.
connection.languages.semanticTokens.on(
  feature('semantic tokens', { data: [] }, (analysis) => semanticTokens(analysis)),
);

connection.onRequest(
  INSERT_TIMELINE_ENTRY,
  feature<InsertTimelineEntryParams, InsertTimelineEntryResult | null>(
    'insert timeline entry',
    null,
    (analysis, document, params) => {
      const { edit, cursor } = insertTimelineEntry(analysis.postmortem, analysis.config, params.now);
      const range = analysis.lines.range(edit.span);
      // The cursor is an offset in the edited text, so it is placed with that text's own line index.
      const after = new LineIndex(TextDocument.applyEdits(document, [{ range, newText: edit.newText }]));
      return { edits: [{ range, newText: edit.newText }], cursor: after.position(cursor) };
    },
  ),
);

// TextDocuments reports an open as a content change too; only real edits wait for a pause.
const justOpened = new Set<string>();
connection.onRequest(NEW_POSTMORTEM, (params: NewPostmortemParams) => newPostmortemRequest(params, workspace));
connection.onRequest(PRESET_CHOICE, (params: PresetChoiceParams) => presetChoice(params, workspace));
connection.onRequest(PRESET_FILE, (params: PresetFileParams) => presetFile(params, workspace));
connection.onNotification(WORKSPACE_TRUSTED, () => workspace.trust(revalidateAll));

connection.onRequest(MEMORY_USAGE, (): MemoryUsageResult => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss, collected: !!gc };
});

documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  schedule(e.document, 0);
});
documents.onDidChangeContent((e) => {
  if (justOpened.delete(e.document.uri)) return;
  // No fixed typing delay: an edit costs one block's parse; bursts are analysed once (changeDelay).
  schedule(e.document, analyses.changeDelay(e.document.uri));
});
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  justOpened.delete(e.document.uri);
  analyses.delete(e.document.uri);
  workspace.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  const path = uriToPath(e.document.uri);
  if (isConfigFile(path)) {
    // Closed, the file still applies as saved: show the saved text's problems.
    publishedProblems.delete(path);
    void publishConfigProblems(path).catch((error: unknown) => logError(`checking ${path}`, error));
  }
});

connection.onDidChangeConfiguration((change) => {
  const settings = (change.settings as { postmortem?: unknown } | null | undefined)?.postmortem;
  workspace.settingsChanged(settings);
  revalidateAll();
});

connection.onDidChangeWatchedFiles((change) => {
  // Config files are checked even when no document under them is open; a deleted one is cleared.
  for (const event of change.changes) {
    const path = uriToPath(event.uri);
    if (isConfigFile(path))
      void publishConfigProblems(path).catch((error: unknown) => logError(`checking ${path}`, error));
  }
  workspace.settingsChanged(undefined);
  revalidateAll();
});

documents.listen(connection);
connection.listen();
