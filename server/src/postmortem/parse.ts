// Markdown text -> Postmortem: one remark parse, then one pass over the top-level blocks.
import type { RootContent, Yaml } from 'mdast';
import { readActionItems } from './actionItems';
import { classify } from './classify';
import { readFrontMatter } from './frontMatter';
import { readTomlFrontMatter } from './frontMatterToml';
import { readMetadata } from './header';
import { readDocumentDating } from './incidentDate';
import type { MarkdownTree } from './markdown';
import { parseMarkdown } from './markdown';
import type { ReadingMemory } from './memory';
import type { FrontMatter, MetadataField, Postmortem, Section, Span, Timeline, TimezoneDeclaration } from './model';
import type { ReaderSettings } from './readerSettings';
import { buildSections, titleHeading } from './sections';
import { readKeyEvents } from './keyEvents';
import { listedTimeline } from './listedTimeline';
import { readProseDurations } from './proseDurations';
import { readStatedFigures } from './statedFigures';
import { escapeRegExp, lineEnding } from './text';
import type { Steps } from './steps';
import { finish } from './steps';
import { buildTimelineSteps } from './timeline';
import { FIGURE_HEADINGS } from './vocabulary';
import { readZone } from './zones';

const FIGURE_HEADING = new RegExp(`^(?:${FIGURE_HEADINGS.map((h) => escapeRegExp(h)).join('|')})\\b`, 'i');

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
  return finish(parsePostmortemSteps(text, settings, path, tree, memory));
}

/** The same reading in steps (the timeline's), for hosts that answer requests while a long document is read. */
export function* parsePostmortemSteps(
  text: string,
  settings: ReaderSettings,
  path: string | undefined,
  tree: MarkdownTree,
  memory?: ReadingMemory,
): Steps<Postmortem> {
  const vocab = settings.vocab;
  const frontMatter = readAnyFrontMatter(tree, text);
  const fm = frontMatter?.data ?? {};

  // A page titled by its front matter has no title heading: its lone `## Background` is a section.
  const titledByFrontMatter = typeof fm.title === 'string' && fm.title.trim() !== '';
  const titled = titleHeading(tree, settings, titledByFrontMatter);
  const sectionBlocks = buildSections(tree, text, settings, titledByFrontMatter);
  yield;
  const sections = sectionBlocks.map((s) => s.section);
  const firstSectionStart = sections[0]?.headingSpan.start ?? text.length;
  const headerBlocks: RootContent[] = [];
  // In order, so the first block past the first section ends the header: a long timeline is not walked.
  for (const c of tree.root.children) {
    if (tree.spanOf(c).end > firstSectionStart) break;
    headerBlocks.push(c);
  }
  const metadata = [...frontMatterFields(frontMatter), ...readMetadata(headerBlocks, tree, text)];
  // With no Timeline section, a list of timed entries in another (`### What happened`) is the timeline.
  const headedTimeline = sectionBlocks.find((s) => s.section.role === 'timeline');
  const timelineBlocks = headedTimeline ?? listedTimeline(sectionBlocks, tree, text);
  const timelineStart = headedTimeline
    ? headedTimeline.section.headingSpan.start
    : (timelineBlocks?.section.contentSpan.start ?? text.length);
  const {
    title,
    incidentDate: stated,
    documentZone,
  } = readDocumentDating(tree, text, frontMatter, timelineStart, memory?.facts, titled);
  const baseDate = stated && { date: stated.date, source: stated.source };

  const timeline = timelineBlocks
    ? yield* buildTimelineSteps(
        {
          text,
          tree,
          section: timelineBlocks.section,
          blocks: timelineBlocks.blocks,
          vocab,
          baseDate,
          frontMatterZone: frontMatterZone(frontMatter),
          documentZone,
          defaultZone: settings.defaultZone,
        },
        memory,
      )
    : undefined;

  yield;
  // Where nothing else gives the day, the timeline's own sentence may ("... all times are UTC on 2019-10-21").
  const declared = timeline?.declaredDay;
  const incidentDate =
    stated ?? (declared ? { date: declared.date, source: 'declaration' as const, span: declared.span } : undefined);
  const date = incidentDate?.date;

  const figureSections = sections.filter(
    (s) =>
      s.role === 'impact' ||
      FIGURE_HEADING.test(s.heading) ||
      (s.canonical !== undefined && settings.figureSections.includes(s.canonical)),
  );
  const impactSection = figureSections.find((s) => s.role === 'impact') ?? figureSections[0];
  const statedFigures = figureSpans(tree, headerBlocks, sections).flatMap((span) =>
    readStatedFigures(text, span, vocab.figures),
  );
  const keyEvents = readKeyEvents(text, tree, vocab, statedFigures, {
    date,
    zone: timeline?.timezone.zone ?? frontMatterZone(frontMatter)?.zone ?? settings.defaultZone,
  });
  const proseDurations = sections
    .filter((s) => s.role === 'summary' || s.role === 'impact')
    .flatMap((s) => readProseDurations(text, s.contentSpan));

  const actionItems = readActionItems(
    text,
    tree,
    sectionBlocks.find((s) => s.section.role === 'actions')?.blocks,
    date,
  );

  return {
    text,
    classification: classify(tree, text, settings, fm.type, path, sections, timedEntries(timeline)),
    title,
    date,
    ...(incidentDate ? { incidentDate } : {}),
    frontMatter,
    metadata,
    sections,
    timeline,
    impactSection,
    statedFigures,
    keyEvents,
    proseDurations,
    actionItems,
    eol: lineEnding(text),
  };
}

/**
 * Where figure lines are read: the header (MoJ's `- **Time to repair**: 11m` above any section),
 * the Summary (Flutter's `Duration: 16h 45m<br>`), Impact and any Stats section, in document order.
 */
function figureSpans(tree: MarkdownTree, header: RootContent[], sections: Section[]): Span[] {
  const inHeader = header
    .filter((b) => !['yaml', 'toml', 'heading', 'html'].includes(b.type))
    .map((b) => tree.spanOf(b));
  const inSections = sections
    .filter((s) => s.role === 'impact' || s.role === 'summary' || FIGURE_HEADING.test(s.heading))
    .map((s) => s.contentSpan);
  return [...inHeader, ...inSections];
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
  const reading = readZone(label);
  if (!reading) return undefined;
  const zone: TimezoneDeclaration = { zone: reading.zone, label, span, source: 'front-matter' };
  if (reading.region) zone.region = reading.region;
  return zone;
}

/** YAML (`---`) or TOML (`+++`) front matter, when the document starts with it. */
function readAnyFrontMatter(tree: MarkdownTree, text: string): FrontMatter | undefined {
  const first = tree.root.children[0] as { type: string; value?: string } | undefined;
  if (first?.type === 'yaml') return readFrontMatter(first as Yaml, tree.spanOf(first as Yaml), text);
  // remark-frontmatter's `toml` node is no part of mdast's types: it is a literal like `yaml`.
  if (first?.type === 'toml' && typeof first.value === 'string')
    return readTomlFrontMatter({ value: first.value }, tree.spanOf(first as Yaml), text);
  return undefined;
}

function timedEntries(timeline: Timeline | undefined): number {
  return timeline ? timeline.entries.filter((e) => e.epochMs !== null).length : 0;
}
