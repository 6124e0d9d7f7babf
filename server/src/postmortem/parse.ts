// Markdown text -> Postmortem: one remark parse, then one pass over the top-level blocks.
import type { RootContent, Yaml } from 'mdast';
import { readActionItems } from './actionItems';
import { classify } from './classify';
import { isValidIsoDate, leadingIsoDate } from './dates';
import { readFrontMatter } from './frontMatter';
import { readMetadata, readTitle } from './header';
import type { MarkdownTree } from './markdown';
import { parseMarkdown } from './markdown';
import type { ReadingMemory } from './memory';
import type { FrontMatter, MetadataField, Postmortem, Timeline, TimezoneDeclaration } from './model';
import type { ReaderSettings } from './readerSettings';
import { buildSections } from './sections';
import { readStatedFigures } from './statedFigures';
import { lineEnding } from './text';
import { buildTimeline } from './timeline';
import { FIGURE_HEADINGS } from './vocabulary';
import { resolveZone } from './zones';

const FIGURE_HEADING = new RegExp(
  `^(?:${FIGURE_HEADINGS.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
  'i',
);

/**
 * `settings` is what the reader takes of the configuration (config/readerSettings.ts); `tree` is
 * remark's parse of `text`, when the caller already has it (an incremental parser, or analyze,
 * which lends it to the rules); `memory` is the document's, across its versions.
 */
export function parsePostmortem(
  text: string,
  settings: ReaderSettings,
  path?: string,
  tree: MarkdownTree = parseMarkdown(text),
  memory?: ReadingMemory,
): Postmortem {
  const vocab = settings.vocab;
  const yaml = tree.root.children.find((c): c is Yaml => c.type === 'yaml');
  const frontMatter = yaml ? readFrontMatter(yaml, tree.spanOf(yaml), text) : undefined;
  const fm = frontMatter?.data ?? {};

  const sectionBlocks = buildSections(tree, text, settings);
  const sections = sectionBlocks.map((s) => s.section);
  const firstSectionStart = sections[0]?.headingSpan.start ?? text.length;
  const headerBlocks: RootContent[] = [];
  // In order, so the first block past the first section ends the header: a long timeline is not walked.
  for (const c of tree.root.children) {
    if (tree.spanOf(c).end > firstSectionStart) break;
    headerBlocks.push(c);
  }
  const metadata = [...frontMatterFields(frontMatter), ...readMetadata(headerBlocks, tree, text)];
  const title = readTitle(tree);

  const fmDate = typeof fm.date === 'string' && isValidIsoDate(fm.date.slice(0, 10)) ? fm.date.slice(0, 10) : undefined;
  // Google's and Flutter's templates give the day in a header field: `**Date:** 2015-10-21`.
  const headerDate = metadata
    .filter((m) => m.source === 'header' && /^date\b/i.test(m.key.trim()))
    .map((m) => leadingIsoDate(m.value)?.date)
    .find((d) => d !== undefined);
  const date = title?.date ?? fmDate ?? headerDate;
  const baseDate = title?.date
    ? { date: title.date, source: 'title' as const }
    : fmDate
      ? { date: fmDate, source: 'front-matter' as const }
      : headerDate
        ? { date: headerDate, source: 'header' as const }
        : undefined;

  const timelineBlocks = sectionBlocks.find((s) => s.section.role === 'timeline');
  const timeline = timelineBlocks
    ? buildTimeline(
        {
          text,
          tree,
          section: timelineBlocks.section,
          blocks: timelineBlocks.blocks,
          vocab,
          baseDate,
          frontMatterZone: frontMatterZone(frontMatter),
          defaultZone: settings.defaultZone,
        },
        memory,
      )
    : undefined;

  const figureSections = sections.filter(
    (s) =>
      s.role === 'impact' ||
      FIGURE_HEADING.test(s.heading) ||
      (s.canonical !== undefined && settings.figureSections.includes(s.canonical)),
  );
  const impactSection = figureSections.find((s) => s.role === 'impact') ?? figureSections[0];
  const statedFigures = figureSections.flatMap((s) => readStatedFigures(text, s.contentSpan, vocab.figures));

  const actionItems = readActionItems(
    text,
    tree,
    sectionBlocks.find((s) => s.section.role === 'actions')?.blocks,
    date,
  );

  return {
    text,
    classification: classify(tree, settings, fm.type, path, sections, timedEntries(timeline)),
    title,
    date,
    frontMatter,
    metadata,
    sections,
    timeline,
    impactSection,
    statedFigures,
    actionItems,
    eol: lineEnding(text),
  };
}

function frontMatterFields(frontMatter: FrontMatter | undefined): MetadataField[] {
  if (!frontMatter?.data) return [];
  return Object.entries(frontMatter.data).flatMap(([key, value]) => {
    const span = frontMatter.keySpans[key];
    if (!span || value === null || typeof value === 'object') return [];
    return [{ key, value: String(value), span, valueSpan: span, source: 'front-matter' as const }];
  });
}

function frontMatterZone(frontMatter: FrontMatter | undefined): TimezoneDeclaration | undefined {
  const label = frontMatter?.data?.timezone;
  const span = frontMatter?.keySpans.timezone;
  if (typeof label !== 'string' || !span) return undefined;
  const zone = resolveZone(label);
  return zone ? { zone, label, span, source: 'front-matter' } : undefined;
}

function timedEntries(timeline: Timeline | undefined): number {
  return timeline ? timeline.entries.filter((e) => e.epochMs !== null).length : 0;
}
