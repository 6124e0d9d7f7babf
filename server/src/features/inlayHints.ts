// Inlay hints show the computed figures in place: after each stated figure, on the Impact heading
// when figures are not stated, the elapsed time since impact start on each entry, and, when the
// timeline marks nothing, the key moments the entries' words suggest. A suggestion is shown as such
// (≈), never as what "the timeline says".
import type { InlayHint } from 'vscode-languageserver';
import { InlayHintKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { elapsed, figureValue, suggestedMark } from '../analysis/describe';
import { statedAgrees } from '../analysis/agreement';
import { markerOffset } from '../analysis/edits';
import { formatDuration } from '../postmortem/durations';
import type { Span } from '../postmortem/model';

export interface InlayHintOptions {
  elapsedTime: boolean;
}

const SOURCE_TOOLTIP = {
  markers: 'from the key moments marked',
  inferred: 'inferred from the stated figures',
  wording: "≈ suggested by the entries' words (nothing is marked: not checked)",
} as const;

export function inlayHints(analysis: Analysis, range: Span, options: InlayHintOptions): InlayHint[] {
  const pm = analysis.postmortem;
  if (!pm.classification) return [];
  const hints: { offset: number; hint: Omit<InlayHint, 'position'> }[] = [];
  const inRange = (offset: number) => offset >= range.start && offset <= range.end;

  for (const figure of analysis.figures) {
    const stated = figure.stated;
    if (!stated || figure.minutes === null || !figure.source) continue;
    const style = stated.value ? stated.style : 'compact';
    const computed = formatDuration(figure.minutes, style);
    const agrees = stated.value ? statedAgrees(stated.value, figure.minutes) : false;
    const label =
      figure.source === 'wording' ? `≈ ${computed} suggested` : agrees ? `✓ ${computed}` : `timeline says ${computed}`;
    hints.push({
      offset: stated.valueSpan.end,
      hint: {
        label,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: `${figure.name} ${SOURCE_TOOLTIP[figure.source]}`,
      },
    });
  }

  const impact = pm.impactSection;
  const unstated = analysis.figures.filter((f) => !f.stated && f.minutes !== null);
  if (impact && unstated.length) {
    const suggested = unstated.some((f) => f.source === 'wording');
    hints.push({
      offset: impact.headingSpan.end,
      hint: {
        label: unstated.map((f) => `${f.name} ${figureValue(f)}`).join(' · '),
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: `Computed from the timeline; not stated in this section${suggested ? ". ≈: suggested by the entries' words, not checked" : ''}`,
      },
    });
  }

  const start = analysis.moments.moments.get('start');
  if (options.elapsedTime && start?.epochMs != null) {
    const mark = suggestedMark(start.source);
    for (const entry of pm.timeline?.entries ?? []) {
      if (entry.epochMs === null) continue;
      hints.push({
        offset: entry.timeSpan.end,
        hint: {
          label: `${mark}${elapsed(start.epochMs, entry.epochMs)}`,
          kind: InlayHintKind.Parameter,
          paddingLeft: true,
        },
      });
    }
  }

  // The moments the words suggest, where a marker would go: `≈ [detected]`.
  for (const m of analysis.moments.moments.values()) {
    if (m.source !== 'wording' || !m.entry || !m.words) continue;
    hints.push({
      offset: markerOffset(pm, m.entry),
      hint: {
        label: `≈ [${m.moment}]`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: `Suggested by "${m.words.text}": Mark as ${m.moment} (the lightbulb) to make it count`,
      },
    });
  }

  return hints
    .filter((h) => inRange(h.offset))
    .sort((a, b) => a.offset - b.offset)
    .map((h) => ({ position: analysis.lines.position(h.offset), ...h.hint }));
}
