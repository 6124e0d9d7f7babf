// A code lens above the Timeline heading: the incident's span and its figures at a glance, each
// as sure as its moments are (≈ for what the entries' words suggest).
import type { CodeLens } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { clock, figureValue, momentClock } from '../analysis/describe';
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
  const computed = analysis.figures.filter((f) => f.minutes !== null);
  const notes = [
    ...(computed.some((f) => f.source === 'inferred') ? ['inferred'] : []),
    ...(computed.some((f) => f.source === 'wording') ? ["≈ suggested by the entries' words"] : []),
  ];
  const suggested = [...analysis.moments.moments.values()].filter((m) => m.source === 'wording');
  if (computed.length)
    parts.push(
      computed.map((f) => `${f.name} ${figureValue(f)}`).join(' · ') + (notes.length ? ` (${notes.join(', ')})` : ''),
    );
  else if (suggested.length)
    parts.push(
      `no key moments marked; suggested: ${suggested.map((m) => `≈${m.moment} ${momentClock(m)}`).join(', ')}`,
    );
  else parts.push('no key moments marked');
  const range = analysis.lines.range(timeline.section.headingSpan);
  // A lens with an empty command is a label: VS Code shows it and does nothing on click.
  return [{ range, command: { title: parts.join(' — '), command: '' } }];
}
