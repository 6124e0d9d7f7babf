// `report --format md`: for a pull request or a wiki page. GitHub draws the charts from Mermaid
// `xychart-beta` blocks; the tables beside them hold the same numbers, for readers without Mermaid.
import { FIGURE_NAMES } from '../../postmortem/vocabulary';
import type { Insights } from '../insights';
import { UNDATED } from '../insights';
import { datedPeriods } from '../charts';
import type { RenderContext } from './context';
import { describeReport } from './context';
import { FIGURE_LABELS, formatFigure, formatSummary, GRAIN_TITLE } from './format';

/** A table cell: one line, pipes escaped, HTML shown as text. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').trim();
}

function linkText(text: string): string {
  return cell(text).replace(/[[\]]/g, '\\$&');
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const quote = (s: string) => `"${s.replace(/"/g, "'")}"`;

/** A Mermaid xychart: a bar or line per series, over the given periods. */
function xychart(
  title: string,
  periods: string[],
  yTitle: string,
  series: { kind: 'bar' | 'line'; values: number[] }[],
): string {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${quote(title)}`,
    `  x-axis [${periods.map(quote).join(', ')}]`,
    `  y-axis ${quote(yTitle)} 0 --> ${Math.ceil(max * 1.1)}`,
    ...series.map((s) => `  ${s.kind} [${s.values.join(', ')}]`),
    '```',
  ].join('\n');
}

function charts(insights: Insights): string[] {
  const rows = datedPeriods(insights);
  if (rows.length === 0) return ['No dated incidents to chart.'];
  const by = insights.options.by;
  const out = [
    xychart(
      `Incidents per ${by}`,
      rows.map((p) => p.period),
      'Incidents',
      [{ kind: 'bar', values: rows.map((p) => p.incidents) }],
    ),
  ];
  for (const figure of ['MTTD', 'MTTR'] as const) {
    // Only the periods that have the figure: a missing value is no point, never a zero.
    const having = rows.filter((p) => p.figures[figure].median !== null);
    if (having.length === 0) {
      out.push(`No incident gives ${figure} (${FIGURE_LABELS[figure]}) yet.`);
      continue;
    }
    out.push(
      xychart(
        `${figure} per ${by}, minutes: median and 90th percentile (upper line)`,
        having.map((p) => p.period),
        'Minutes',
        [
          { kind: 'line', values: having.map((p) => p.figures[figure].median as number) },
          { kind: 'line', values: having.map((p) => p.figures[figure].p90 as number) },
        ],
      ),
    );
  }
  out.push(
    xychart(
      `Action items still open (overdue in front), by the ${by} of their incident`,
      rows.map((p) => p.period),
      'Action items',
      [
        { kind: 'bar', values: rows.map((p) => p.actions.open) },
        { kind: 'bar', values: rows.map((p) => p.actions.overdue) },
      ],
    ),
  );
  return out;
}

export function renderMarkdown(insights: Insights, context: RenderContext): string {
  const { by } = insights.options;
  const parts: string[] = ['# Postmortem report', '', describeReport(insights), ''];

  parts.push(`## By ${by}`, '');
  parts.push(
    'Each figure is the median / 90th percentile (and how many incidents give it); an incident that does not give a figure is left out of it, not counted as zero.',
    '',
  );
  parts.push(
    table(
      [GRAIN_TITLE[by], 'Incidents', ...FIGURE_NAMES, 'Open actions', 'Overdue', 'Drafts'],
      insights.periods.map((p) => [
        p.period === UNDATED ? 'undated' : p.period,
        String(p.incidents),
        ...FIGURE_NAMES.map((f) => formatSummary(p.figures[f])),
        String(p.actions.open),
        String(p.actions.overdue),
        String(p.drafts),
      ]),
    ),
    '',
  );

  parts.push('## Charts', '', charts(insights).join('\n\n'), '');

  parts.push('## Incidents', '');
  if (insights.incidents.length === 0) parts.push('No postmortems.', '');
  else {
    parts.push(
      'Figures come from the key moments marked in the timeline, unless they say (inferred: from the stated figures) or (stated: the Impact section, which the timeline cannot confirm). Actions: open / done / overdue.',
      '',
      table(
        ['Date', 'Incident', 'Severity', 'Service', ...FIGURE_NAMES, 'Actions', 'Errors', 'Warnings'],
        insights.incidents.map((i) => [
          i.date ?? 'undated',
          `[${linkText(i.title)}](${context.href(i.file)})${i.draft ? ' (draft)' : ''}`,
          cell(i.severity ?? '–'),
          cell(i.service ?? '–'),
          ...FIGURE_NAMES.map((f) => formatFigure(i.figures[f])),
          `${i.actions.open} / ${i.actions.done} / ${i.actions.overdue}`,
          String(i.findings.error),
          String(i.findings.warning),
        ]),
      ),
      '',
    );
  }

  if (insights.excluded.length) {
    parts.push(
      '## Left out',
      '',
      ...insights.excluded.map((e) => `- \`${e.file.replace(/`/g, "'")}\`: ${cell(e.reason)}`),
      '',
    );
  }
  return parts.join('\n');
}
