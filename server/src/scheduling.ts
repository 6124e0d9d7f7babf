// When open documents are analysed and their diagnostics published, which analysis a request
// waits for, and what a cancelled request gets. The analyses themselves run in documentAnalyses.ts,
// one document's in turn.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type {
  CancellationToken,
  Connection,
  Message,
  MessageStrategy,
  TextDocuments,
} from 'vscode-languageserver/node';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis/analyze';
import { failureSource } from './analysis/analyze';
import { fixTextSteps } from './analysis/fixAll';
import type { ConfigProblems } from './configProblems';
import { isConfigFile } from './configProblems';
import type { DocumentAnalyses } from './documentAnalyses';
import { toDiagnostics } from './features/diagnostics';
import { LineIndex } from './postmortem/positions';
import type { Workspace } from './workspace';
import { uriToPath } from './workspace';
import { localToday } from './localToday';

/** How long a hover or inlay-hint request waits for the current version before taking the latest. */
const FRESH_WAIT_MS = 40;

export interface CurrentAnalysis {
  analysis: Analysis;
  /** The document version it is the analysis of. */
  version: number;
  configFile?: string;
}

/** Told of what happens to open documents: the workspace scan and the insights view build on it. */
export interface OpenDocumentListener {
  /** An open document's current version was analysed and its diagnostics published. */
  analysed(uri: string, analysis: Analysis): void;
  /** A document was closed: true when the listener shows its saved findings instead of none. */
  closed(uri: string): boolean;
}

export class Scheduler {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Validations running now: with `pending`, whether an open document's work is waiting. */
  private validating = 0;
  private idleWaiters: (() => void)[] = [];
  listener?: OpenDocumentListener;
  /** TextDocuments reports an open as a content change too; only real edits wait for a pause. */
  private readonly justOpened = new Set<string>();
  /** The latest version seen of each open document: a change to one not above it starts afresh. */
  private readonly versions = new Map<string, number>();
  /** Whether the client refreshes inlay hints and code lenses when asked. */
  refreshInlayHints = false;
  refreshCodeLens = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    private readonly analyses: DocumentAnalyses,
    private readonly configProblems: ConfigProblems,
    private readonly logError: (context: string, error: unknown) => void,
  ) {}

  /**
   * The analysis of an open document's current version, computed when its version or config
   * changed; undefined when a newer version (or a new open) came first: a stale result is never used.
   */
  async analysisOf(document: TextDocument): Promise<CurrentAnalysis | undefined> {
    const loaded = await this.workspace.configFor(document.uri);
    // Opened again meanwhile (a new document) or closed: this one is no longer the editor's.
    if (this.documents.get(document.uri) !== document) return undefined;
    // The document changes in place: its version and text are read together, once.
    const { version } = document;
    const text = document.getText();
    const done = await this.analyses.analysis(document.uri, version, (analyzer) =>
      // The editor's day, read here: the core has no clock (a due date passes at the next analysis after midnight).
      analyzer.analyzeSteps(text, loaded.config, {
        path: loaded.path,
        template: loaded.template?.text,
        today: localToday(),
      }),
    );
    if (!done) return undefined;
    for (const failure of done.analysis.failures)
      this.logError(`${failureSource(failure)} failed on ${document.uri}`, failure.error);
    return { analysis: done.analysis, version, configFile: loaded.configFile };
  }

  /**
   * For answers that tolerate a moment's lag (hover, inlay hints, outline, code lens): the current
   * version's analysis if it is ready soon, else the latest complete one, so a long analysis of
   * a big document never keeps them waiting. `onFresh` is called when the late one arrives.
   */
  async recentAnalysisOf(document: TextDocument, onFresh: () => void): Promise<Analysis | undefined> {
    const current = this.analysisOf(document);
    const latest = this.analyses.latest(document.uri);
    if (!latest || latest.generation !== this.analyses.generation) return (await current)?.analysis;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), FRESH_WAIT_MS)));
    const first = await Promise.race([current, late]);
    clearTimeout(timer);
    if (first !== 'late') return first?.analysis ?? latest.analysis;
    void current.then((fresh) => fresh && onFresh());
    return latest.analysis;
  }

  /**
   * The document's text with every safe fix applied, its passes run in turn with the document's
   * analyses; undefined when the document changed, closed or the request was cancelled first.
   */
  async fixedText(
    document: TextDocument,
    token: CancellationToken | undefined,
  ): Promise<{ text: string; fixed: string; version: number } | undefined> {
    const loaded = await this.workspace.configFor(document.uri);
    if (this.documents.get(document.uri) !== document) return undefined;
    const { version } = document;
    const text = document.getText();
    const context = { path: loaded.path, template: loaded.template?.text, today: localToday() };
    const stop = () =>
      !!token?.isCancellationRequested || this.documents.get(document.uri) !== document || document.version !== version;
    const fixed = await this.analyses.work(
      document.uri,
      (analyzer) => fixTextSteps(text, (t) => analyzer.analyzeSteps(t, loaded.config, context)),
      stop,
    );
    return fixed === undefined || stop() ? undefined : { text, fixed, version };
  }

  /** An open document's analysis is scheduled or running: background work waits until it is done. */
  get busy(): boolean {
    return this.pending.size > 0 || this.validating > 0;
  }

  /** Resolves when no open document's analysis is scheduled or running. */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private settle(): void {
    if (this.busy) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  opened(document: TextDocument): void {
    // Opened again without a close, the document starts afresh, whatever its version.
    this.analyses.delete(document.uri);
    this.versions.set(document.uri, document.version);
    this.justOpened.add(document.uri);
    this.schedule(document, 0);
  }

  changed(document: TextDocument): void {
    if (this.justOpened.delete(document.uri)) return;
    const last = this.versions.get(document.uri);
    this.versions.set(document.uri, document.version);
    if (last !== undefined && document.version <= last) {
      // Versions went backwards: what was remembered for the higher ones says nothing of this text.
      this.analyses.delete(document.uri);
      return this.schedule(document, 0);
    }
    // No fixed typing delay: an edit costs one block's parse; bursts are analysed once (changeDelay).
    this.schedule(document, this.analyses.changeDelay(document.uri));
  }

  closed(document: TextDocument): void {
    const { uri } = document;
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    this.settle();
    this.justOpened.delete(uri);
    this.versions.delete(uri);
    this.analyses.delete(uri);
    this.workspace.forget(uri);
    // A workspace postmortem keeps its findings, as saved; any other file has none once closed.
    if (!this.listener?.closed(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    const path = uriToPath(uri);
    if (isConfigFile(path))
      void this.configProblems.closed(path).catch((error: unknown) => this.logError(`checking ${path}`, error));
  }

  /** Settings, config files or templates changed: every open document is analysed again. */
  revalidateAll(): void {
    this.analyses.invalidateAll();
    for (const document of this.documents.all()) this.schedule(document, 0);
    this.refreshHints();
    this.refreshLenses();
  }

  readonly refreshHints = (): void => {
    if (this.refreshInlayHints) void this.connection.languages.inlayHint.refresh();
  };

  readonly refreshLenses = (): void => {
    if (this.refreshCodeLens) void this.connection.sendRequest('workspace/codeLens/refresh');
  };

  private schedule(document: TextDocument, delay: number): void {
    clearTimeout(this.pending.get(document.uri));
    this.pending.set(
      document.uri,
      setTimeout(() => {
        this.pending.delete(document.uri);
        const current = this.documents.get(document.uri);
        if (current) void this.validate(current);
        else this.settle();
      }, delay),
    );
  }

  private async validate(document: TextDocument): Promise<void> {
    this.validating++;
    try {
      const path = uriToPath(document.uri);
      // Editors other than VS Code may open the config file itself with us: check it, it is no markdown.
      if (isConfigFile(path)) return await this.configProblems.publish(path);
      const current = await this.analysisOf(document);
      // The document may have changed, closed or opened again while it was analysed: those
      // diagnostics would be stale, and the newer version's own are on their way.
      const open = this.documents.get(document.uri);
      if (!current || open !== document || open.version !== current.version) return;
      // The open document is this version's text right now (no await since the check above).
      await this.connection.sendDiagnostics({
        uri: document.uri,
        version: current.version,
        diagnostics: toDiagnostics(current.analysis, LineIndex.of(open)),
      });
      this.listener?.analysed(document.uri, current.analysis);
      if (current.configFile) await this.configProblems.publish(current.configFile);
    } catch (error) {
      this.logError(`validating ${document.uri}`, error);
    } finally {
      this.validating--;
      this.settle();
    }
  }
}

/**
 * vscode-jsonrpc handles one incoming message per turn of the event loop, so an analysis that
 * yielded one turn per slice let one message through per slice: on a busy machine, where slices
 * hold little work, 5,000 keystrokes took minutes to reach the server. Between slices, turns are
 * given while messages keep being handled, up to MAX_TURNS so the work still moves on.
 */
export class MessageTurns implements MessageStrategy {
  private handled = 0;

  handleMessage(message: Message, next: (message: Message) => void): void {
    this.handled++;
    next(message);
  }

  readonly giveWay = async (): Promise<void> => {
    for (let turn = 0; turn < MAX_TURNS; turn++) {
      const before = this.handled;
      await nextTurn();
      if (this.handled === before) return;
    }
  };
}

/** Messages handled between two slices at most: a few hundred keystrokes, tens of milliseconds. */
const MAX_TURNS = 256;

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

/**
 * The work's result, or a cancelled answer as soon as the client cancels: the client stops
 * waiting at once, while the analysis goes on for the diagnostics and the next request.
 */
export function unlessCancelled<T>(work: Promise<T>, token: CancellationToken | undefined): Promise<T> {
  if (!token) return work;
  if (token.isCancellationRequested) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => reject(cancelled()));
    work.then(resolve, reject).finally(() => listener.dispose());
  });
}
