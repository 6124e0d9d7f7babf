// A minimal LSP client over the built server's stdio: real JSON-RPC, no editor.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  Diagnostic,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcessWithoutNullStreams;
  /** What the server answered to `initialize`: its capabilities. */
  initialized: InitializeResult;
  /** Every publishDiagnostics so far, in order: closed files' findings come unasked. */
  published: PublishDiagnosticsParams[];
  /** Resolves with the next diagnostics published for `uri` after this call (for `version`, when given). */
  nextDiagnostics(uri: string, timeoutMs?: number, version?: number): Promise<Diagnostic[]>;
  open(uri: string, text: string, version?: number): void;
  change(
    uri: string,
    version: number,
    changes: {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      text: string;
    }[],
  ): void;
  close(uri: string): void;
  /** Settings the client answers `workspace/configuration` with. */
  settings: Record<string, unknown>;
  pushSettings(settings: Record<string, unknown>): void;
  shutdown(): Promise<number | null>;
  stderr(): string;
  /** Every `window/logMessage` the server sent, in order: what a user sees in the output panel. */
  logs: { type: number; message: string }[];
  /** The refresh requests the server sent (`workspace/inlayHint/refresh`, `workspace/codeLens/refresh`), in order. */
  refreshes: string[];
}

export async function startServer(options: {
  pullConfiguration: boolean;
  rootPath?: string;
  nodeFlags?: string[];
  /** Whether the client says it supports inlay hint and code lens refresh requests. */
  refreshSupport?: boolean;
  /** As the VS Code client sends them (`{ trusted: false }` in Restricted Mode). */
  initializationOptions?: unknown;
  /** What `workspace/configuration` answers from the start (the server may ask before `initialized`). */
  settings?: Record<string, unknown>;
}): Promise<TestClient> {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), SERVER, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiters: { uri: string; version?: number; resolve: (d: Diagnostic[]) => void }[] = [];
  const published: PublishDiagnosticsParams[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
    published.push(p);
    const i = waiters.findIndex((w) => w.uri === p.uri && (w.version === undefined || w.version === p.version));
    if (i >= 0) waiters.splice(i, 1)[0].resolve(p.diagnostics);
  });
  const client: TestClient = {
    connection,
    process: child,
    initialized: { capabilities: {} },
    published,
    settings: options.settings ?? {},
    nextDiagnostics(uri, timeoutMs = 10_000, version) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${stderr}`)),
          timeoutMs,
        );
        waiters.push({ uri, version, resolve: (d) => (clearTimeout(timer), resolve(d)) });
      });
    },
    open(uri, text, version = 1) {
      void connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version, text },
      });
    },
    change(uri, version, changes) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: changes,
      });
    },
    close(uri) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    pushSettings(settings) {
      void connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { postmortem: settings } });
    },
    async shutdown() {
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
    stderr: () => stderr,
    logs: [],
    refreshes: [],
  };
  connection.onNotification(LogMessageNotification.type, (p) => client.logs.push({ type: p.type, message: p.message }));
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map(() => client.settings),
  );
  connection.onRequest('client/registerCapability', () => null);
  for (const refresh of ['workspace/inlayHint/refresh', 'workspace/codeLens/refresh'])
    connection.onRequest(refresh, () => (client.refreshes.push(refresh), null));
  connection.listen();
  client.initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.rootPath ? pathToFileURL(options.rootPath).href : null,
    initializationOptions: options.initializationOptions,
    workspaceFolders: options.rootPath ? [{ uri: pathToFileURL(options.rootPath).href, name: 'root' }] : null,
    capabilities: {
      workspace: {
        configuration: options.pullConfiguration,
        didChangeWatchedFiles: { dynamicRegistration: true },
        inlayHint: { refreshSupport: !!options.refreshSupport },
        codeLens: { refreshSupport: !!options.refreshSupport },
      },
      textDocument: { publishDiagnostics: { relatedInformation: true } },
    },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return client;
}
