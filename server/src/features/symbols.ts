// The outline: sections, and under Timeline its entries by time, key moments marked.
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { clock } from '../analysis/describe';
import { truncate } from '../postmortem/text';

/** An outline row is one line of a narrow side panel: longer entry texts are cut. */
const NAME_MAX = 60;

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const pm = analysis.postmortem;
  const range = analysis.lines.range.bind(analysis.lines);
  const sections: DocumentSymbol[] = pm.sections.map((section) => {
    const symbol: DocumentSymbol = {
      name: section.heading || '(untitled section)',
      detail: section.canonical && section.canonical !== section.heading ? section.canonical : undefined,
      kind: SymbolKind.Namespace,
      range: range(section.span),
      selectionRange: range(section.headingSpan),
    };
    if (pm.timeline && pm.timeline.section === section) {
      symbol.children = pm.timeline.entries.map((entry) => {
        const moments = entry.moments.map((m) => m.moment);
        // Inferred moments end in `?`; those the words suggest start with `≈`.
        const inferred = [...analysis.moments.moments.values()]
          .filter((m) => m.entry === entry && m.source !== 'markers')
          .map((m) => (m.source === 'inferred' ? `${m.moment}?` : `≈${m.moment}`));
        const marks = [...moments, ...inferred];
        const words = entry.text.replace(/\s*\\?[[<][^\]>]*[\]>]\s*/g, ' ').trim();
        return {
          name: `${marks.length ? '★ ' : ''}${clock(entry)} ${truncate(words, NAME_MAX)}`.trim(),
          detail: marks.length ? marks.join(', ') : (entry.date ?? undefined),
          kind: marks.length ? SymbolKind.Event : SymbolKind.Field,
          range: range(entry.span),
          selectionRange: range(entry.timeSpan),
        };
      });
    }
    return symbol;
  });
  if (!pm.title) return sections;
  // The title holds the sections, as a document outline reads from the top.
  return [
    {
      name: pm.title.text,
      kind: SymbolKind.File,
      range: range({ start: pm.title.span.start, end: pm.text.length }),
      selectionRange: range(pm.title.span),
      children: sections,
    },
  ];
}
