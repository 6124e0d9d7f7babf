// Postmortems written for the report's tests: each with the figures, fields and action items asked
// for, so the expected medians and percentiles can be computed by hand.
import { postmortem } from './core';

export interface IncidentSpec {
  /** In the title; left out for an undated postmortem. */
  date?: string;
  title?: string;
  /** Header lines such as `Severity: SEV2`. */
  fields?: Record<string, string>;
  /** Minutes from start to detection; no key moments at all when absent. */
  mttd?: number;
  /** Minutes from detection to resolution; no [resolved] marker when absent. */
  mttr?: number;
  actions?: string[];
}

function clock(minutes: number): string {
  const t = 9 * 60 + minutes;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

export function incidentText(spec: IncidentSpec): string {
  const title = spec.title ?? 'Checkout errors';
  const fields = Object.entries(spec.fields ?? {}).map(([k, v]) => `${k}: ${v}\n`);
  const head = [`# ${spec.date ? `${spec.date} ` : ''}${title}\n`, '**Incident Leader: Dana**\n', ...fields].join('\n');
  const entries = ['All times UTC.'];
  if (spec.mttd !== undefined) {
    entries.push(`${clock(0)} config push [start]`, `${clock(spec.mttd)} error-rate alert [detected]`);
    if (spec.mttr !== undefined) entries.push(`${clock(spec.mttd + spec.mttr)} error rate normal [resolved]`);
  } else entries.push(`${clock(0)} config push`, `${clock(5)} alert`);
  const actions = spec.actions ?? ['- [ ] Add a canary stage (owner: @dana)'];
  return postmortem({
    head,
    timeline: `## Timeline\n\n${entries.join('\n\n')}\n`,
    impact: '## Impact\n\nA fifth of checkouts failed.\n',
    actions: `## Corrective Actions\n\n${actions.join('\n')}\n`,
  });
}
