// The insights as an editor's view draws them: the HTML report's tables (html.ts) as cells of
// text, the charts as drawn SVG, for a webview that only lays them out. Pure: the host says how
// each file is named and opened.
import type { FigureName } from '../../postmortem/model';
import { FIGURE_NAMES } from '../../postmortem/vocabulary';
import type { IncidentFigure } from '../incident';
import type { Insights } from '../insights';
import { UNDATED } from '../insights';
import { describeReport } from './context';
import { FIGURE_LABELS, formatMinutes, formatSummary, GRAIN_TITLE } from './format';
import type { InsightsView, ViewCell, ViewChart, ViewColumn } from './viewTypes';

export interface ViewContext {
  /** The file as the workspace names it. */
  label(file: string): string;
  /** The URI that opens it. */
  uri(file: string): string;
}

const text = (title: string, description?: string): ViewColumn => ({ title, text: true, description });
const number = (title: string, description?: string): ViewColumn => ({ title, text: false, description });

const figureColumns = (what: string) =>
  FIGURE_NAMES.map((name: FigureName) => number(name, `${FIGURE_LABELS[name]}${what}`));

function figureCell(figure: IncidentFigure): ViewCell {
  if (figure.minutes === null) return { text: '–' };
  const cell: ViewCell = { text: formatMinutes(figure.minutes) };
  // Marked key moments are the rule; any other source is said.
  if (figure.source !== null && figure.source !== 'markers') cell.note = figure.source;
  return cell;
}

const count = (n: number, alert = false): ViewCell =>
  alert && n > 0 ? { text: String(n), alert } : { text: String(n) };

export function insightsView(
  insights: Insights,
  charts: ViewChart[],
  context: ViewContext,
  reading: InsightsView['reading'] = null,
): InsightsView {
  const { by, today } = insights.options;
  const periods = {
    columns: [
      text(GRAIN_TITLE[by]),
      number('Incidents'),
      ...figureColumns(': median / 90th percentile (incidents that give it)'),
      number('Open actions', 'action items of the period’s incidents still open'),
      number('Overdue', `open action items due before ${today}`),
      number('Drafts', 'postmortems still in draft'),
    ],
    rows: insights.periods.map((p): ViewCell[] => [
      { text: p.period === UNDATED ? 'undated' : p.period },
      count(p.incidents),
      ...FIGURE_NAMES.map((f) => ({ text: formatSummary(p.figures[f]) })),
      count(p.actions.open),
      count(p.actions.overdue, true),
      count(p.drafts),
    ]),
  };
  // The newest first, as a dashboard reads; the undated ones (last in the report) stay last.
  const dated = insights.incidents.filter((i) => i.date !== null).reverse();
  const undated = insights.incidents.filter((i) => i.date === null);
  const incidents = {
    columns: [
      text('Date'),
      text('Incident'),
      text('Severity'),
      text('Service'),
      ...figureColumns(''),
      number('Open', 'action items still open'),
      number('Done', 'action items done'),
      number('Overdue', `open action items due before ${today}`),
      number('Errors', 'findings at error'),
      number('Warnings', 'findings at warning'),
    ],
    rows: [...dated, ...undated].map((i) => ({
      uri: context.uri(i.file),
      label: context.label(i.file),
      cells: [
        { text: i.date ?? 'undated' },
        i.draft ? { text: i.title, note: 'draft' } : { text: i.title },
        { text: i.severity ?? '–' },
        { text: i.service ?? '–' },
        ...FIGURE_NAMES.map((f) => figureCell(i.figures[f])),
        count(i.actions.open),
        count(i.actions.done),
        count(i.actions.overdue, true),
        count(i.findings.error),
        count(i.findings.warning),
      ],
    })),
  };
  return {
    summary: describeReport(insights),
    by,
    today,
    reading,
    charts,
    periods,
    incidents,
    excluded: insights.excluded.map((e) => ({ label: context.label(e.file), reason: e.reason })),
    ...(insights.incidents.length === 0 && reading === null ? { empty: NO_POSTMORTEMS } : {}),
  };
}

export const NO_POSTMORTEMS =
  'No postmortems in this workspace yet. A markdown file is one when its path matches postmortem.files (a folder named incidents, postmortems, retros…), its front matter says type: postmortem, or it has a Timeline heading and an Impact, Contributing Factors or Corrective Actions heading.';
