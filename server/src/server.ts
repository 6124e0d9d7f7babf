// The LSP connection: documents in, diagnostics out, everything else delegated to the core. This
// file wires handlers to features; scheduling.ts decides when documents are analysed, and
// configProblems.ts publishes the config files' problems. Started by the VS Code client over
// IPC, or by any editor with `--stdio`.
import type { CancellationToken, CodeAction, InitializeResult } from 'vscode-languageserver/node';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis/analyze';
import { insertTimelineEntry } from './analysis/insertEntry';
import { ConfigProblems, isConfigFile } from './configProblems';
import { DocumentAnalyses } from './documentAnalyses';
import { codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { completions } from './features/completion';
import { FIX_ALL_KIND, fixAllTarget, resolvedFixAll } from './features/fixAllAction';
import { hoverAt } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semanticTokens';
import { documentSymbols } from './features/symbols';
import { ChartThread } from './chartThread';
import { InsightsService } from './insightsRequest';
import { newPostmortemRequest } from './newPostmortemRequest';
import { presetChoice, presetFile } from './presetRequests';
import { LineIndex } from './postmortem/positions';
import type {
  InsertTimelineEntryParams,
  InsertTimelineEntryResult,
  InsightsParams,
  MemoryUsageResult,
  NewPostmortemParams,
  PresetChoiceParams,
  PresetFileParams,
} from './protocol';
import {
  INSERT_TIMELINE_ENTRY,
  INSIGHTS,
  MEMORY_USAGE,
  NEW_POSTMORTEM,
  PRESET_CHOICE,
  PRESET_FILE,
  WORKSPACE_TRUSTED,
} from './protocol';
import { MessageTurns, Scheduler, unlessCancelled } from './scheduling';
import { uriToPath, Workspace } from './workspace';
import { isMarkdownPath } from './workspaceFiles';
import { watchWorkspaceFolders, WORKSPACE_SCAN_WATCHERS, WorkspaceScan } from './workspaceScan';
import { isTemplatePath } from './postmortem/classify';

const turns = new MessageTurns();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: turns });
const documents = new TextDocuments(TextDocument);
const workspace = new Workspace(connection);
const configProblems = new ConfigProblems(connection, documents, workspace);
const analyses = new DocumentAnalyses(turns.giveWay);
const scheduler = new Scheduler(connection, documents, workspace, analyses, configProblems, logError);
const scan = new WorkspaceScan(connection, documents, workspace, scheduler, configProblems, turns.giveWay, logError);
const insights = new InsightsService(connection, documents, analyses, workspace, scan, new ChartThread(logLine));
scheduler.listener = {
  analysed: (uri, analysis) => insights.analysed(uri, analysis),
  closed: (uri) => scan.closed(uri),
};

function logError(context: string, error: unknown): void {
  connection.console.error(`${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

function logLine(line: string): void {
  connection.console.log(line);
}

process.on('uncaughtException', (error) => logError('uncaught exception', error));
process.on('unhandledRejection', (error) => logError('unhandled rejection', error));

let watchFiles = false;
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
  scheduler.refreshInlayHints = !!caps.workspace?.inlayHint?.refreshSupport;
  scheduler.refreshCodeLens = !!caps.workspace?.codeLens?.refreshSupport;
  return {
    capabilities: {
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      inlayHintProvider: true,
      completionProvider: { triggerCharacters: ['#', ' ', '[', '-'] },
      codeActionProvider: {
        codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.RefactorRewrite],
        // Fix-all is computed when the client resolves it, not on every lightbulb request.
        resolveProvider: true,
      },
      documentSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
    },
    serverInfo: { name: 'postmortem-markdown' },
  };
});

connection.onInitialized(() => {
  if (watchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        { globPattern: '**/.postmortemrc.json' },
        { globPattern: '**/*{template,Template,TEMPLATE}*.{md,markdown}' },
        ...WORKSPACE_SCAN_WATCHERS,
      ],
    });
  }
  watchWorkspaceFolders(connection, workspace, () => void scan.refresh());
  void scan.refresh();
});

/**
 * Every feature handler: an analysis of the document, and a logged empty answer on any error.
 * `recent` features may answer from the latest complete analysis (and are refreshed when the
 * current one arrives); the others need the current one.
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
        recent ? scheduler.recentAnalysisOf(document, recent) : scheduler.analysisOf(document).then((a) => a?.analysis),
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
    scheduler.refreshHints,
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
    }),
  ),
);

// Fix-all's passes re-analyse the document, in turn with its other analyses.
connection.onCodeActionResolve(async (action: CodeAction, token): Promise<CodeAction> => {
  const uri = fixAllTarget(action);
  const document = uri === undefined ? undefined : documents.get(uri);
  if (!document) return action;
  try {
    const fixed = await unlessCancelled(scheduler.fixedText(document, token), token);
    // The document changed first: no edit, rather than one for a text it no longer has.
    if (!fixed || document.version !== fixed.version) return action;
    return resolvedFixAll(action, fixed.text, fixed.fixed, LineIndex.of(document));
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    logError(`fix all on ${document.uri}`, error);
    return action;
  }
});

connection.onDocumentSymbol(
  feature(
    'document symbols',
    [],
    (analysis) => (analysis.postmortem.classification ? documentSymbols(analysis) : []),
    noRefresh,
  ),
);

connection.onCodeLens(feature('code lens', [], (analysis) => codeLenses(analysis), scheduler.refreshLenses));

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
      const insertion = insertTimelineEntry(analysis.postmortem, analysis.config, params.now);
      if ('refused' in insertion) return { edits: [], refused: insertion.refused };
      const { edit, cursor } = insertion;
      const range = analysis.lines.range(edit.span);
      // The cursor is an offset in the edited text, so it is placed with that text's own line index.
      const after = new LineIndex(TextDocument.applyEdits(document, [{ range, newText: edit.newText }]));
      return { edits: [{ range, newText: edit.newText }], cursor: after.position(cursor) };
    },
  ),
);

connection.onRequest(NEW_POSTMORTEM, (params: NewPostmortemParams) => newPostmortemRequest(params, workspace));
connection.onRequest(PRESET_CHOICE, (params: PresetChoiceParams) => presetChoice(params, workspace));
connection.onRequest(PRESET_FILE, (params: PresetFileParams) => presetFile(params, workspace));
connection.onNotification(WORKSPACE_TRUSTED, () =>
  workspace.trust(() => {
    scheduler.revalidateAll();
    void scan.refresh();
  }),
);
connection.onRequest(INSIGHTS, (params: InsightsParams) => insights.view(params));

connection.onRequest(MEMORY_USAGE, (): MemoryUsageResult => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss, collected: !!gc };
});

documents.onDidOpen((e) => scheduler.opened(e.document));
documents.onDidChangeContent((e) => scheduler.changed(e.document));
documents.onDidClose((e) => scheduler.closed(e.document));

connection.onDidChangeConfiguration((change) => {
  const settings = (change.settings as { postmortem?: unknown } | null | undefined)?.postmortem;
  workspace.settingsChanged(settings);
  scheduler.revalidateAll();
  void scan.refresh();
});

connection.onDidChangeWatchedFiles((change) => {
  // Postmortems changed on disk are the scan's alone; config files and templates may change
  // every document's configuration.
  scan.filesChanged(change.changes);
  const paths = change.changes.map((event) => uriToPath(event.uri));
  if (!paths.some((path) => isConfigFile(path) || (path && isMarkdownPath(path) && isTemplatePath(path)))) return;
  // Config files are checked even when no document under them is open; a deleted one is cleared.
  for (const path of paths)
    if (isConfigFile(path))
      void configProblems.publish(path).catch((error: unknown) => logError(`checking ${path}`, error));
  workspace.settingsChanged(undefined);
  scheduler.revalidateAll();
  void scan.refresh();
});

documents.listen(connection);
connection.listen();
