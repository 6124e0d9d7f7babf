// `Postmortem: Show Insights`: a webview with the report's tables and charts over the workspace.
// The server computes and draws (postmortem/insights); this panel asks again when the server says
// the numbers changed and the panel is visible, hands the view to the webview's script, and opens
// the postmortem of a row the user clicks. It holds no postmortem logic of its own.
import type { Disposable, ExtensionContext, WebviewPanel } from 'vscode';
import { commands, Uri, ViewColumn, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { InsightsView, ViewGrain } from '../../../server/src/insights/render/viewTypes';
import type { InsightsParams, InsightsResult } from '../../../server/src/protocol';
import { INSIGHTS, INSIGHTS_CHANGED } from '../../../server/src/protocol';
import type { DrawnReport, FromWebview, ToWebview } from './messages';
import { insightsPage } from './webviewHtml';

export const INSIGHTS_VIEW_TYPE = 'postmortem.insights';
const GRAINS: readonly ViewGrain[] = ['month', 'quarter', 'year'];
const GRAIN_KEY = 'postmortem.insights.by';

/** What the command returns: the panel's drawings, for the extension-host tests (and other extensions). */
export interface InsightsHandle {
  /** The webview's next drawing that `accept`s, or the latest when it already does. */
  drawn(accept?: (report: DrawnReport) => boolean, timeoutMs?: number): Promise<DrawnReport>;
  /** Opens the postmortem of a row of a drawn view (its report's serial), as clicking its title does. */
  openRow(serial: number, row: number): Promise<void>;
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Views sent and perhaps not yet drawn, or drawn and clicked: a few are enough. */
const KEPT_VIEWS = 4;

class InsightsPanel implements InsightsHandle {
  static current?: InsightsPanel;
  /** The views sent to the webview, by serial: the latest last. */
  private readonly views = new Map<number, InsightsView>();
  private serial = 0;
  private requesting = false;
  /** Asked again while a request ran: one more when it ends. */
  private again = false;
  /** The numbers changed while the panel was hidden: asked again once it shows. */
  private stale = false;
  private latest?: DrawnReport;
  private readonly watchers = new Set<(report: DrawnReport) => void>();
  private readonly subscriptions: Disposable[] = [];

  constructor(
    private readonly panel: WebviewPanel,
    private readonly context: ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    const assets = Uri.joinPath(context.extensionUri, 'dist', 'webview');
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [assets] };
    panel.webview.html = insightsPage({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(Uri.joinPath(assets, 'insights.js')).toString(),
      styleUri: panel.webview.asWebviewUri(Uri.joinPath(assets, 'insights.css')).toString(),
    });
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.received(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) void this.refresh();
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    InsightsPanel.current = this;
  }

  private get by(): ViewGrain {
    const saved = this.context.workspaceState.get<string>(GRAIN_KEY);
    return GRAINS.includes(saved as ViewGrain) ? (saved as ViewGrain) : 'quarter';
  }

  reveal(): void {
    this.panel.reveal();
    void this.refresh();
  }

  /** The server's word that the numbers changed. */
  changed(): void {
    if (this.panel.visible) void this.refresh();
    else this.stale = true;
  }

  drawn(accept: (report: DrawnReport) => boolean = () => true, timeoutMs = 60_000): Promise<DrawnReport> {
    if (this.latest && accept(this.latest)) return Promise.resolve(this.latest);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.watchers.delete(watch);
        reject(new Error(`the insights view drew nothing accepted within ${timeoutMs} ms`));
      }, timeoutMs);
      const watch = (report: DrawnReport) => {
        if (!accept(report)) return;
        clearTimeout(timer);
        this.watchers.delete(watch);
        resolve(report);
      };
      this.watchers.add(watch);
    });
  }

  async openRow(serial: number, row: number): Promise<void> {
    const target = Number.isInteger(row) ? this.views.get(serial)?.incidents.rows[row] : undefined;
    if (!target) return;
    // Only what the server listed, and only files: the webview's word is not taken for a path.
    const uri = Uri.parse(target.uri, true);
    if (uri.scheme !== 'file') return;
    // Beside the insights, which stay in sight.
    await window.showTextDocument(uri, { viewColumn: ViewColumn.Beside, preview: true });
  }

  private received(message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        // Drawn again after the panel was hidden: the latest view is kept, and checked for news.
        if (this.views.size) this.send([...this.views.values()].pop() as InsightsView);
        void this.refresh();
        return;
      case 'by':
        if (!GRAINS.includes(message.by)) return;
        void this.context.workspaceState.update(GRAIN_KEY, message.by).then(() => this.refresh());
        return;
      case 'open':
        void this.openRow(message.serial, message.row).catch((error: unknown) => {
          void window.showErrorMessage(`Postmortem: ${error instanceof Error ? error.message : String(error)}`);
        });
        return;
      case 'drawn':
        this.latest = message.report;
        for (const watch of [...this.watchers]) watch(message.report);
        return;
    }
  }

  private async refresh(): Promise<void> {
    if (this.requesting) {
      this.again = true;
      return;
    }
    this.requesting = true;
    this.stale = false;
    try {
      do {
        this.again = false;
        const params: InsightsParams = { by: this.by, today: today() };
        const view = await this.client.sendRequest<InsightsResult>(INSIGHTS, params);
        if (InsightsPanel.current !== this) return;
        this.send(view);
      } while (this.again);
    } catch (error) {
      this.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      this.requesting = false;
    }
  }

  private send(view: InsightsView): void {
    const serial = ++this.serial;
    this.views.set(serial, view);
    for (const old of this.views.keys()) if (this.views.size > KEPT_VIEWS) this.views.delete(old);
    this.post({ type: 'view', view, serial });
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private dispose(): void {
    if (InsightsPanel.current === this) InsightsPanel.current = undefined;
    this.subscriptions.forEach((s) => s.dispose());
  }
}

function show(context: ExtensionContext, client: LanguageClient): InsightsHandle {
  const open = InsightsPanel.current;
  if (open) {
    open.reveal();
    return open;
  }
  const panel = window.createWebviewPanel(INSIGHTS_VIEW_TYPE, 'Postmortem Insights', ViewColumn.Active);
  panel.iconPath = Uri.joinPath(context.extensionUri, 'images', 'icon.png');
  return new InsightsPanel(panel, context, client);
}

/** The command, the panel restored after a reload, and the server's news of changes. */
export function registerInsightsView(context: ExtensionContext, client: LanguageClient): Disposable[] {
  return [
    commands.registerCommand('postmortem.showInsights', () => show(context, client)),
    window.registerWebviewPanelSerializer(INSIGHTS_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => {
        panel.iconPath = Uri.joinPath(context.extensionUri, 'images', 'icon.png');
        new InsightsPanel(panel, context, client);
      },
    }),
    client.onNotification(INSIGHTS_CHANGED, () => InsightsPanel.current?.changed()),
  ];
}
