// `report --format json`: the shape documented in the README (issue 13's), one object.
import type { Insights } from '../insights';

export function renderJson(insights: Insights): string {
  const incidents = insights.incidents.map((i) => ({
    file: i.file,
    date: i.date,
    title: i.title,
    severity: i.severity,
    service: i.service,
    figures: i.figures,
    actions: i.actions,
    period: i.period,
    draft: i.draft,
    findings: i.findings,
  }));
  return JSON.stringify({ incidents, periods: insights.periods, excluded: insights.excluded }, null, 2) + '\n';
}
