// A code lens above the Timeline heading: the incident's span and its figures at a glance.
import type { CodeLens } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { clock } from '../analysis/describe';
import { humanDuration } from '../postmortem/durations';

export function codeLenses(analysis: Analysis): CodeLens[] {
  const timeline = analysis.postmortem.timeline;
  if (!analysis.postmortem.classification || !timeline) return [];
  const timed = timeline.entries.filter((e) => e.epochMs !== null);
  const parts: string[] = [];
  if (timed.length) {
    const first = timed.reduce((a, b) => ((b.epochMs as number) < (a.epochMs as number) ? b : a));
    const last = timed.reduce((a, b) => ((b.epochMs as number) > (a.epochMs as number) ? b : a));
    const span = humanDuration(Math.round(((last.epochMs as number) - (first.epochMs as number)) / 60_000));
    parts.push(
      `${timeline.entries.length} entries, ${clock(first)} → ${clock(last)} (${span}) ${timeline.timezone.label}`,
    );
  } else {
    parts.push(`${timeline.entries.length} entries`);
  }
  const figures = analysis.figures
    .filter((f) => f.minutes !== null)
    .map((f) => `${f.name} ${humanDuration(f.minutes ?? 0)}`);
  if (figures.length) parts.push(figures.join(' · ') + (analysis.moments.source === 'inferred' ? ' (inferred)' : ''));
  else parts.push('no key moments marked');
  const range = analysis.lines.range(timeline.section.headingSpan);
  // A lens with an empty command is a label: VS Code shows it and does nothing on click.
  return [{ range, command: { title: parts.join(' — '), command: '' } }];
}
