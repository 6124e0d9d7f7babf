// `postmortem/insights`: the report's numbers over the workspace, for the editor's insights view.
// The same pure functions as `postmortem-lint report` (insights/), over the workspace scan's
// entries of closed files and the live analyses of open ones; the charts drawn by vega in a
// thread of their own (chartThread.ts). Once asked, the client is told when the numbers change.
import { basename, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis/analyze';
import type { ChartThread } from './chartThread';
import type { DocumentAnalyses } from './documentAnalyses';
import { insightCharts } from './insights/charts';
import type { InsightsEntry } from './insights/insights';
import { gatherInsights, readEntry } from './insights/insights';
import type { PeriodGrain } from './insights/periods';
import { PERIOD_GRAINS } from './insights/periods';
import { insightsView } from './insights/render/view';
import type { InsightsView, ViewChart } from './insights/render/viewTypes';
import { isValidIsoDate } from './postmortem/dates';
import type { InsightsParams } from './protocol';
import { INSIGHTS_CHANGED } from './protocol';
import type { Workspace } from './workspace';
import { uriToPath } from './workspace';
import type { WorkspaceScan } from './workspaceScan';
import { localToday } from './localToday';

/** Changes closer together than this are told once: a scan reading a file a millisecond is not a stream of news. */
const NOTIFY_MS = 300;

export class InsightsService {
  /** Whether a client asked for insights: only then are changes worth telling. */
  private asked = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** Each open document's entry as last told, as JSON: a keystroke that changes no number is no news. */
  private readonly live = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: DocumentAnalyses,
    private readonly workspace: Workspace,
    private readonly scan: WorkspaceScan,
    private readonly charts: ChartThread,
  ) {
    scan.onChange = () => this.changed();
  }

  async view(params: Partial<InsightsParams> | undefined): Promise<InsightsView> {
    const by: PeriodGrain = PERIOD_GRAINS.includes(params?.by as PeriodGrain) ? (params?.by as PeriodGrain) : 'quarter';
    const today = typeof params?.today === 'string' && isValidIsoDate(params.today) ? params.today : localToday();
    this.asked = true;
    this.scan.wantInsights();
    this.scan.setToday(today);
    // Read before the charts are drawn: the scan may go on meanwhile, and the view says how far it was.
    const reading = this.scan.status;
    const insights = gatherInsights(this.entries(today), { by, today });
    const charts = await Promise.all(
      insightCharts(insights).map(async (chart): Promise<ViewChart> => {
        try {
          return { id: chart.id, title: chart.title, svg: await this.charts.draw(chart.spec) };
        } catch (error) {
          const problem = error instanceof Error ? error.message : String(error);
          return { id: chart.id, title: chart.title, svg: null, problem };
        }
      }),
    );
    const view = insightsView(
      insights,
      charts,
      { label: (file) => this.label(file), uri: (file) => pathToFileURL(file).href },
      reading,
    );
    if (this.workspace.roots.length === 0)
      return {
        ...view,
        empty: 'Open a folder: the insights are computed over the postmortems in the workspace folders.',
      };
    return view;
  }

  /** From the scheduler: an open document's current version was analysed. */
  analysed(uri: string, analysis: Analysis): void {
    if (!this.asked) return;
    const path = uriToPath(uri);
    if (!path || !this.scan.lists(path)) return;
    const entry = JSON.stringify(this.liveEntry(path, analysis, this.scan.today) ?? null);
    if (this.live.get(uri) === entry) return;
    this.live.set(uri, entry);
    this.changed();
  }

  /** Closed files as last read from disk; open ones as the editor has them, once analysed. */
  private entries(today: string): InsightsEntry[] {
    const entries = this.scan.entries();
    for (const document of this.documents.all()) {
      const path = uriToPath(document.uri);
      const latest = this.analyses.latest(document.uri);
      if (!path || !latest || !this.scan.lists(path)) continue;
      const entry = this.liveEntry(path, latest.analysis, today);
      if (entry) entries.set(path, entry);
      else entries.delete(path);
    }
    // In the order of the files' names: the same workspace gives the same report.
    return [...entries.keys()].sort().map((path) => entries.get(path) as InsightsEntry);
  }

  private liveEntry(path: string, analysis: Analysis, today: string): InsightsEntry | undefined {
    // As the scan counts closed files: any markdown file that is no postmortem is not news.
    return analysis.postmortem.classification === null ? undefined : readEntry({ file: path, analysis }, today);
  }

  private label(file: string): string {
    const root = this.workspace.rootOf(file);
    if (root === undefined) return file;
    const inside = relative(root, file).split(sep).join('/');
    return this.workspace.roots.length > 1 ? `${basename(root)}/${inside}` : inside;
  }

  private changed(): void {
    if (!this.asked || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connection.sendNotification(INSIGHTS_CHANGED).catch(() => undefined);
    }, NOTIFY_MS);
  }
}
