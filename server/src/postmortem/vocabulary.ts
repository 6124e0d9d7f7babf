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
    name: 'declared',
    meaning: 'when the incident was declared',
    tags: ['declared', 'incident declared'],
    phrases: ['INCIDENT DECLARED', 'INCIDENT BEGINS'],
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
    name: 'MTTDecl',
    meaning: 'time to declare',
    from: 'detected',
    to: 'declared',
    aliases: ['TTDecl', 'Time to declare', 'Time to declaration', 'Mean time to declare'],
    requiredByDefault: false,
    example: '10m',
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
    aliases: ['Incident Timeline', 'Key Events', 'Chronology', 'Sequence of Events'],
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

/** Supplementary sections a team's template may have that a postmortem need not (`Appendix`). */
export const OPTIONAL_SECTION_WORDS: readonly string[] = [
  'appendix',
  'supporting',
  'additional',
  'reference',
  'link',
  'note',
  'attendee',
  'q&a',
  'messaging',
  'optional',
];

/** Headings of a template's header that are fields of the document, not sections (`### Date`). */
export const HEADER_FIELD_WORDS: readonly string[] = [
  'date',
  'author',
  'status',
  'owner',
  'severity',
  'report status',
  'start date/time',
  'end date/time',
];

/**
 * File names (without extension) of a folder's front pages: a postmortems folder's README or
 * index lists and explains the postmortems; it is one only if it has a timeline of its own.
 */
export const INDEX_PAGE_NAMES: readonly string[] = ['readme', 'index', '_index', 'summary', 'toc', 'contents'];

/** Words that start a heading without saying what it is about (`## The Impact`). */
export const HEADING_ARTICLES: readonly string[] = ['the', 'a', 'an', 'our'];

/** Words a status cell of an action-item table holds (Google's `TODO`, `DONE`): never placeholders there. */
export const STATUS_WORDS: readonly string[] = ['TODO', 'DONE', 'IN PROGRESS', 'WIP', 'BLOCKED', 'OPEN', 'CLOSED'];

/** How a vendor a team compares with measures the figures: each figure's from and to, and its names. */
export interface FigureDefinitionsEntry {
  name: string;
  /** Who defines them this way, as a hover says it: "as <by> measures it". */
  by: string;
  /** Where the definitions are published. */
  source: string;
  figures: Partial<Record<FigureName, { from: KeyMoment; to: KeyMoment; aliases?: readonly string[] }>>;
}

export const FIGURE_DEFINITIONS_VOCABULARY = [
  {
    name: 'firehydrant',
    by: 'FireHydrant',
    source: 'https://docs.firehydrant.com/docs/incident-milestones',
    figures: {
      MTTD: { from: 'start', to: 'detected' },
      MTTA: { from: 'start', to: 'acknowledged' },
      MTTDecl: { from: 'start', to: 'declared' },
      MTTM: { from: 'start', to: 'mitigated' },
      MTTR: { from: 'start', to: 'resolved' },
    },
  },
  {
    name: 'rootly',
    by: 'Rootly',
    source: 'https://docs.rootly.com/metrics/default-metrics',
    figures: {
      MTTD: { from: 'start', to: 'detected' },
      MTTA: { from: 'start', to: 'acknowledged' },
      MTTDecl: { from: 'start', to: 'declared' },
      MTTM: { from: 'start', to: 'mitigated' },
      MTTR: { from: 'start', to: 'resolved' },
    },
  },
  {
    name: 'pagerduty',
    by: 'PagerDuty',
    source: 'https://support.pagerduty.com/main/docs/incidents',
    figures: {
      MTTA: { from: 'detected', to: 'acknowledged' },
      MTTR: { from: 'detected', to: 'resolved' },
    },
  },
  {
    name: 'datadog',
    by: 'Datadog',
    source: 'https://docs.datadoghq.com/incident_response/incident_management/analytics_and_reporting/',
    figures: {
      MTTD: { from: 'start', to: 'detected', aliases: ['Time to detect'] },
      MTTR: { from: 'detected', to: 'resolved', aliases: ['Time to repair'] },
      Duration: { from: 'declared', to: 'resolved', aliases: ['Time to resolve'] },
    },
  },
  {
    name: 'moj',
    by: 'the Ministry of Justice Cloud Platform',
    source: 'https://github.com/ministryofjustice/cloud-platform/tree/main/source/incidents',
    figures: {
      MTTDecl: { from: 'detected', to: 'declared', aliases: ['Time to declare'] },
      MTTM: { from: 'detected', to: 'mitigated', aliases: ['Time to repair'] },
      MTTR: { from: 'detected', to: 'resolved', aliases: ['Time to resolve'] },
    },
  },
] as const satisfies readonly FigureDefinitionsEntry[];

export type FigureDefinitionsName = (typeof FIGURE_DEFINITIONS_VOCABULARY)[number]['name'];
export const FIGURE_DEFINITIONS_NAMES = FIGURE_DEFINITIONS_VOCABULARY.map((d) => d.name) as [
  FigureDefinitionsName,
  ...FigureDefinitionsName[],
];

/** A public postmortem template a team may write to: its configuration is in config/presets/. */
export interface PresetEntry {
  name: string;
  /** As a picker shows it. */
  title: string;
  /** One line on what it is and who uses it. */
  detail: string;
  /** Where the template is published. */
  source: string;
}

export const PRESET_VOCABULARY = [
  {
    name: 'etsy',
    title: 'Etsy debriefing (the default)',
    detail: 'Description, Timeline, Contributing Factors, Stabilization Steps, Impact, Corrective Actions',
    source: 'https://github.com/etsy/morgue',
  },
  {
    name: 'google-sre',
    title: 'Google SRE',
    detail: 'The SRE book example: bold-label Summary, Impact, Root Causes, Trigger; action items with a status',
    source: 'https://sre.google/sre-book/example-postmortem/',
  },
  {
    name: 'pagerduty',
    title: 'PagerDuty',
    detail: 'Overview, What Happened, Contributing Factors, Resolution, Impact, Responders, Timeline, Action Items',
    source: 'https://response.pagerduty.com/after/post_mortem_template/',
  },
  {
    name: 'atlassian',
    title: 'Atlassian',
    detail: 'Incident summary, Leadup, Fault, Impact, Detection, Response, Recovery, Timeline, Five whys',
    source: 'https://www.atlassian.com/incident-management/handbook/postmortems',
  },
  {
    name: 'gitlab',
    title: 'GitLab incident review',
    detail: 'Summary, Customer Impact, Incident Response Analysis, Post Incident Analysis, What went well',
    source: 'https://handbook.gitlab.com/handbook/engineering/infrastructure/incident-review/',
  },
  {
    name: 'incident-io-cmr',
    title: 'incident.io: Contributors, Mitigators and Risks',
    detail: 'Summary, Timeline, Contributors, Mitigators, Learnings and risks, Follow-ups',
    source: 'https://docs.incident.io/post-incident/postmortem-templates',
  },
  {
    name: 'incident-io-rca',
    title: 'incident.io: Root Cause Analysis',
    detail: 'Summary, Root cause, Impact, Resolution, Lessons learned, Follow-ups',
    source: 'https://docs.incident.io/post-incident/postmortem-templates',
  },
  {
    name: 'incident-io-lightweight',
    title: 'incident.io: Lightweight lessons learned',
    detail: 'Summary, Lessons learned before the Timeline, Follow-ups',
    source: 'https://docs.incident.io/post-incident/postmortem-templates',
  },
  {
    name: 'moj-cloud-platform',
    title: 'Ministry of Justice Cloud Platform',
    detail:
      'Bold-label list: Key events, Time to repair and resolve, Identified, Impact, Context, Resolution, Review actions',
    source: 'https://github.com/ministryofjustice/cloud-platform/tree/main/source/incidents',
  },
  {
    name: 'dfds',
    title: 'DFDS',
    detail: 'Summary, Timeline table, Contributing Factors, Action Items, Lessons Learned, Attendees, Stats',
    source: 'https://github.com/dfds/postmortems',
  },
  {
    name: 'flutter',
    title: 'Flutter',
    detail: 'Status and Owners, Summary fields, Timeline with day headings, Impact, Root causes, Lessons learned',
    source: 'https://github.com/flutter/flutter/blob/master/docs/postmortems/postmortem-template.md',
  },
] as const satisfies readonly PresetEntry[];

export type PresetName = (typeof PRESET_VOCABULARY)[number]['name'];
export const PRESET_NAMES = PRESET_VOCABULARY.map((p) => p.name) as [PresetName, ...PresetName[]];

/** A kind of wording a blameless review rewrites, with the phrases that are that kind. */
export interface BlamelessEntry {
  kind: 'counterfactual' | 'error-label' | 'blame-adjective' | 'obviousness';
  /** Phrases, matched as whole words ignoring case; `X` stands for any one word (`could X have`). */
  phrases: readonly string[];
  /** Why it is a problem and how to rewrite it: the finding's message after the quoted phrase. */
  advice: string;
}

export const BLAMELESS_VOCABULARY = [
  {
    kind: 'counterfactual',
    phrases: [
      'should have',
      "should've",
      'should not have',
      "shouldn't have",
      // "could have" alone is as often about what an attacker or a load could have done.
      ...['could have', "could've"].flatMap((c) =>
        [
          'prevented',
          'caught',
          'avoided',
          'noticed',
          'detected',
          'checked',
          'stopped',
          'spotted',
          'known',
          'tested',
        ].map((verb) => `${c} ${verb}`),
      ),
      'would not have happened',
      "wouldn't have happened",
      'would have been avoided',
      'if only',
    ],
    advice:
      'this judges what people did by what we know now, not what they knew then. Describe the conditions that made the action seem right at the time, and put what will change in the action items',
  },
  {
    kind: 'error-label',
    phrases: ['human error', 'operator error', 'user error', 'pilot error', 'human mistake', 'human failure'],
    advice:
      'this names a person as the cause and ends the inquiry there. Say what in the system, the tooling or the process allowed the mistake and let it do harm',
  },
  {
    kind: 'blame-adjective',
    phrases: [
      'careless',
      'carelessly',
      'negligent',
      'negligence',
      'sloppy',
      'reckless',
      'lazy',
      'incompetent',
      'inattentive',
    ],
    advice:
      'this judges a person instead of describing what happened. Describe the action and the conditions around it (alert load, time of day, missing guard rails)',
  },
  {
    kind: 'obviousness',
    phrases: ['obviously', 'of course', 'everyone knows', 'clearly should', 'it was obvious'],
    advice:
      'this is hindsight: what is obvious now was not during the incident, and saying so discourages candour. State the fact and what signal would have made it visible',
  },
] as const satisfies readonly BlamelessEntry[];

/** Verbs that make a named person the subject of a cause (`Bob forgot to`, `Alice broke`). */
export const PERSON_BLAME_VOCABULARY = {
  /** Only people do these: any name before them is a person. */
  always: ['forgot', 'forgot to', 'neglected to', 'messed up', 'screwed up', "didn't bother to", 'did not bother to'],
  /** Systems do these too (`Redis missed the flag`): a person only when the document names them as one. */
  ifPerson: ['broke', 'missed', 'ignored', 'caused', 'overlooked', 'failed to', 'did not check', "didn't check"],
  /** Capitalised words that start a clause without naming anyone. */
  notNames: [
    'The',
    'This',
    'That',
    'These',
    'Those',
    'It',
    'We',
    'They',
    'He',
    'She',
    'I',
    'You',
    'Nobody',
    'Someone',
    'Everyone',
    'Somebody',
    'Everybody',
    'Then',
    'Also',
    'Which',
    'What',
    'When',
    'Who',
  ],
  advice:
    'this makes a person the cause. Name the role instead ("the on-call engineer"), describe what made the step easy to miss or the change look safe, and put the fix in the action items',
} as const;

/** The sections a blameless review reads, besides those of the summary, factors and mitigation roles. */
export const BLAMELESS_SECTION_NAMES: readonly string[] = [
  'Lessons Learned',
  'Lessons',
  'Learnings',
  'Learnings and risks',
  'What went wrong',
  "What didn't go so well",
  "How'd we do",
  'Trigger',
  'Detection',
  'Response',
  'Leadup',
  'Fault',
  'Five whys',
  'Post Incident Analysis',
  'Incident Response Analysis',
  'Root cause analysis',
];

export function keyMomentEntry(moment: KeyMoment): KeyMomentEntry {
  return KEY_MOMENT_VOCABULARY.find((m) => m.name === moment) as KeyMomentEntry;
}

export function figureEntry(name: FigureName): FigureEntry {
  return FIGURE_VOCABULARY.find((f) => f.name === name) as FigureEntry;
}

export function sectionRoleEntry(role: SectionRole): SectionRoleEntry {
  return SECTION_ROLE_VOCABULARY.find((r) => r.role === role) as SectionRoleEntry;
}
