// The report's charts as Vega-Lite specs: plain data, drawn by whoever shows them (the HTML report
// through vega's SVG renderer, an editor's view the same way). Periods are the x axis in order;
// a period with no value for a figure has no point, never a zero.
import type { TopLevelSpec } from 'vega-lite';
import type { FigureName } from '../postmortem/model';
import type { Insights, PeriodRow } from './insights';
import { UNDATED } from './insights';

export interface ChartSpec {
  /** Stable, for anchors and tests: `incidents`, `mttd`, `mttr`, `actions`. */
  id: string;
  title: string;
  spec: TopLevelSpec;
}

const WIDTH = 440;
const HEIGHT = 200;
const GRAIN_LABEL = { month: 'Month', quarter: 'Quarter', year: 'Year' } as const;

function base(title: string, description: string) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    config: { font: 'sans-serif', axis: { labelFontSize: 11, titleFontSize: 12 }, title: { fontSize: 14 } },
    description,
  };
}

function xAxis(insights: Insights, periods: string[]) {
  return {
    field: 'period',
    type: 'ordinal' as const,
    sort: periods,
    scale: { domain: periods },
    title: GRAIN_LABEL[insights.options.by],
    axis: { labelAngle: periods.length > 8 ? -45 : 0 },
  };
}

export function datedPeriods(insights: Insights): PeriodRow[] {
  return insights.periods.filter((p) => p.period !== UNDATED);
}

function incidentsChart(insights: Insights): ChartSpec {
  const rows = datedPeriods(insights);
  const periods = rows.map((p) => p.period);
  const title = `Incidents per ${insights.options.by}`;
  return {
    id: 'incidents',
    title,
    spec: {
      ...base(title, 'Number of incidents in each period'),
      data: { values: rows.map((p) => ({ period: p.period, incidents: p.incidents })) },
      mark: { type: 'bar', color: '#4c78a8', tooltip: true },
      encoding: {
        x: xAxis(insights, periods),
        y: { field: 'incidents', type: 'quantitative', title: 'Incidents', axis: { tickMinStep: 1 } },
      },
    } as TopLevelSpec,
  };
}

const FIGURE_TITLES: Partial<Record<FigureName, string>> = {
  MTTD: 'Time to detect (MTTD)',
  MTTR: 'Time to repair (MTTR)',
};

function figureChart(insights: Insights, figure: FigureName): ChartSpec {
  const rows = datedPeriods(insights);
  const periods = rows.map((p) => p.period);
  const values = rows.flatMap((p) => {
    const s = p.figures[figure];
    return [
      ...(s.median === null ? [] : [{ period: p.period, statistic: 'median', minutes: s.median, incidents: s.count }]),
      ...(s.p90 === null ? [] : [{ period: p.period, statistic: 'p90', minutes: s.p90, incidents: s.count }]),
    ];
  });
  const title = `${FIGURE_TITLES[figure] ?? figure} per ${insights.options.by}: median and p90`;
  return {
    id: figure.toLowerCase(),
    title,
    spec: {
      ...base(title, `Median and 90th percentile of ${figure} in minutes, over the incidents that give it`),
      data: { values },
      mark: { type: 'line', point: true, tooltip: true },
      encoding: {
        x: xAxis(insights, periods),
        y: { field: 'minutes', type: 'quantitative', title: 'Minutes' },
        color: {
          field: 'statistic',
          type: 'nominal',
          title: null,
          scale: { domain: ['median', 'p90'], range: ['#4c78a8', '#e45756'] },
        },
        strokeDash: {
          field: 'statistic',
          type: 'nominal',
          title: null,
          scale: {
            domain: ['median', 'p90'],
            range: [
              [1, 0],
              [5, 3],
            ],
          },
        },
      },
    } as TopLevelSpec,
  };
}

function actionsChart(insights: Insights): ChartSpec {
  const rows = datedPeriods(insights);
  const periods = rows.map((p) => p.period);
  const values = rows.flatMap((p) => [
    { period: p.period, state: 'open', items: p.actions.open - p.actions.overdue },
    { period: p.period, state: 'overdue', items: p.actions.overdue },
  ]);
  const title = `Action items still open, by the ${insights.options.by} of their incident`;
  return {
    id: 'actions',
    title,
    spec: {
      ...base(title, `Open and overdue action items as of ${insights.options.today}`),
      data: { values },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        x: xAxis(insights, periods),
        y: { field: 'items', type: 'quantitative', stack: 'zero', title: 'Action items', axis: { tickMinStep: 1 } },
        color: {
          field: 'state',
          type: 'nominal',
          title: null,
          scale: { domain: ['open', 'overdue'], range: ['#f2b447', '#d62728'] },
        },
        order: { field: 'state', sort: 'descending' },
      },
    } as TopLevelSpec,
  };
}

/** The charts of a report, in the order it shows them. */
export function insightCharts(insights: Insights): ChartSpec[] {
  return [
    incidentsChart(insights),
    figureChart(insights, 'MTTD'),
    figureChart(insights, 'MTTR'),
    actionsChart(insights),
  ];
}
