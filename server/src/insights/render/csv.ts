// `report --format csv`: the JSON's rows in one table, for spreadsheets. The `row` column says which
// kind each row is (incident, period, excluded); the columns a kind has no value for are empty.
// RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a line break.
import { FIGURE_NAMES } from '../../postmortem/vocabulary';
import type { Insights } from '../insights';

const COLUMNS = [
  'row',
  'period',
  'file',
  'date',
  'title',
  'severity',
  'service',
  'draft',
  ...FIGURE_NAMES.flatMap((f) => [`${f} minutes`, `${f} source`]),
  'actions open',
  'actions done',
  'actions overdue',
  'errors',
  'warnings',
  'incidents',
  ...FIGURE_NAMES.flatMap((f) => [`${f} median`, `${f} p90`, `${f} count`]),
  'drafts',
  'reason',
] as const;

type Row = Partial<Record<(typeof COLUMNS)[number], string | number | boolean | null>>;

function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: a title is text, so it is quoted as text.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof value === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(insights: Insights): string {
  const rows: Row[] = [];
  for (const i of insights.incidents) {
    const row: Row = {
      row: 'incident',
      period: i.period,
      file: i.file,
      date: i.date,
      title: i.title,
      severity: i.severity,
      service: i.service,
      draft: i.draft,
      'actions open': i.actions.open,
      'actions done': i.actions.done,
      'actions overdue': i.actions.overdue,
      errors: i.findings.error,
      warnings: i.findings.warning,
    };
    for (const f of FIGURE_NAMES) {
      row[`${f} minutes`] = i.figures[f].minutes;
      row[`${f} source`] = i.figures[f].source;
    }
    rows.push(row);
  }
  for (const p of insights.periods) {
    const row: Row = {
      row: 'period',
      period: p.period,
      incidents: p.incidents,
      'actions open': p.actions.open,
      'actions overdue': p.actions.overdue,
      drafts: p.drafts,
    };
    for (const f of FIGURE_NAMES) {
      row[`${f} median`] = p.figures[f].median;
      row[`${f} p90`] = p.figures[f].p90;
      row[`${f} count`] = p.figures[f].count;
    }
    rows.push(row);
  }
  for (const e of insights.excluded) rows.push({ row: 'excluded', file: e.file, reason: e.reason });
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => field(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}
