// The incident's day and the document's zone, from wherever the document gives them: the title
// (anywhere in it, in any form), front matter (`date:`, or a date in its `title:`), a `Date:`
// field or row before the timeline, or the sentence of a declaration before it ("All times are UTC
// on 2019-10-21"). In that order: the title names the incident; a blog's front matter `date:` is
// often the day it was published, so a field written in the text comes first.
import type { Heading, RootContent } from 'mdast';
import type { DateContext } from './dateReading';
import { findDates, withYear } from './dateReading';
import type { FactsMemory } from './documentFacts';
import { blockFacts, placed } from './documentFacts';
import { readFrontMatterTitle, readTitle } from './header';
import type { MarkdownTree } from './markdown';
import type { FrontMatter, IncidentDate, Span, Title, TimezoneDeclaration } from './model';
import { findTimezoneDeclaration } from './zoneDeclarations';

export interface DocumentDating {
  title: Title | undefined;
  incidentDate: IncidentDate | undefined;
  /** A zone declared before the timeline, outside it. */
  documentZone: TimezoneDeclaration | undefined;
}

/** A front matter value's day: `2023-12-04`, `2023-12-04T10:00:00Z`, or a date in words. */
function frontMatterDay(value: unknown, context: DateContext): string | undefined {
  if (typeof value !== 'string') return undefined;
  const found = findDates(value, context).find((f) => f.reading.kind === 'date');
  return found?.reading.kind === 'date' ? found.reading.date : undefined;
}

/**
 * Reads the title and the blocks before `end` (the timeline's heading, or the end of the text)
 * for the incident's day and the document's zone.
 */
export function readDocumentDating(
  tree: MarkdownTree,
  text: string,
  frontMatter: FrontMatter | undefined,
  end: number,
  memory: FactsMemory | undefined,
  titleHeading: Heading | undefined,
): DocumentDating {
  const fm = frontMatter?.data ?? {};
  const fmDate = frontMatterDay(fm.date, {});
  const title =
    readTitle(titleHeading, tree, text, { near: fmDate ?? null }) ??
    readFrontMatterTitle(frontMatter, text, { near: fmDate ?? null });
  const near = title?.date ?? fmDate ?? null;
  const fmSpan = (key: string): Span => frontMatter?.keySpans[key] ?? frontMatter?.span ?? { start: 0, end: 0 };

  let field: IncidentDate | undefined;
  let zoneBlock: { block: RootContent; span: Span } | undefined;
  let documentZone: TimezoneDeclaration | undefined;
  for (const block of tree.root.children) {
    const blockSpan = tree.spanOf(block);
    if (blockSpan.start >= end || (field && documentZone)) break;
    const facts = blockFacts(block, tree, text, memory);
    if (!field && facts.dateField) {
      const { reading, index, length } = facts.dateField;
      const date =
        reading.kind === 'date'
          ? reading.date
          : reading.kind === 'no-year'
            ? dayOf(withYear(reading.month, reading.day, { near }))
            : null;
      if (date) field = { date, source: 'header', span: placed(block, tree, index, length) };
    }
    if (!documentZone && facts.zone) {
      const zone = facts.zone;
      documentZone = {
        zone: zone.zone,
        label: zone.label,
        span: placed(block, tree, zone.index, zone.length),
        source: 'document',
      };
      if (zone.region) documentZone.region = zone.region;
      zoneBlock = { block, span: blockSpan };
    }
  }

  let incidentDate: IncidentDate | undefined;
  if (title?.date && title.dateSpan) incidentDate = { date: title.date, source: 'title', span: title.dateSpan };
  const fmTitleDate = incidentDate ? undefined : frontMatterDay(fm.title, { near: fmDate ?? null });
  if (!incidentDate && fmTitleDate) incidentDate = { date: fmTitleDate, source: 'title', span: fmSpan('title') };
  incidentDate ??= field;
  if (!incidentDate && fmDate) incidentDate = { date: fmDate, source: 'front-matter', span: fmSpan('date') };
  if (!incidentDate && zoneBlock) {
    // "All times are UTC on 2019-10-21": the declaration's sentence names the day.
    const source = text.slice(zoneBlock.span.start, zoneBlock.span.end);
    const day = findTimezoneDeclaration(source, { near })?.day;
    if (day?.found.reading.kind === 'date')
      incidentDate = {
        date: day.found.reading.date,
        source: 'declaration',
        span: { start: zoneBlock.span.start + day.index, end: zoneBlock.span.start + day.index + day.length },
      };
  }
  return { title, incidentDate, documentZone };
}

function dayOf(reading: ReturnType<typeof withYear>): string | null {
  return reading?.kind === 'date' ? reading.date : null;
}
