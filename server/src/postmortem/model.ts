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
  /** The H1, or the front matter's `title` line when the document has no H1 (a blog post's). */
  span: Span;
  /** Where the title is written. */
  source: 'heading' | 'front-matter';
  /** `YYYY-MM-DD` when the title names a day, anywhere in it and in any form (`# May 30th, 2019 ...`). */
  date?: string;
  /** Where that day is written. */
  dateSpan?: Span;
}

/** The incident's day and where the document gives it. */
export interface IncidentDate {
  date: string;
  /** The title, a `Date:` field or row, front matter `date:`, or a declaration's sentence ("all times are UTC on ..."). */
  source: 'title' | 'header' | 'front-matter' | 'declaration';
  span: Span;
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
  /** The parsed YAML or TOML, or undefined when it is not a mapping. */
  data: Record<string, unknown> | undefined;
  /** Offsets of each top-level key, for findings at the right place. */
  keySpans: Record<string, Span>;
  /** Syntax errors, already located. */
  errors: { message: string; span: Span }[];
  /** `---` YAML or `+++` TOML. */
  language: 'yaml' | 'toml';
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

/**
 * What is wrong with a time as written. `out-of-range` (`25:61`), `hour-zero` (`0:30 PM`), `digits`
 * (`07:7:47`) and `date` (`2019-02-30 10:00`) leave the entry without a time; `meridiem` (`13:55 PM`,
 * `23:00 AM`) is read on the 24-hour clock, which its hour allows, and `span` is the AM or PM with
 * the space before it (relative to the text read in a match, absolute in an entry).
 */
export type TimeFault =
  | { kind: 'out-of-range'; hour: number; minute: number; second: number }
  | { kind: 'meridiem'; meridiem: 'AM' | 'PM'; span: Span }
  | { kind: 'hour-zero'; minute: number }
  | { kind: 'digits' }
  | { kind: 'date' };

export interface TimezoneDeclaration {
  /** An IANA zone name or a fixed offset zone such as `UTC+2` (what luxon accepts). */
  zone: string;
  /** The text as written (`UTC`, `PST`, `Europe/London`). */
  label: string;
  span: Span;
  /** The timeline's heading or text, front matter, the text before the timeline, an entry, or the configured default. */
  source: 'timeline' | 'front-matter' | 'document' | 'entry' | 'default';
  /** When `zone` is a fixed offset standing for a region's clocks (`EDT`: America/New_York), that region. */
  region?: string;
}

/** A zone an entry names for its own time (`16:57 PDT`). */
export interface EntryZone {
  label: string;
  span: Span;
  /** What the time was read in (`UTC-7` for PDT, as written). */
  zone: string;
  region?: string;
}

/** The same moment written a second time in another zone: `13:14 EDT (17:14 UTC)`. */
export interface SecondTime {
  text: string;
  span: Span;
  /** The instant the second time gives (the one the entry takes), and the first one's. */
  epochMs: number;
  firstEpochMs: number;
}

/** A wall time where the clocks change: it did not happen (`gap`) or happened twice (`repeated`). */
export interface ClockChangeReading {
  kind: 'gap' | 'repeated';
  zone: string;
  /** The offset the time was read with, and the other it could have had. */
  offsetMinutes: number;
  otherOffsetMinutes: number;
  /** The instant of the other reading. */
  otherEpochMs: number;
  /** The wall times the clocks went from and to (`02:00`, `03:00`). */
  from: string;
  to: string;
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
  /** What is wrong with the time as written, when something is (it may still have been read). */
  fault?: TimeFault;
  approximate: boolean;
  /** The day this entry falls on, `YYYY-MM-DD`, once dates and rollovers are applied. */
  date: string | null;
  dateSource: 'entry' | 'heading' | 'title' | 'front-matter' | 'header' | 'declaration' | 'rollover' | 'none';
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
  /** The zone the entry names for its time, when it names one. */
  zone?: EntryZone;
  /** The time written again in another zone, which the entry takes. */
  secondTime?: SecondTime;
  /** Set when the time falls where the clocks change: what was assumed. */
  clockChange?: ClockChangeReading;
  /** Why the date written on the entry is no day (`2024-02-30`: February 2024 has 29 days). */
  unreadableDate?: string;
}

export interface DayMarker {
  date: string;
  span: Span;
  /** The zone the marker gives its day (`### 2019-02-07 (UTC)`), when it gives one. */
  zone?: TimezoneDeclaration;
}

/** A day marker (or a title date) that says something wrong or unclear about its day. */
export interface DayProblem {
  /**
   * `impossible`: no such day (`2024-02-30`); `weekday`: the weekday written is not the day's;
   * `ambiguous`: `03/04/2021` with nothing to say which number is the month; `no-year`: a day
   * in words with no year in the document; `backwards`: earlier than a day above it.
   */
  kind: 'impossible' | 'weekday' | 'ambiguous' | 'no-year' | 'backwards';
  /** The date as written. */
  span: Span;
  text: string;
  /** `impossible`: why (`February 2024 has 29 days`). */
  reason?: string;
  /** `weekday`, `backwards`: the day read; `backwards`: the latest day above it. */
  date?: string;
  previous?: string;
  /** `weekday`: the weekday written. */
  weekday?: string;
  /** `ambiguous`: the day read day-first and month-first. */
  readings?: [string, string];
}

/** The day the timeline says its entries are on ("all times are UTC on 2019-10-21"). */
export interface DeclaredDay {
  date: string;
  span: Span;
  /** "Unless otherwise noted": a date on an entry is for that entry alone. */
  isDefault: boolean;
}

export interface Timeline {
  section: Section;
  timezone: TimezoneDeclaration;
  entries: TimelineEntry[];
  days: DayMarker[];
  /** Day markers that cannot be read as written, in order. */
  dayProblems: DayProblem[];
  /** The day declared in the timeline's heading or before its first entry. */
  declaredDay?: DeclaredDay;
}

export interface DurationValue {
  minutes: number;
  /** Upper bound for a range such as `20-60 days`, in minutes. */
  maxMinutes?: number;
  approximate: boolean;
  /** `<` for "less than" values such as `< 00:01`, `>` for "more than". */
  bound?: '<' | '>';
  /** Minutes in the smallest unit written, when larger than a minute (`19 hours`: 60): the value is rounded to it. */
  precision?: number;
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
  /** For an impact window (`Impact window: 02:00–02:08 CET`): its two ends; `value` is its length. */
  window?: { start: StatedTime; end: StatedTime };
}

/** A time of day stated outside the timeline (a `Key events` line, an end of an impact window). */
export interface StatedTime {
  span: Span;
  text: string;
  /** `YYYY-MM-DD` when written with the time. */
  date: string | null;
  time: TimeOfDay | null;
  /** A zone written with it (`CET`), else null. */
  zone: string | null;
}

/** A key moment stated outside the timeline: a line of a `Key events` list, or an end of an impact window. */
export interface KeyEvent {
  moment: KeyMoment;
  form: 'key-events' | 'window';
  /** The line that states it. */
  lineSpan: Span;
  /** The label as written (`First detected`, `Impact window`). */
  label: string;
  labelSpan: Span;
  time: StatedTime;
  /** The day it falls on: its own, else the incident date. */
  date: string | null;
  /** Null when the day or the time is not known. */
  epochMs: number | null;
  offsetMinutes: number | null;
}

/** A sentence of the Summary or Impact that says how long the incident lasted: "lasted about six hours". */
export interface ProseDuration {
  /** The sentence. */
  span: Span;
  /** The duration as written, with its qualifier (`about six hours`). */
  phraseSpan: Span;
  text: string;
  /** What the sentence allows, in minutes, its own approximation included. */
  minMinutes: number;
  maxMinutes: number;
  /** The minutes it names (`six hours`: 360). */
  minutes: number;
}

/** A value read from an action item, where it is written. */
export interface ActionItemField<T> {
  value: T;
  /** As written (`@dana`, `April 1`, `[x]`), for messages. */
  text: string;
  span: Span;
}

/** What an action item says besides the action, each where it is written. */
export interface ActionItemFields {
  owner?: ActionItemField<string>;
  /** A ticket key (`ABC-123`, `#123`) or a link to one; `url` when it links. */
  ticket?: ActionItemField<string> & { url?: string };
  /** `value` is the day (`YYYY-MM-DD`; a month or quarter means its last day), or null when unreadable. */
  due?: ActionItemField<string | null>;
  /** Absent when nothing says: the item is then open. */
  status?: ActionItemField<ActionStatus>;
  type?: ActionItemField<ActionType>;
  priority?: ActionItemField<string>;
}

/** One action item of the corrective-actions section: a list item, a table row or a subheading. */
export interface ActionItem extends ActionItemFields {
  /** The whole item or row. */
  span: Span;
  /** The action, without the owner, ticket, due date, status, type and priority written around it. */
  text: string;
  textSpan: Span;
  form: 'list' | 'table' | 'heading';
}

export interface Postmortem {
  text: string;
  /** Why the text was not analysed (too large, binary): the model is then empty. */
  declined?: string;
  classification: Classification;
  title?: Title;
  /** The incident date (`YYYY-MM-DD`): the title's, a `Date:` field's, front matter's or a declared day. */
  date?: string;
  /** Where that date is given. */
  incidentDate?: IncidentDate;
  frontMatter?: FrontMatter;
  metadata: MetadataField[];
  sections: Section[];
  timeline?: Timeline;
  /** The section that states figures (Impact, or a Stats section). */
  impactSection?: Section;
  statedFigures: StatedFigure[];
  /** Key moments stated outside the timeline, in document order. */
  keyEvents: KeyEvent[];
  /** Sentences that say how long the incident lasted, in the Summary and Impact. */
  proseDurations: ProseDuration[];
  /** The action items of the corrective-actions section, in document order. */
  actionItems: ActionItem[];
  /** The line ending most of the document's lines end with, for edits that add lines (`text` reads a lone `\r` as `\n`). */
  eol: '\n' | '\r\n' | '\r';
}
