// Inlay hints show the computed figures in place: after each stated figure, on the Impact heading
// when figures are not stated, and the elapsed time since impact start on each entry.
import type { InlayHint } from 'vscode-languageserver';
import { InlayHintKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { elapsed } from '../analysis/describe';
import { statedAgrees } from '../analysis/agreement';
import { formatDuration, humanDuration } from '../postmortem/durations';
import type { Span } from '../postmortem/model';

export interface InlayHintOptions {
  elapsedTime: boolean;
}

export function inlayHints(analysis: Analysis, range: Span, options: InlayHintOptions): InlayHint[] {
  const pm = analysis.postmortem;
  if (!pm.classification) return [];
  const hints: { offset: number; hint: Omit<InlayHint, 'position'> }[] = [];
  const inRange = (offset: number) => offset >= range.start && offset <= range.end;

  for (const figure of analysis.figures) {
    const stated = figure.stated;
    if (!stated || figure.minutes === null) continue;
    const style = stated.value ? stated.style : 'compact';
    const computed = formatDuration(figure.minutes, style);
    const agrees = stated.value ? statedAgrees(stated.value, figure.minutes) : false;
    hints.push({
      offset: stated.valueSpan.end,
      hint: {
        label: agrees ? `✓ ${computed}` : `timeline says ${computed}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: `${figure.name} from the timeline (${figure.source})`,
      },
    });
  }

  const impact = pm.impactSection;
  const unstated = analysis.figures.filter((f) => !f.stated && f.minutes !== null);
  if (impact && unstated.length) {
    hints.push({
      offset: impact.headingSpan.end,
      hint: {
        label: unstated.map((f) => `${f.name} ${humanDuration(f.minutes ?? 0)}`).join(' · '),
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: 'Computed from the timeline; not stated in this section',
      },
    });
  }

  const start = analysis.moments.moments.get('start')?.epochMs;
  if (options.elapsedTime && start != null) {
    for (const entry of pm.timeline?.entries ?? []) {
      if (entry.epochMs === null) continue;
      hints.push({
        offset: entry.timeSpan.end,
        hint: { label: elapsed(start, entry.epochMs), kind: InlayHintKind.Parameter, paddingLeft: true },
      });
    }
  }

  return hints
    .filter((h) => inRange(h.offset))
    .sort((a, b) => a.offset - b.offset)
    .map((h) => ({ position: analysis.lines.position(h.offset), ...h.hint }));
}
