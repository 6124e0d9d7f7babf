// The postmortem model: what the parser makes of a document and every feature reads. It holds
// plain values only (no tree nodes), so an analysis stays as it was whatever later versions do.
import type { ActionStatus, ActionType } from './vocabulary';
import type { FigureName, KeyMoment, SectionRole } from './vocabulary';

// Key moments, figures and section roles are declared in vocabulary.ts; the model names them.
export type { FigureName, KeyMoment, SectionRole } from './vocabulary';

// Everything positional is a Span of UTF-16 offsets into the document text; the one place that
// turns offsets into lines and characters is positions.ts.

export interface Span {
  start: number;
  end: number;
}

/** Why a file counts as a postmortem, or `null` when it does not. */
export type Classification = 'path' | 'front-matter' | 'content' | null;

export interface Title {
  text: string;
  span: Span;
  /** `YYYY-MM-DD` when the title has an ISO date: at its start, or after words (`# Incident on 2026-03-30 - ...`). */
  date?: string;
}

export interface MetadataField {
  key: string;
  value: string;
  span: Span;
  valueSpan: Span;
  source: 'header' | 'front-matter';
}

export interface FrontMatter {
  span: Span;
  /** The parsed YAML, or undefined when it is not a mapping. */
  data: Record<string, unknown> | undefined;
  /** Offsets of each top-level key, for findings at the right place. */
  keySpans: Record<string, Span>;
  /** YAML syntax errors, already located. */
  errors: { message: string; span: Span }[];
}

export interface Section {
  /** The heading as written, without the hashes. */
  heading: string;
  /** The configured section it matches (its canonical name), if any. */
  canonical?: string;
  /** What the matched section is for (its role, resolved from the configuration once). */
  role?: SectionRole;
  /** A `## heading`, or a bold label that opens a paragraph or list item (`**Summary**:`). */
  form?: 'heading' | 'bold-label';
  /** The heading, or the bold label with its colon. */
  headingSpan: Span;
  /** From the heading to the start of the next H1/H2 heading (or the end). */
  span: Span;
  /** Offsets of the content after the heading: empty when nothing but whitespace follows. */
  contentSpan: Span;
  isEmpty: boolean;
}

export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
}

export interface TimezoneDeclaration {
  /** An IANA zone name or a fixed offset zone such as `UTC+2` (what luxon accepts). */
  zone: string;
  /** The text as written (`UTC`, `PST`, `Europe/London`). */
  label: string;
  span: Span;
  source: 'timeline' | 'front-matter' | 'entry' | 'default';
}

export interface KeyMomentTag {
  moment: KeyMoment;
  span: Span;
  text: string;
}

export interface TimelineEntry {
  /** The whole entry: its first block and the note blocks that belong to it. */
  span: Span;
  /** The entry's first line, where markers live. */
  lineSpan: Span;
  /** The time as written, including a `~` or `ca.` prefix and a leading date. */
  timeSpan: Span;
  timeText: string;
  /** `null` for an unknown time (`??:??`) or one that cannot be a time (`25:61`). */
  time: TimeOfDay | null;
  unreadable: boolean;
  approximate: boolean;
  /** The day this entry falls on, `YYYY-MM-DD`, once dates and rollovers are applied. */
  date: string | null;
  dateSource: 'entry' | 'heading' | 'title' | 'front-matter' | 'header' | 'rollover' | 'none';
  /** Milliseconds since the epoch, or null when the time or zone cannot be known. When `date` is null
   * this is anchored on a nominal day, so durations between entries still hold but absolute output must not. */
  epochMs: number | null;
  /** UTC offset in minutes at that moment, for ISO output. */
  offsetMinutes: number | null;
  /** Text after the time and separator on the first line. */
  text: string;
  moments: KeyMomentTag[];
  /** Blocks after the first that belong to the entry. */
  notes: Span[];
}

export interface DayMarker {
  date: string;
  span: Span;
}

export interface Timeline {
  section: Section;
  timezone: TimezoneDeclaration;
  entries: TimelineEntry[];
  days: DayMarker[];
}

export interface DurationValue {
  minutes: number;
  /** Upper bound for a range such as `20-60 days`, in minutes. */
  maxMinutes?: number;
  approximate: boolean;
  /** `<` for "less than" values such as `< 00:01`, `>` for "more than". */
  bound?: '<' | '>';
}

/** The way a document writes durations, so fixes write in its own style. */
export type DurationStyle = 'compact' | 'spaced' | 'minutes' | 'clock' | 'words';

export interface StatedFigure {
  figure: FigureName;
  /** The figure name as written (`MTTR`, `Time to detect`). */
  label: string;
  lineSpan: Span;
  nameSpan: Span;
  /** The value text after the separator; empty span (at line end) when nothing is written. */
  valueSpan: Span;
  valueText: string;
  value: DurationValue | null;
  style: DurationStyle;
}

/** A value read from an action item, where it is written. */
export interface ActionItemField<T> {
  value: T;
  /** As written (`@dana`, `April 1`, `[x]`), for messages. */
  text: string;
  span: Span;
}

/** One action item of the corrective-actions section: a list item, a table row or a subheading. */
export interface ActionItem {
  /** The whole item or row. */
  span: Span;
  /** The action, without the owner, ticket, due date, status, type and priority written around it. */
  text: string;
  textSpan: Span;
  owner?: ActionItemField<string>;
  /** A ticket key (`ABC-123`, `#123`) or a link to one; `url` when it links. */
  ticket?: ActionItemField<string> & { url?: string };
  /** `value` is the day (`YYYY-MM-DD`; a month or quarter means its last day), or null when unreadable. */
  due?: ActionItemField<string | null>;
  /** Absent when nothing says: the item is then open. */
  status?: ActionItemField<ActionStatus>;
  type?: ActionItemField<ActionType>;
  priority?: ActionItemField<string>;
  form: 'list' | 'table' | 'heading';
}

export interface Postmortem {
  text: string;
  /** Why the text was not analysed (too large, binary): the model is then empty. */
  declined?: string;
  classification: Classification;
  title?: Title;
  /** The incident date (`YYYY-MM-DD`) from the title or front matter. */
  date?: string;
  frontMatter?: FrontMatter;
  metadata: MetadataField[];
  sections: Section[];
  timeline?: Timeline;
  /** The section that states figures (Impact, or a Stats section). */
  impactSection?: Section;
  statedFigures: StatedFigure[];
  /** The action items of the corrective-actions section, in document order. */
  actionItems: ActionItem[];
  /** The line ending most of the document's lines end with, for edits that add lines (`text` reads a lone `\r` as `\n`). */
  eol: '\n' | '\r\n' | '\r';
}
