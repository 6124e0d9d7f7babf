// The LSP connection: documents in, diagnostics out, everything else delegated to the core.
// Started by the VS Code client over IPC, or by any editor with `--stdio`.
import { pathToFileURL } from 'node:url';
import type { Diagnostic, InitializeResult } from 'vscode-languageserver/node';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis/analyze';
import { analyze } from './analysis/analyze';
import { AnalysisCache } from './analysisCache';
import { readTextCached } from './config/fileCache';
import { configProblemDiagnostics, toDiagnostics } from './features/diagnostics';
import { uriToPath, Workspace } from './workspace';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new Workspace(connection);
const cache = new AnalysisCache();
/** Config files we published problems for, so they are cleared once fixed. */
const configFilesWithProblems = new Set<string>();
const pending = new Map<string, ReturnType<typeof setTimeout>>();
/** Typing pauses shorter than this are not worth a full validation. */
const CHANGE_DELAY_MS = 120;

function logError(context: string, error: unknown): void {
  connection.console.error(`${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

process.on('uncaughtException', (error) => logError('uncaught exception', error));
process.on('unhandledRejection', (error) => logError('unhandled rejection', error));

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  workspace.pullsConfiguration = !!caps.workspace?.configuration;
  const options = params.initializationOptions as { settings?: unknown } | undefined;
  workspace.pushedSettings = options?.settings ?? {};
  workspace.roots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (workspace.roots.length === 0 && params.rootUri) {
    const root = uriToPath(params.rootUri);
    if (root) workspace.roots = [root];
  }
  watchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  return {
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    serverInfo: { name: 'postmortem-markdown' },
  };
});

let watchFiles = false;
connection.onInitialized(() => {
  if (watchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.postmortemrc.json' }, { globPattern: '**/*{template,Template,TEMPLATE}*.{md,markdown}' }],
    });
  }
});

/** The cached analysis of an open document, computing it when its version or config changed. */
async function analysisOf(document: TextDocument): Promise<{ analysis: Analysis; problems: { file: string; diagnostics: Diagnostic[] }[] }> {
  const loaded = await workspace.configFor(document.uri);
  const analysis = cache.get(document.uri, document.version, () =>
    analyze(document.getText(), loaded.config, { path: loaded.path, template: loaded.template?.text }),
  );
  for (const failure of analysis.failures) logError(`rule ${failure.rule} failed on ${document.uri}`, failure.error);
  const problems = loaded.configFile
    ? [{ file: loaded.configFile, diagnostics: configProblemDiagnostics(readTextCached(loaded.configFile) ?? '', loaded.problems) }]
    : [];
  return { analysis, problems };
}

async function validate(document: TextDocument): Promise<void> {
  try {
    const { analysis, problems } = await analysisOf(document);
    // The document may have changed or closed while the configuration was fetched.
    if (documents.get(document.uri)?.version !== document.version) return;
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: toDiagnostics(analysis) });
    for (const { file, diagnostics } of problems) {
      if (diagnostics.length === 0 && !configFilesWithProblems.has(file)) continue;
      if (diagnostics.length) configFilesWithProblems.add(file);
      else configFilesWithProblems.delete(file);
      await connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
    }
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
  cache.invalidateAll();
  for (const document of documents.all()) schedule(document, 0);
}

// TextDocuments reports an open as a content change too; only real edits wait for a pause.
const justOpened = new Set<string>();
documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  schedule(e.document, 0);
});
documents.onDidChangeContent((e) => {
  if (justOpened.delete(e.document.uri)) return;
  schedule(e.document, CHANGE_DELAY_MS);
});
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  justOpened.delete(e.document.uri);
  cache.delete(e.document.uri);
  workspace.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration((change) => {
  const settings = (change.settings as { postmortem?: unknown } | null | undefined)?.postmortem;
  workspace.settingsChanged(settings);
  revalidateAll();
});

connection.onDidChangeWatchedFiles((change) => {
  // A deleted config file takes its problems with it; the others are re-published by validation.
  for (const event of change.changes) {
    const path = uriToPath(event.uri);
    if (event.type === FileChangeType.Deleted && path && configFilesWithProblems.delete(path)) {
      void connection.sendDiagnostics({ uri: event.uri, diagnostics: [] });
    }
  }
  workspace.settingsChanged(undefined);
  revalidateAll();
});

documents.listen(connection);
connection.listen();
