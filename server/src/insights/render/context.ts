// What a rendering needs from its host: where each postmortem is, as a link from the output.
import type { Insights } from '../insights';
import { UNDATED } from '../insights';

export interface RenderContext {
  /** The link to a postmortem from where the report is read (relative to the output file). */
  href(file: string): string;
}

/** The report's first line: how many, over which periods, as of when. */
export function describeReport(insights: Insights): string {
  const { by, since, until, today } = insights.options;
  const n = insights.incidents.length;
  const dated = insights.periods.filter((p) => p.period !== UNDATED);
  const span = dated.length ? `${dated[0].period} to ${dated[dated.length - 1].period}` : 'no dated incident';
  const range = since || until ? ` (${since ?? 'start'} to ${until ?? 'now'})` : '';
  const left = insights.excluded.length
    ? `, ${insights.excluded.length} file${insights.excluded.length === 1 ? '' : 's'} left out`
    : '';
  return `${n} postmortem${n === 1 ? '' : 's'}, ${span}${range}, by ${by}${left}. Action items as of ${today}.`;
}
