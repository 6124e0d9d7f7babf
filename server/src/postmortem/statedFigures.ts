// Figures stated in the Impact (or Stats) section: `MTTD: 2h52m`, `**Time to detect:** 172 min`,
// `- MTTR - 1:35`, `| Mean Time to Detect (MTTD) | 2h52m |`.
import type { FigureDefinition } from './readerSettings';
import { parseDuration } from './durations';
import type { DurationStyle, Span, StatedFigure } from './model';
import { LINE_BREAK_TAG, linesIn } from './text';

const labelPatterns = new WeakMap<FigureDefinition[], { pattern: RegExp; byLabel: Map<string, FigureDefinition> }>();

/** Emphasis, cell bars and line breaks closing a value: `**MTTR: 2h**`, `| MTTR | 2h |`, `MTTR: 2h<br>`. */
const VALUE_CLOSERS = new RegExp(String.raw`(?:\s*(?:\*\*|__|\||${LINE_BREAK_TAG}))+\s*$`, 'i');

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function compile(figures: FigureDefinition[]) {
  let compiled = labelPatterns.get(figures);
  if (!compiled) {
    const byLabel = new Map<string, FigureDefinition>();
    for (const f of figures) for (const l of f.labels) byLabel.set(l.toLowerCase().replace(/\s+/g, ' '), f);
    const labels = [...byLabel.keys()].sort((a, b) => b.length - a.length).map(escape);
    const pattern = new RegExp(
      String.raw`^\s*(?:[-*+]\s+|\d+[.)]\s+|\|\s*)?(?:\*\*|__)?(${labels.join('|')})(?:\s*\([^)\n]*\))?\s*(?:\*\*|__)?\s*(?:[:|]|\s[-–—]\s)\s*(?:\*\*|__)?`,
      'i',
    );
    compiled = { pattern, byLabel };
    labelPatterns.set(figures, compiled);
  }
  return compiled;
}

export function readStatedFigures(text: string, span: Span, figures: FigureDefinition[]): StatedFigure[] {
  const { pattern, byLabel } = compile(figures);
  const stated: StatedFigure[] = [];
  for (const line of linesIn(text, span).flatMap((l) => segmentsOf(text, l))) {
    const raw = text.slice(line.start, line.end);
    const m = pattern.exec(raw);
    if (!m) continue;
    const definition = byLabel.get(m[1].toLowerCase().replace(/\s+/g, ' '));
    if (!definition) continue;
    const labelStart = line.start + raw.toLowerCase().indexOf(m[1].toLowerCase(), m.index);
    const rest = raw.slice(m[0].length);
    const valueText = rest.replace(VALUE_CLOSERS, '').trim();
    const valueStart = line.start + m[0].length + (valueText ? rest.indexOf(valueText) : 0);
    const parsed = valueText ? parseDuration(valueText) : null;
    stated.push({
      figure: definition.name,
      label: m[1],
      lineSpan: line,
      nameSpan: { start: labelStart, end: labelStart + m[1].length },
      valueSpan: { start: valueStart, end: valueStart + valueText.length },
      valueText,
      value: parsed?.value ?? null,
      style: parsed?.style ?? ('compact' satisfies DurationStyle),
    });
  }
  return stated;
}

/** A line's parts between `<br>` tags: Flutter's Summary holds `Duration: 2h<br> User impact: ...` on one line. */
function segmentsOf(text: string, line: Span): Span[] {
  const raw = text.slice(line.start, line.end);
  if (!/<br\s*\/?>/i.test(raw)) return [line];
  const segments: Span[] = [];
  let start = 0;
  for (const m of raw.matchAll(/<br\s*\/?>/gi)) {
    segments.push({ start: line.start + start, end: line.start + m.index });
    start = m.index + m[0].length;
  }
  segments.push({ start: line.start + start, end: line.end });
  return segments.filter((s) => s.end > s.start);
}
