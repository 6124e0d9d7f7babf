// The header: the title (and the incident date it names, anywhere in it and in any form) and the
// metadata lines before the first section, such as `**Incident Leader: Peter**` or `Severity: SEV2`.
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DateContext, FoundDate } from './dateReading';
import { findDates } from './dateReading';
import type { MarkdownTree } from './markdown';
import type { FrontMatter, MetadataField, Span, Title } from './model';
import { plainText, sourceSpan } from './plainText';
import { lineBreaksIn, linesIn } from './text';

/**
 * The title heading (sections.ts's `titleHeading`), with the day it names: `# 2019-02-06`,
 * `# May 30th, 2019 Prow Flakiness`, `# Incident on 2026-03-30 - ...`, `# Outage on 28/11/2024`;
 * a day without its year (`# Outage on Dec 16th`) takes the year of `context`'s day (the front matter's).
 */
export function readTitle(
  heading: Heading | undefined,
  tree: MarkdownTree,
  text: string,
  context: DateContext = {},
): Title | undefined {
  if (!heading) return undefined;
  const span = tree.spanOf(heading);
  const title: Title = { text: toString(heading).trim(), span, source: 'heading' };
  const found = dateIn(text.slice(span.start, span.end), span.start, context);
  if (found) {
    title.date = found.date;
    title.dateSpan = found.span;
  }
  return title;
}

/**
 * A title written in front matter (`title: ...`, TOML's `title = "..."`), for a page with no H1:
 * blogs and static sites render it as the page's heading. Its span is the `title` line, where a
 * finding about the title belongs; its date, any day the value names.
 */
export function readFrontMatterTitle(
  frontMatter: FrontMatter | undefined,
  text: string,
  context: DateContext = {},
): Title | undefined {
  const value = frontMatter?.data?.title;
  const key = frontMatter?.keySpans.title;
  if (typeof value !== 'string' || !value.trim() || !key) return undefined;
  const lineEnd = text.indexOf('\n', key.start);
  const line = text.slice(key.start, lineEnd < 0 ? text.length : lineEnd).trimEnd();
  const title: Title = {
    text: value.trim(),
    span: { start: key.start, end: key.start + line.length },
    source: 'front-matter',
  };
  const found = dateIn(line.slice(key.end - key.start), key.end, context);
  if (found) {
    title.date = found.date;
    title.dateSpan = found.span;
  }
  return title;
}

/** The first date in a piece of markdown at `offset` that names a day, with its span in the document. */
export function dateIn(
  source: string,
  offset: number,
  context: DateContext,
): { date: string; span: Span; found: FoundDate } | null {
  const plain = plainText(source, offset);
  for (const found of findDates(plain.text, context)) {
    if (found.reading.kind === 'date')
      return { date: found.reading.date, span: sourceSpan(plain, found.index, found.length), found };
  }
  return null;
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
