// What the product knows about postmortems, written once: the key moments a timeline marks, the
// figures measured between them, and the roles of a postmortem's sections. Everything else derives
// from these lists: the model's types, the configuration schema and its defaults, hovers,
// completion, snippets and skeletons, the TextMate grammar and the tables in the docs (the last two
// generated, with drift tests). A leaf module: it imports nothing, so every folder may read it.
//
// Adding a figure with its own key moment is one entry in each list below (see ARCHITECTURE.md).
//
// The words of days, dates and timezones are long lists of their own, kept in leaf data modules
// beside this one (they import nothing either) and re-exported here.
export * from './dateWords';
export * from './zoneWords';

/** A key moment of an incident, marked on a timeline entry. */
export interface KeyMomentEntry {
  name: string;
  /** What it marks, as a hover or a completion says it: "`[start]` marks <meaning>". */
  meaning: string;
  /** Tags that mark it in brackets (`[impact start]`), matched ignoring case, spaces, `_` and `-`. */
  tags: readonly string[];
  /** Phrases that mark it when written in capitals, as whole words (Google's `OUTAGE BEGINS`). */
  phrases: readonly string[];
}

export const KEY_MOMENT_VOCABULARY = [
  {
    name: 'start',
    meaning: 'when the impact started',
    tags: ['start', 'impact start', 'began', 'outage begins', 'start of outage'],
    phrases: ['IMPACT START', 'OUTAGE BEGINS', 'START OF OUTAGE'],
  },
  {
    name: 'detected',
    meaning: 'when the incident was detected',
    tags: ['detected', 'alert'],
    phrases: [],
  },
  {
    name: 'acknowledged',
    meaning: 'when someone acknowledged it and started working on it',
    tags: ['acknowledged', 'ack'],
    phrases: [],
  },
  {
    name: 'mitigated',
    meaning: 'when the impact was mitigated',
    tags: ['mitigated', 'outage mitigated'],
    phrases: ['OUTAGE MITIGATED'],
  },
  {
    name: 'resolved',
    meaning: 'when the impact ended',
    tags: ['resolved', 'recovered', 'fixed', 'outage ends', 'end of outage'],
    phrases: ['OUTAGE ENDS', 'END OF OUTAGE'],
  },
] as const satisfies readonly KeyMomentEntry[];

export type KeyMoment = (typeof KEY_MOMENT_VOCABULARY)[number]['name'];
/** The key moments in the order an incident goes through them. */
export const KEY_MOMENTS = KEY_MOMENT_VOCABULARY.map((m) => m.name) as [KeyMoment, ...KeyMoment[]];

/** An impact figure: the time from one key moment to another. */
export interface FigureEntry {
  name: string;
  /** What it measures, as a hover says it: "MTTD (<meaning>)". */
  meaning: string;
  from: KeyMoment;
  to: KeyMoment;
  /** Other names an Impact section may state it under (`TTD`, `Time to detect`), matched ignoring case. */
  aliases: readonly string[];
  /** Whether the Impact section must state it unless the configuration says otherwise. */
  requiredByDefault: boolean;
  /** A duration the skeleton's prompt shows as an example. */
  example: string;
}

export const FIGURE_VOCABULARY = [
  {
    name: 'MTTD',
    meaning: 'time to detect',
    from: 'start',
    to: 'detected',
    aliases: ['TTD', 'Time to detect', 'Time to detection', 'Mean time to detect'],
    requiredByDefault: true,
    example: '1h20m',
  },
  {
    name: 'MTTA',
    meaning: 'time to acknowledge',
    from: 'detected',
    to: 'acknowledged',
    aliases: ['TTA', 'Time to acknowledge', 'Mean time to acknowledge'],
    requiredByDefault: false,
    example: '5m',
  },
  {
    name: 'MTTM',
    meaning: 'time to mitigate',
    from: 'detected',
    to: 'mitigated',
    aliases: ['TTM', 'Time to mitigate', 'Time to mitigation', 'Mean time to mitigate'],
    requiredByDefault: false,
    example: '30m',
  },
  {
    name: 'MTTR',
    meaning: 'time to resolve',
    from: 'detected',
    to: 'resolved',
    aliases: [
      'TTR',
      'Time to resolve',
      'Time to resolution',
      'Time to recovery',
      'Time to repair',
      'Time to restore',
      'Mean time to resolve',
      'Mean time to recovery',
      'Mean time to repair',
    ],
    requiredByDefault: true,
    example: '45m',
  },
  {
    name: 'Duration',
    meaning: 'total impact',
    from: 'start',
    to: 'resolved',
    aliases: ['Total impact', 'Impact duration', 'Outage duration', 'Total duration'],
    requiredByDefault: false,
    example: '2h',
  },
] as const satisfies readonly FigureEntry[];

export type FigureName = (typeof FIGURE_VOCABULARY)[number]['name'];
export const FIGURE_NAMES = FIGURE_VOCABULARY.map((f) => f.name) as [FigureName, ...FigureName[]];

/** What a section of a postmortem is for, whatever a team calls it. */
export interface SectionRoleEntry {
  role: string;
  /** The section's heading in the default template. */
  name: string;
  /** Other headings of the default template for it. */
  aliases: readonly string[];
  /** Whether the default template requires it. */
  required: boolean;
  /** What a writer puts there, as completion and the docs say it. */
  purpose: string;
  /** The prefix of its snippet (`pm-timeline`). */
  snippet: string;
  /** The skeleton's body, one block each: every prompt an <angle placeholder> the placeholder rule
   * reports. `{zone}` is the configured default zone; `{figures}` one line per required figure. */
  prompts: readonly string[];
  /** Words that give a configured section this role when no name or alias matches (`Incident Timeline`). */
  keywords: readonly string[];
}

export const SECTION_ROLE_VOCABULARY = [
  {
    role: 'summary',
    name: 'Description',
    aliases: ['Summary', 'Overview'],
    required: true,
    purpose: 'What happened, to whom and for how long',
    snippet: 'pm-description',
    prompts: ['<What happened, to whom and for how long, in two or three sentences>'],
    keywords: [],
  },
  {
    role: 'timeline',
    name: 'Timeline',
    aliases: [],
    required: true,
    purpose: 'What happened when, in one timezone, with the key moments marked',
    snippet: 'pm-timeline',
    prompts: [
      'All times {zone}.',
      '<HH:MM> <First sign of trouble> [start]',
      '<HH:MM> <How we found out> [detected]',
      '<HH:MM> <Impact over> [resolved]',
    ],
    keywords: ['timeline'],
  },
  {
    role: 'factors',
    name: 'Contributing Factors',
    aliases: ['Contributing Factor', 'Root Causes', 'Root Cause', 'Causes', 'Trigger'],
    required: true,
    purpose: 'The conditions that made the incident possible',
    snippet: 'pm-factors',
    prompts: ['- <A condition that made this incident possible>'],
    keywords: [],
  },
  {
    role: 'mitigation',
    name: 'Stabilization Steps',
    aliases: ['Mitigation', 'Resolution', 'Recovery'],
    required: true,
    purpose: 'What was done to stop the impact',
    snippet: 'pm-stabilization',
    prompts: ['- <What was done to stop the impact>'],
    keywords: [],
  },
  {
    role: 'impact',
    name: 'Impact',
    aliases: [],
    required: true,
    purpose: 'Who was affected and how, and the figures (MTTD, MTTR...)',
    snippet: 'pm-impact',
    prompts: ['<Who was affected, how, and how many>', '{figures}'],
    keywords: ['impact'],
  },
  {
    role: 'actions',
    name: 'Corrective Actions',
    aliases: ['Action Items', 'Follow-ups', 'Followups', 'Remediation'],
    required: true,
    purpose: 'What will make this less likely or less harmful, each with an owner',
    snippet: 'pm-actions',
    prompts: ['- <An action that makes this less likely or less harmful> (owner: <name>)'],
    keywords: ['corrective', 'action'],
  },
] as const satisfies readonly SectionRoleEntry[];

export type SectionRole = (typeof SECTION_ROLE_VOCABULARY)[number]['role'];
export const SECTION_ROLES = SECTION_ROLE_VOCABULARY.map((r) => r.role) as [SectionRole, ...SectionRole[]];

/** Headings outside the configured sections that state figures too (`## Stats`), matched at the start. */
export const FIGURE_HEADINGS: readonly string[] = ['Stats', 'Statistics', 'Metrics', 'Key metrics', 'Figures'];

export function keyMomentEntry(moment: KeyMoment): KeyMomentEntry {
  return KEY_MOMENT_VOCABULARY.find((m) => m.name === moment) as KeyMomentEntry;
}

export function figureEntry(name: FigureName): FigureEntry {
  return FIGURE_VOCABULARY.find((f) => f.name === name) as FigureEntry;
}

export function sectionRoleEntry(role: SectionRole): SectionRoleEntry {
  return SECTION_ROLE_VOCABULARY.find((r) => r.role === role) as SectionRoleEntry;
}
