// The workspace scan: every postmortem in the workspace folders read from disk in the background,
// its findings published for the Problems panel and its insights entry kept for the insights view.
// Open documents are the scheduler's (their live analysis); a closed one is read again when it
// changes on disk, and a document closed gets its saved findings back. The scan never delays
// typing: it works in slices of a few milliseconds, lets every waiting message through between
// them, and waits while an open document's analysis is scheduled or running.
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  Connection,
  Diagnostic,
  FileEvent,
  TextDocuments,
  WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { FileChangeType, WatchKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { realPath } from './cli/files';
import type { ConfigProblems } from './configProblems';
import type { InsightsEntry } from './insights/insights';
import type { Scheduler } from './scheduling';
import type { GiveWay } from './documentAnalyses';
import type { Workspace } from './workspace';
import { uriToPath } from './workspace';
import { entersFolder, isMarkdownPath, listMarkdownFiles, MAX_WORKSPACE_FILES } from './workspaceFiles';
import type { FileReading } from './workspaceReading';
import { readWorkspaceFile } from './workspaceReading';
import { localToday } from './localToday';

/** Longest stretch of the scan's work before the editor gets a turn: short, since typing comes first. */
const SLICE_MS = 5;

/** What the scan asks the editor to watch: markdown files, and deletions (a folder's takes its files along). */
export const WORKSPACE_SCAN_WATCHERS = [
  { globPattern: '**/*.{md,markdown}' },
  { globPattern: '**/*', kind: WatchKind.Delete },
];

interface Kept {
  reading: FileReading;
  /** The configuration generation and the day it was read under: either changing means reading it again. */
  generation: number;
  today: string;
}

export interface ScanProgress {
  done: number;
  total: number;
}

/** Folders added to or removed from the workspace, when the client says so: `changed` after the roots are updated. */
export function watchWorkspaceFolders(connection: Connection, workspace: Workspace, changed: () => void): void {
  let folders;
  try {
    folders = connection.workspace.onDidChangeWorkspaceFolders;
  } catch {
    // The client never changes its folders (or cannot say so).
    return;
  }
  folders((event) => {
    const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
    const added = event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    workspace.roots = [...workspace.roots.filter((r) => !removed.has(r)), ...added];
    changed();
  });
}

function statOf(path: string): { mtimeMs: number; size: number } | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? { mtimeMs: stat.mtimeMs, size: stat.size } : undefined;
  } catch {
    return undefined;
  }
}

export class WorkspaceScan {
  /** Each file's latest reading. */
  private readonly kept = new Map<string, Kept>();
  /** The markdown files of the scanned folders, each with its folder. */
  private readonly files = new Map<string, string>();
  /** Files to read, in order; `urgent` ones (just closed: their saved findings are due) first. */
  private readonly queue = new Set<string>();
  private readonly urgent = new Set<string>();
  /** Files whose findings are showing: a reading with none, or a forgotten file, clears them. */
  private readonly published = new Set<string>();
  /** Config files whose problems were published in this generation. */
  private readonly configFiles = new Set<string>();
  /** The scanned workspace folders, each with its real path (what a file must lie inside). */
  private roots = new Map<string, string>();
  private generation = 0;
  private draining = false;
  /** The file being read now. */
  private current?: string;
  private insightsWanted = false;
  private truncatedLogged = false;
  /** Of the files queued since the scan was last idle: how many, and the progress shown for them. */
  private total = 0;
  private progress?: Promise<WorkDoneProgressServerReporter>;
  private reported = -1;
  /** What overdue action items are counted against: the insights view says the client's day. */
  today = localToday();
  /** Called when a file's insights entry or the scan's progress changed. */
  onChange?: () => void;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    private readonly scheduler: Scheduler,
    private readonly configProblems: ConfigProblems,
    private readonly giveWay: GiveWay,
    private readonly logError: (context: string, error: unknown) => void,
  ) {}

  /**
   * Lists the workspace folders and reads every markdown file again: at start, and whenever the
   * settings, a config file, a template, the trust or the folders change. A newer call supersedes.
   */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    this.configFiles.clear();
    try {
      const roots = new Map<string, string>();
      for (const root of this.workspace.roots) {
        const real = realPath(root);
        if (real === undefined) continue;
        const wanted = this.insightsWanted || (await this.folderConfig(root)).config.workspaceProblems;
        if (generation !== this.generation) return;
        if (wanted) roots.set(root, real);
      }
      this.roots = roots;
      const files = new Map<string, string>();
      for (const root of roots.keys()) {
        const listing = await listMarkdownFiles(root, { stopped: () => generation !== this.generation });
        if (generation !== this.generation) return;
        if (listing.truncated && !this.truncatedLogged) {
          this.truncatedLogged = true;
          this.connection.console.warn(
            `${root}: more than ${MAX_WORKSPACE_FILES.toLocaleString('en')} markdown files; the workspace scan reads the first ${MAX_WORKSPACE_FILES.toLocaleString('en')} (open files always have their findings).`,
          );
        }
        // A folder inside another workspace folder: its files are that inner folder's.
        for (const file of listing.files) files.set(file, this.workspace.rootOf(file) ?? root);
      }
      for (const path of [...this.files.keys()]) if (!files.has(path)) this.forget(path);
      for (const [path, root] of files) {
        this.files.set(path, root);
        this.enqueue(path);
      }
      this.drain();
      this.onChange?.();
    } catch (error) {
      this.logError('scanning the workspace', error);
    }
  }

  /** The insights view is open: its folders are read even where the Problems panel does not want them. */
  wantInsights(): void {
    if (this.insightsWanted) return;
    this.insightsWanted = true;
    if (this.workspace.roots.some((root) => !this.roots.has(root))) void this.refresh();
  }

  /** The client's day: incidents read under another are read again (their overdue action items may differ). */
  setToday(today: string): void {
    if (today === this.today) return;
    this.today = today;
    for (const [path, kept] of this.kept)
      if (kept.reading.entry && 'incident' in kept.reading.entry) this.enqueue(path);
    this.drain();
  }

  /** Files changed on disk (the watchers above): changed and created ones are read again, deleted ones forgotten. */
  filesChanged(events: readonly FileEvent[]): void {
    for (const event of events) {
      const path = uriToPath(event.uri);
      if (!path) continue;
      if (event.type === FileChangeType.Deleted) {
        // A folder's deletion may be the only event for the files in it.
        for (const known of [...this.files.keys()])
          if (known === path || known.startsWith(path + sep)) this.forget(known);
        continue;
      }
      const root = this.scannedRootOf(path);
      if (!root || !isMarkdownPath(path) || !this.walks(root, path)) continue;
      this.files.set(path, root);
      this.enqueue(path);
    }
    this.drain();
  }

  /** A document closed: true when it is a workspace file, whose saved findings are published instead of none. */
  closed(uri: string): boolean {
    const path = uriToPath(uri);
    if (!path || !this.files.has(path)) return false;
    // Its live findings are showing: a saved text with none must clear them.
    this.published.add(path);
    this.queue.delete(path);
    this.urgent.add(path);
    this.drain();
    return true;
  }

  /** The insights entries of the files read from disk (open documents are left to their live analysis). */
  entries(): Map<string, InsightsEntry> {
    const out = new Map<string, InsightsEntry>();
    for (const [path, kept] of this.kept) if (kept.reading.entry) out.set(path, kept.reading.entry);
    return out;
  }

  /** Whether `path` is a file of a scanned folder on disk (a deleted one, still open in the editor, is not). */
  lists(path: string): boolean {
    return this.files.has(path);
  }

  /** How far the scan is, or null when it is idle. */
  get status(): ScanProgress | null {
    if (!this.draining && this.queue.size === 0 && this.urgent.size === 0) return null;
    const waiting = this.queue.size + this.urgent.size + (this.current === undefined ? 0 : 1);
    return { done: this.total - waiting, total: this.total };
  }

  private folderConfig(root: string) {
    // The configuration a file directly in the folder gets: settings and its .postmortemrc.json.
    return this.workspace.configFor(pathToFileURL(`${root}${sep}postmortem.md`).href, pathToFileURL(root).href);
  }

  private scannedRootOf(path: string): string | undefined {
    const root = this.workspace.rootOf(path);
    return root !== undefined && this.roots.has(root) ? root : undefined;
  }

  /** Whether the listing would reach the path: no skipped folder (node_modules, .git, dot folders) on the way. */
  private walks(root: string, path: string): boolean {
    const folders = relative(root, path).split(sep).slice(0, -1);
    return folders.every((name) => name !== '..' && entersFolder(name));
  }

  private isOpen(path: string): boolean {
    return this.documents.all().some((d) => uriToPath(d.uri) === path);
  }

  private enqueue(path: string): void {
    if (this.queue.has(path) || this.urgent.has(path)) return;
    this.queue.add(path);
    this.total++;
  }

  private forget(path: string): void {
    const had = this.kept.get(path)?.reading.entry;
    this.files.delete(path);
    this.kept.delete(path);
    this.queue.delete(path);
    this.urgent.delete(path);
    this.unpublish(path);
    if (had) this.onChange?.();
  }

  private send(path: string, diagnostics: Diagnostic[]): void {
    void this.connection
      .sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics })
      .catch((error: unknown) => this.logError(`publishing ${path}`, error));
  }

  private unpublish(path: string): void {
    if (!this.published.delete(path) || this.isOpen(path)) return;
    this.send(path, []);
  }

  private publish(path: string, kept: Kept): void {
    // An open document shows its live findings; these wait for it to close.
    if (this.isOpen(path)) return;
    const { reading } = kept;
    const diagnostics = reading.showProblems ? (reading.diagnostics ?? []) : [];
    if (diagnostics.length === 0) return this.unpublish(path);
    this.published.add(path);
    this.send(path, diagnostics);
    if (reading.configFile && !this.configFiles.has(reading.configFile)) {
      this.configFiles.add(reading.configFile);
      const file = reading.configFile;
      void this.configProblems.publish(file).catch((error: unknown) => this.logError(`checking ${file}`, error));
    }
  }

  private next(): string | undefined {
    const set = this.urgent.size ? this.urgent : this.queue;
    const [path] = set;
    if (path !== undefined) set.delete(path);
    return path;
  }

  private drain(): void {
    if (this.draining || (this.queue.size === 0 && this.urgent.size === 0)) return;
    this.draining = true;
    this.showProgress();
    void (async () => {
      try {
        for (let path = this.next(); path !== undefined; path = this.next()) {
          this.current = path;
          await this.yieldToEditor();
          await this.read(path).catch((error: unknown) => this.logError(`reading ${path}`, error));
          this.current = undefined;
          this.reportProgress();
        }
      } finally {
        this.current = undefined;
        this.draining = false;
        this.total = 0;
        this.endProgress();
        this.onChange?.();
      }
    })();
  }

  /** Every waiting message is handled, and the open documents' analyses done, before the scan goes on. */
  private async yieldToEditor(): Promise<void> {
    for (;;) {
      await this.giveWay();
      if (!this.scheduler.busy) return;
      await this.scheduler.whenIdle();
    }
  }

  private async read(path: string): Promise<void> {
    const root = this.files.get(path);
    const realRoot = root === undefined ? undefined : this.roots.get(root);
    if (root === undefined || realRoot === undefined) return;
    // Open, it is the editor's text that counts; closed again, it comes back to the queue.
    if (this.isOpen(path)) return;
    const stat = statOf(path);
    if (!stat) return this.forget(path);
    const { generation, today } = this;
    const previous = this.kept.get(path);
    if (
      previous &&
      previous.generation === generation &&
      previous.today === today &&
      previous.reading.mtimeMs === stat.mtimeMs &&
      previous.reading.size === stat.size
    )
      return this.publish(path, previous);
    const loaded = await this.workspace.configFor(pathToFileURL(path).href, pathToFileURL(root).href);
    const superseded = () => generation !== this.generation || this.files.get(path) !== root || this.isOpen(path);
    if (superseded()) return;
    const reading = await this.drive(readWorkspaceFile(path, realRoot, loaded, today, this.logError), superseded);
    if (!reading) return;
    const kept = { reading, generation, today };
    this.kept.set(path, kept);
    this.publish(path, kept);
    if (JSON.stringify(previous?.reading.entry ?? null) !== JSON.stringify(reading.entry)) this.onChange?.();
  }

  private async drive(
    steps: Generator<void, FileReading>,
    superseded: () => boolean,
  ): Promise<FileReading | undefined> {
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - sliceStart > SLICE_MS) {
        await this.yieldToEditor();
        if (superseded()) return undefined;
        sliceStart = performance.now();
      }
    }
  }

  /** The scan in the editor's status bar (LSP work-done progress), when it reads more than a few files. */
  private showProgress(): void {
    if (this.progress || this.total < 10) return;
    this.reported = -1;
    const progress = this.connection.window.createWorkDoneProgress();
    this.progress = progress;
    void progress
      .then((reporter) => {
        if (this.progress !== progress) return reporter.done();
        reporter.begin('Postmortem', 0, 'Reading the workspace’s postmortems', false);
      })
      .catch(() => undefined);
  }

  private reportProgress(): void {
    const status = this.status;
    const progress = this.progress;
    if (!progress || !status || status.total === 0) return;
    const percentage = Math.floor((100 * status.done) / status.total);
    if (percentage === this.reported) return;
    this.reported = percentage;
    void progress
      .then((reporter) => {
        if (this.progress === progress) reporter.report(percentage, `${status.done} of ${status.total} files`);
      })
      .catch(() => undefined);
    // Each percent is news for the insights view too (it shows how far the reading is).
    this.onChange?.();
  }

  private endProgress(): void {
    const progress = this.progress;
    this.progress = undefined;
    void progress?.then((reporter) => reporter.done()).catch(() => undefined);
  }
}
