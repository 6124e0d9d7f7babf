// The header: the title (and the incident date it may start with) and the metadata lines
// before the first section, such as `**Incident Leader: Peter**` or `Severity: SEV2`.
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isValidIsoDate, leadingIsoDate } from './dates';
import type { MarkdownTree } from './markdown';
import type { MetadataField, Span, Title } from './model';
import { lineBreaksIn, linesIn } from './text';

export function readTitle(tree: MarkdownTree): Title | undefined {
  const h1 = tree.root.children.find((c): c is Heading => c.type === 'heading' && c.depth === 1);
  if (!h1) return undefined;
  const text = toString(h1).trim();
  return { text, span: tree.spanOf(h1), date: leadingIsoDate(text)?.date ?? isoDateIn(text) };
}

/** The first real ISO date standing as a word anywhere in the title. */
function isoDateIn(text: string): string | undefined {
  for (const m of text.matchAll(/(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g)) if (isValidIsoDate(m[0])) return m[0];
  return undefined;
}

// A key of a few words, optionally bold, a colon, a value; the bold may close before or after the colon.
const METADATA_LINE =
  /^\s*(?:[-*+]\s+)?(\*\*|__)?([A-Za-z][\w /&()-]{0,40}?)(\*\*|__)?\s*:\s*(\*\*|__)?(.*?)(\*\*|__)?\s*$/;

export function readMetadata(blocks: RootContent[], tree: MarkdownTree, text: string): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph' && block.type !== 'list') continue;
    for (const line of linesIn(text, tree.spanOf(block))) {
      // `Status: final<br> Owners: @Hixie` holds two fields on one line.
      for (const segment of splitAtBreaks(text, line)) {
        const raw = text.slice(segment.start, segment.end);
        const m = METADATA_LINE.exec(raw);
        if (!m || !m[5].trim() || /^\/\//.test(m[5])) continue;
        const valueOffset = segment.start + raw.lastIndexOf(m[5], raw.length - (m[6]?.length ?? 0));
        fields.push({
          key: m[2].trim(),
          value: m[5].trim(),
          span: segment,
          valueSpan: { start: valueOffset, end: valueOffset + m[5].length },
          source: 'header',
        });
      }
    }
  }
  return fields;
}

function splitAtBreaks(text: string, line: Span): Span[] {
  const spans: Span[] = [];
  const raw = text.slice(line.start, line.end);
  let start = 0;
  for (const m of lineBreaksIn(raw)) {
    spans.push({ start: line.start + start, end: line.start + (m.index ?? 0) });
    start = (m.index ?? 0) + m[0].length;
  }
  spans.push({ start: line.start + start, end: line.end });
  return spans.filter((s) => s.end > s.start);
}
