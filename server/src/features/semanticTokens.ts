// Semantic tokens colour what the static grammar cannot know: the key-moment tags and figure names
// a team configures (`moments`, `figures` aliases). They come from the analysis, so exactly what
// the reader took for a tag is coloured as one; package.json maps each type to the grammar's scope.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import { SemanticTokensBuilder } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import type { Span } from '../postmortem/model';

export const SEMANTIC_TOKEN_TYPES = ['keyMoment', 'impactFigure'] as const;
type TokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [],
};

/** Every key-moment tag in the timeline and every stated figure's name, one token per line they cover. */
export function semanticTokens(analysis: Analysis): SemanticTokens {
  const pm = analysis.postmortem;
  if (!pm.classification) return { data: [] };
  const tokens: { span: Span; type: TokenType }[] = [
    ...(pm.timeline?.entries ?? []).flatMap((e) =>
      e.moments.map((t) => ({ span: t.span, type: 'keyMoment' as const })),
    ),
    ...pm.statedFigures.map((s) => ({ span: s.nameSpan, type: 'impactFigure' as const })),
  ].sort((a, b) => a.span.start - b.span.start);
  const builder = new SemanticTokensBuilder();
  for (const { span, type } of tokens) {
    // A tag may wrap across a line break; a token may not (the client need not support it).
    for (const part of lineParts(pm.text, span)) {
      const start = analysis.lines.position(part.start);
      builder.push(start.line, start.character, part.end - part.start, SEMANTIC_TOKEN_TYPES.indexOf(type), 0);
    }
  }
  return builder.build();
}

function lineParts(text: string, span: Span): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  for (let nl = text.indexOf('\n', start); nl !== -1 && nl < span.end; nl = text.indexOf('\n', start)) {
    const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    if (end > start) parts.push({ start, end });
    start = nl + 1;
    while (start < span.end && (text[start] === ' ' || text[start] === '\t')) start++;
  }
  if (span.end > start) parts.push({ start, end: span.end });
  return parts;
}
