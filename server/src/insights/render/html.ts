// `report --format html`: one self-contained page (no script, no remote resource) with the charts
// as inline SVG, drawn by the host's chart renderer, and the same tables as the markdown report.
import { FIGURE_NAMES } from '../../postmortem/vocabulary';
import type { ChartSpec } from '../charts';
import type { Insights } from '../insights';
import { UNDATED } from '../insights';
import type { RenderContext } from './context';
import { describeReport } from './context';
import { formatFigure, formatSummary, GRAIN_TITLE } from './format';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Charts drawn as SVG, by id; a chart that could not be drawn is missing and said so. */
export type DrawnCharts = { chart: ChartSpec; svg: string | null }[];

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1f2328; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; }
.summary { color: #59636e; } .note { color: #59636e; font-size: 12px; }
table { border-collapse: collapse; margin: .5rem 0; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: right; vertical-align: top; }
th { background: #f6f8fa; } td.text, th.text { text-align: left; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 1rem; }
figure { margin: 0; } figure svg { max-width: 100%; height: auto; }
.source { color: #59636e; font-size: 11px; } .draft { background: #fff8c5; border-radius: 4px; padding: 0 4px; font-size: 11px; }
.overdue { color: #d1242f; font-weight: 600; }
`;

function row(cells: string[], text: number[] = []): string {
  return `<tr>${cells.map((c, i) => `<td${text.includes(i) ? ' class="text"' : ''}>${c}</td>`).join('')}</tr>`;
}

function head(cells: string[], text: number[] = []): string {
  return `<tr>${cells.map((c, i) => `<th${text.includes(i) ? ' class="text"' : ''}>${escapeHtml(c)}</th>`).join('')}</tr>`;
}

function figureCell(text: string): string {
  const m = /^(.*) \((\w+)\)$/.exec(text);
  return m ? `${escapeHtml(m[1])} <span class="source">${escapeHtml(m[2])}</span>` : escapeHtml(text);
}

function charts(drawn: DrawnCharts): string {
  const figures = drawn.map(({ chart, svg }) =>
    svg === null
      ? `<figure id="chart-${chart.id}"><p class="note">${escapeHtml(chart.title)}: could not be drawn.</p></figure>`
      : `<figure id="chart-${chart.id}" aria-label="${escapeHtml(chart.title)}">${svg}</figure>`,
  );
  return `<div class="charts">${figures.join('\n')}</div>`;
}

export function renderHtml(insights: Insights, drawn: DrawnCharts, context: RenderContext): string {
  const { by } = insights.options;
  const periodRows = insights.periods.map((p) =>
    row(
      [
        escapeHtml(p.period === UNDATED ? 'undated' : p.period),
        String(p.incidents),
        ...FIGURE_NAMES.map((f) => escapeHtml(formatSummary(p.figures[f]))),
        String(p.actions.open),
        p.actions.overdue ? `<span class="overdue">${p.actions.overdue}</span>` : '0',
        String(p.drafts),
      ],
      [0],
    ),
  );
  const incidentRows = insights.incidents.map((i) =>
    row(
      [
        escapeHtml(i.date ?? 'undated'),
        `<a href="${escapeHtml(context.href(i.file))}">${escapeHtml(i.title)}</a>${i.draft ? ' <span class="draft">draft</span>' : ''}`,
        escapeHtml(i.severity ?? '–'),
        escapeHtml(i.service ?? '–'),
        ...FIGURE_NAMES.map((f) => figureCell(formatFigure(i.figures[f]))),
        String(i.actions.open),
        String(i.actions.done),
        i.actions.overdue ? `<span class="overdue">${i.actions.overdue}</span>` : '0',
        String(i.findings.error),
        String(i.findings.warning),
      ],
      [0, 1, 2, 3],
    ),
  );
  const excluded = insights.excluded.map((e) => `<li><code>${escapeHtml(e.file)}</code>: ${escapeHtml(e.reason)}</li>`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Postmortem report</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Postmortem report</h1>
<p class="summary">${escapeHtml(describeReport(insights))}</p>
<h2>Charts</h2>
${charts(drawn)}
<h2>By ${escapeHtml(by)}</h2>
<p class="note">Each figure is the median / 90th percentile (and how many incidents give it); an incident that does not give a figure is left out of it, not counted as zero.</p>
<table id="periods">
${head([GRAIN_TITLE[by], 'Incidents', ...FIGURE_NAMES, 'Open actions', 'Overdue', 'Drafts'], [0])}
${periodRows.join('\n')}
</table>
<h2>Incidents</h2>
<p class="note">Figures come from the key moments marked in the timeline unless marked <span class="source">inferred</span> (from the stated figures) or <span class="source">stated</span> (the Impact section, which the timeline cannot confirm) or <span class="source">wording</span> (≈, suggested by the entries' words when nothing is marked).</p>
<table id="incidents">
${head(['Date', 'Incident', 'Severity', 'Service', ...FIGURE_NAMES, 'Open', 'Done', 'Overdue', 'Errors', 'Warnings'], [0, 1, 2, 3])}
${incidentRows.join('\n')}
</table>
${excluded.length ? `<h2>Left out</h2>\n<ul id="excluded">\n${excluded.join('\n')}\n</ul>` : ''}
</body>
</html>
`;
}
