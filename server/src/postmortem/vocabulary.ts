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
  /** Phrases that mark it when written in capitals, as whole words (Google's `OUTAGE BEGINS`), and in any
   * case when emphasised (`**Outage begins.**`, `__event over__`) or when they are all an entry says
   * (`### 10:00 - Problem starts`). */
  phrases: readonly string[];
}

export const KEY_MOMENT_VOCABULARY = [
  {
    name: 'start',
    meaning: 'when the impact started',
    tags: ['start', 'impact start', 'began', 'outage begins', 'start of outage'],
    phrases: [
      'IMPACT START',
      'IMPACT STARTS',
      'IMPACT BEGINS',
      'OUTAGE BEGINS',
      'OUTAGE STARTS',
      'START OF OUTAGE',
      'START OF IMPACT',
      'PROBLEM STARTS',
      'PROBLEM BEGINS',
      'EVENT BEGINS',
      'EVENT STARTS',
    ],
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
    phrases: ['OUTAGE MITIGATED', 'IMPACT MITIGATED'],
  },
  {
    name: 'resolved',
    meaning: 'when the impact ended',
    tags: ['resolved', 'recovered', 'fixed', 'outage ends', 'end of outage'],
    phrases: [
      'OUTAGE ENDS',
      'OUTAGE OVER',
      'END OF OUTAGE',
      'END OF IMPACT',
      'IMPACT ENDS',
      'EVENT OVER',
      'EVENT ENDS',
    ],
  },
] as const satisfies readonly KeyMomentEntry[];

export type KeyMoment = (typeof KEY_MOMENT_VOCABULARY)[number]['name'];
/** The key moments in the order an incident goes through them. */
export const KEY_MOMENTS = KEY_MOMENT_VOCABULARY.map((m) => m.name) as [KeyMoment, ...KeyMoment[]];

// ---------------------------------------------------------------------------------------------
// Key moments written without a tag: the lines of a `Key events` list, and the words of entries
// that suggest a moment when the timeline marks none. Each moment has its own lists, keyed by its
// name, so a moment added above gets its words here (an entry for a moment not in the list above
// is ignored until it is). Wording gives suggestions, never facts: they are shown as such and
// never warned about on their own.

/** How a key moment is stated without a tag. Phrases are matched as whole words ignoring case;
 * `X` in a phrase stands for any one word. */
export interface MomentWordingEntry {
  /** Labels of a `Key events` list's lines that state it (`First detected: 2024-09-20 11:24`),
   * besides its tags. */
  keyEvents: readonly string[];
  /** Words of an entry that suggest it when the timeline marks no key moment. */
  phrases: readonly string[];
  /** Words up to three before a phrase, in its clause, that mean it has not happened (yet): `started
   * the rollback`, `added an alert`, `to resolve`. */
  notAfter: readonly string[];
  /** Words right after a phrase that mean the same: `rollback failed`, `revert option`. */
  notBefore: readonly string[];
  /** Phrases that, overlapping a match, mean something else (`resolved to` an address, `status page`). */
  not: readonly string[];
  /** Moments whose words in the same entry rule this one out: impact words in a "back to normal"
   * entry describe its end, not its start. */
  notWith: readonly string[];
  /** Moments it comes at or after, besides what the figures say (an acknowledgement follows the
   * detection and precedes nothing in particular; a resolution follows them all). */
  after: readonly string[];
}

/** Negation and hypothesis, for every moment: `no alert fired`, `did not recover`, `will roll back`. */
export const WORDING_NEGATIONS = {
  /** Up to three words before the phrase, in its clause. */
  before: [
    'not',
    'no',
    'never',
    'nor',
    'without',
    "didn't",
    "doesn't",
    "don't",
    "wasn't",
    "weren't",
    "isn't",
    "aren't",
    "hasn't",
    "haven't",
    "hadn't",
    "couldn't",
    "can't",
    'cannot',
    "won't",
    "wouldn't",
    'failed to',
    'fails to',
    'unable to',
    'will',
    'would',
    'should',
    'could',
    'might',
    'if',
    'unless',
    'until',
    'whether',
  ],
  /** Up to two words after it. */
  after: [
    'not',
    'never',
    "didn't",
    "doesn't",
    "wasn't",
    "weren't",
    "isn't",
    "aren't",
    'did not',
    'does not',
    'was not',
    'were not',
    'is not',
    'are not',
    'failed',
    'fails',
    'unsuccessful',
    'no longer',
  ],
} as const;

/** Words of an action about to happen or wished for: before a mitigation or a resolution, they say
 * it has not happened yet (`began the rollback`, `decided to revert`, `to resolve`). */
const NOT_YET: readonly string[] = [
  'to',
  'start',
  'started',
  'starting',
  'starts',
  'begin',
  'began',
  'begins',
  'beginning',
  'initiate',
  'initiated',
  'initiates',
  'initiating',
  'kicked off',
  'trigger',
  'triggered',
  'triggers',
  'prepare',
  'prepared',
  'prepares',
  'preparing',
  'decide',
  'decided',
  'decides',
  'plan',
  'planned',
  'plans',
  'planning',
  'propose',
  'proposed',
  'proposes',
  'discuss',
  'discussed',
  'discusses',
  'discussing',
  'consider',
  'considered',
  'considers',
  'considering',
  'request',
  'requested',
  'requests',
  'requesting',
  'ask',
  'asked',
  'asks',
  'attempt',
  'attempted',
  'attempting',
  'attempts',
  'try',
  'tried',
  'tries',
  'trying',
  'potential',
  'possible',
  'await',
  'awaiting',
  'waiting',
  'pending',
  'working on',
  'need',
  'needed',
  'needs',
  'expect',
  'expected',
  'hope',
  'hoping',
  'appear',
  'appears',
  'appeared',
  'seem',
  'seems',
  'seemed',
];

/** Words after a mitigation or resolution that say it is not done: `rollback started`, `revert option`. */
const NOT_DONE: readonly string[] = [
  'started',
  'starts',
  'begins',
  'began',
  'initiated',
  'triggered',
  'requested',
  'proposed',
  'planned',
  'option',
  'options',
  'in progress',
  'underway',
  'pending',
];

export const MOMENT_WORDING = {
  start: {
    keyEvents: [
      'Started',
      'Impact start',
      'Impact started',
      'Impact began',
      'Outage start',
      'Outage started',
      'Outage began',
      'Incident start',
      'Incident started',
      'Incident began',
      'Start of impact',
      'Start time',
      'First impact',
      'Fault occurs',
      'Fault occurred',
      'Problem started',
    ],
    // The first entry that describes impact, or the change that caused it.
    phrases: [
      'errors',
      'error rate',
      'error rates',
      '5xx',
      '500s',
      '500 errors',
      '502s',
      '503s',
      '503 errors',
      '504s',
      'outage',
      'went down',
      'goes down',
      'is down',
      'was down',
      'are down',
      'were down',
      'hard down',
      'unavailable',
      'unreachable',
      'inaccessible',
      'timeouts',
      'timing out',
      'timed out',
      'latency',
      'degraded',
      'degradation',
      'failing',
      'failures',
      'broken',
      'broke',
      'crashed',
      'crashing',
      'crash loop',
      'crashloop',
      'crashlooping',
      'stopped working',
      'stops working',
      'users could not',
      'users cannot',
      'users were unable',
      'users are unable',
      'customers could not',
      'customers cannot',
      'customers were unable',
      'customers are unable',
      'impacted',
      'impacting',
      'affected',
      'affecting',
      'slowness',
      'spiked',
      'expired',
      'expires',
      'introduced a bug',
      'introduces a bug',
      'introduced a regression',
      'introduces a regression',
      'caused',
      'causing',
    ],
    notAfter: ['post', 'prevent', 'prevents', 'avoid', 'avoids', 'reduce', 'reduces', 'no more', 'fewer'],
    notBefore: ['stopped', 'stop', 'stops', 'subsided', 'dropped', 'cleared', 'resolved', 'recovered'],
    not: ['error budget', 'failed over', 'failing over', 'rate of errors dropped'],
    notWith: ['mitigated', 'resolved'],
    after: [],
  },
  detected: {
    keyEvents: [
      'First detected',
      'Detection',
      'Team aware',
      'Team became aware',
      'Team becomes aware',
      'Alerted',
      'First alert',
      'Reported',
      'First report',
      'Noticed',
    ],
    // An alert firing, a page or a report.
    phrases: [
      'alert',
      'alerts',
      'alerted',
      'alerting',
      'alarm',
      'alarms',
      'paged',
      'paging',
      'got a page',
      'received a page',
      'receives a page',
      'page went out',
      'reports',
      'reported',
      'reporting',
      'first report',
      'noticed',
      'notices',
      'detected',
      'spotted',
      'became aware',
      'becomes aware',
      'become aware',
      'observed',
      'witnessed',
      'discovered',
      'complained',
      'complaints',
    ],
    notAfter: [
      'add',
      'added',
      'adding',
      'adds',
      'create',
      'created',
      'creating',
      'set up',
      'setting up',
      'configure',
      'configured',
      'configuring',
      'tune',
      'tuned',
      'tunes',
      'tuning',
      'improve',
      'improved',
      'improving',
      'adjust',
      'adjusted',
      'new',
      'missing',
      'silence',
      'silenced',
      'mute',
      'muted',
      'snooze',
      'snoozed',
      'disable',
      'disabled',
      'write',
      'wrote',
      'review',
      'reviewed',
      'update',
      'updated',
      'incident',
      'status',
      'post-incident',
      'postmortem',
    ],
    notBefore: ['resolved', 'cleared', 'stopped', 'recovered', 'rule', 'rules', 'threshold', 'thresholds'],
    not: ['reported to', 'reporting to', 'reports to', 'report to', 'alert resolved', 'alerts resolved'],
    notWith: ['resolved'],
    after: ['start'],
  },
  acknowledged: {
    keyEvents: ['Acked', 'Responded', 'Response started', 'Investigation started'],
    // Someone acknowledging, or starting to investigate.
    phrases: [
      'acknowledged',
      'acknowledges',
      'acked',
      "ack'd",
      'investigating',
      'investigation',
      'looking into',
      'looked into',
      'looks into',
      'is looking',
      'are looking',
      'began looking',
      'started looking',
      'responded',
      'responds',
      'responding',
      'troubleshooting',
      'trouble shooting',
      'triaging',
      'triaged',
      'engaged',
      'joined the',
      'joins the',
    ],
    notAfter: ['post', 'post-incident', 'deep dive', 'root cause', 'further', 'retrospective'],
    notBefore: [],
    not: ['responded to customers', 'responded to the customer'],
    notWith: ['resolved'],
    after: ['detected'],
  },
  declared: {
    keyEvents: ['Incident declared', 'Declared'],
    phrases: [
      'incident declared',
      'declared an incident',
      'declared a X incident',
      'declares an incident',
      'declared incident',
      'incident was declared',
      'incident is declared',
      'incident opened',
      'opened an incident',
      'incident raised',
      'raised an incident',
    ],
    notAfter: [],
    notBefore: ['resolved', 'over', 'closed', 'as resolved', 'as over', 'as closed'],
    not: [],
    notWith: [],
    after: ['detected'],
  },
  mitigated: {
    keyEvents: ['Mitigated', 'Mitigation', 'Repaired', 'Workaround', 'Workaround applied'],
    // A rollback, a revert, a failover or a workaround, done.
    phrases: [
      'rolled back',
      'rollback',
      'roll back',
      'reverted',
      'revert',
      'failed over',
      'failover',
      'fail over',
      'workaround',
      'work around',
      'mitigated',
      'mitigation',
      'downgraded',
    ],
    notAfter: NOT_YET,
    notBefore: NOT_DONE,
    not: [],
    notWith: [],
    after: ['detected'],
  },
  resolved: {
    keyEvents: [
      'Recovered',
      'Fixed',
      'Restored',
      'Service restored',
      'Ended',
      'End',
      'Impact ended',
      'Outage ended',
      'Incident ended',
      'End of impact',
      'End time',
      'All clear',
    ],
    // Back to normal, recovered, fixed, resolved, all clear.
    phrases: [
      'resolved',
      'recovered',
      'fully recovered',
      'fixed',
      'back to normal',
      'back to X normal',
      'returned to normal',
      'returns to normal',
      'operating normally',
      'working normally',
      'working again',
      'working as expected',
      'confirmed working',
      'all clear',
      'all-clear',
      'restored',
      'fully operational',
      'service operational',
      'services operational',
      'systems operational',
      'verified operational',
      'is operational',
      'are operational',
      'back online',
      'is back up',
      'are back up',
      'came back up',
      'healthy again',
      'available again',
      'accessible again',
      'reachable again',
      'auto-healed',
      'self-healed',
      'stabilised',
      'stabilized',
      'incident closed',
      'closed the incident',
      'incident over',
      'solved',
    ],
    notAfter: [...NOT_YET, 'partially', 'partly', 'mostly', 'almost', 'nearly', 'not yet', 'once', 'when', 'after'],
    notBefore: ['partially', 'partly', 'for some', 'in some'],
    not: [
      'resolved to',
      'resolves to',
      'resolving to',
      'restored from',
      'restored the backup',
      'fixed ip',
      'fixed size',
      'fixed rate',
      'fixed version',
      'fixed in',
    ],
    notWith: [],
    after: ['start', 'detected', 'acknowledged', 'mitigated'],
  },
} as const satisfies Record<KeyMoment, MomentWordingEntry> & Record<string, MomentWordingEntry>;

/** The words that make a duration in the Summary or Impact the incident's length: "the outage
 * lasted 47 minutes", "22 hours of downtime", "a nine-hour outage", "down for about 13 minutes". */
export const INCIDENT_LENGTH_WORDS = {
  /** What the incident is called: the subject of "lasted", the noun of "hours of downtime". */
  nouns: [
    'outage',
    'outages',
    'incident',
    'downtime',
    'disruption',
    'impact',
    'degradation',
    'degraded service',
    'interruption',
    'service interruption',
    'unavailability',
    'event',
    'issue',
    'problem',
    'duration',
  ],
  /** Verbs whose duration is their subject's length. */
  lasted: ['lasted', 'lasting', 'lasts', 'spanned', 'went on for', 'continued for', 'persisted for'],
  /** States that, held "for" a duration, are the impact: "down for 13 minutes". */
  states: [
    'down',
    'offline',
    'unavailable',
    'unreachable',
    'inaccessible',
    'degraded',
    'disrupted',
    'interrupted',
    'impacted',
    'affected',
    'broken',
    'failing',
    'unable',
    'could not',
    "couldn't",
    'errors',
    'outage',
    'downtime',
  ],
  /** Words that make a duration something else: part of the impact ("some users"), another figure
   * ("took two hours to detect"), a moment ("after 10 minutes", "20 minutes later"). */
  notLength: {
    /** Anywhere in the clause before it. */
    clause: [
      'some',
      'a few',
      'several',
      'certain',
      'subset',
      'portion',
      'partial',
      'partially',
      'intermittent',
      'intermittently',
      'took',
      'takes',
      'to detect',
      'to respond',
      'to acknowledge',
      'to mitigate',
      'to resolve',
      'to recover',
      'to restore',
      'to fix',
    ],
    /** Right before it (two words). */
    before: [
      'after',
      'within',
      'each',
      'every',
      'per',
      'first',
      'last',
      'next',
      'previous',
      'another',
      'further',
      'until',
    ],
    /** Right after it (two words). */
    after: ['ago', 'later', 'earlier', 'before', 'after', 'into', 'prior', 'to detect', 'to resolve', 'to recover'],
  },
} as const;

/** Labels that introduce a list of key moments with their times (a heading, a bold label, a list item). */
export const KEY_EVENTS_LABELS: readonly string[] = [
  'Key events',
  'Key moments',
  'Key times',
  'Key timestamps',
  'Milestones',
  'Incident milestones',
];

/** Labels of a line that states when the impact started and ended: `Impact window: 02:00–02:08 CET`.
 * It states the figure measured from `start` to `resolved` (Duration by default) and those two moments. */
export const IMPACT_WINDOW_LABELS: readonly string[] = [
  'Impact window',
  'Outage window',
  'Incident window',
  'Impact period',
  'Outage period',
  'Incident period',
];

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
    aliases: [
      'Action Items',
      'Follow-ups',
      'Followups',
      'Remediation',
      'Corrective Measures',
      'Preventive Measures',
      'Preventative Measures',
    ],
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

/** FireHydrant's and Rootly's milestones: every time-to is measured from the impact's start. */
const EVERY_TIME_TO_FROM_START = {
  MTTD: { from: 'start', to: 'detected' },
  MTTA: { from: 'start', to: 'acknowledged' },
  MTTDecl: { from: 'start', to: 'declared' },
  MTTM: { from: 'start', to: 'mitigated' },
  MTTR: { from: 'start', to: 'resolved' },
} as const;

export const FIGURE_DEFINITIONS_VOCABULARY = [
  {
    name: 'firehydrant',
    by: 'FireHydrant',
    source: 'https://docs.firehydrant.com/docs/incident-milestones',
    figures: EVERY_TIME_TO_FROM_START,
  },
  {
    name: 'rootly',
    by: 'Rootly',
    source: 'https://docs.rootly.com/metrics/default-metrics',
    figures: EVERY_TIME_TO_FROM_START,
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

// The words action items are written with: statuses, types, the labels and column headers that
// name their owner, ticket, due date, status and type (read by postmortem/actionItems.ts and its
// helpers), and the phrases of actions that can never be finished (the action-item-vague rule).

/** Where an action item stands. Nothing written means open: an item listed is still to do. */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What an action does about the incident (Google's SRE workbook's types, and detection). */
export const ACTION_TYPES = ['prevent', 'mitigate', 'detect', 'process', 'repair'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** What a table column holds, found by its header. */
export type ActionColumn = 'action' | 'owner' | 'ticket' | 'due' | 'status' | 'type' | 'priority';

export const ACTION_ITEM_WORDS = {
  /** Status words, lower case, matched as a whole cell, label value or bracketed tag. */
  statuses: {
    open: ['todo', 'to do', 'to-do', 'open', 'not started', 'planned', 'pending', 'new', 'backlog', 'blocked'],
    'in-progress': ['in progress', 'in-progress', 'wip', 'started', 'ongoing', 'doing', 'in review', 'underway'],
    done: [
      'done',
      'closed',
      'complete',
      'completed',
      'fixed',
      'resolved',
      'merged',
      'shipped',
      'finished',
      'implemented',
      'deployed',
      '✅',
      '✔',
      '✔️',
      '☑',
      '☑️',
    ],
    cancelled: [
      "won't do",
      'wont do',
      "won't fix",
      'wontfix',
      'wont fix',
      'cancelled',
      'canceled',
      'dropped',
      'rejected',
      'obsolete',
    ],
  } satisfies Record<ActionStatus, readonly string[]>,
  /** Status words that count anywhere in a line when written in capitals (`Bug 1234 **TODO**`, `OWNER: x (DONE)`). */
  capitalStatuses: { TODO: 'open', DONE: 'done', WIP: 'in-progress', WONTFIX: 'cancelled' } satisfies Record<
    string,
    ActionStatus
  >,
  /** Type words, lower case: a Type cell, a `[prevent]` tag, or a subheading over a group of items. */
  types: {
    prevent: ['prevent', 'prevention', 'preventive', 'preventative', 'prevented'],
    mitigate: ['mitigate', 'mitigation', 'mitigative'],
    detect: ['detect', 'detection', 'monitoring', 'alerting', 'observability'],
    process: ['process', 'procedure', 'procedural'],
    repair: ['repair', 'fix', 'fixes', 'remediation', 'remediate', 'cleanup', 'clean up'],
  } satisfies Record<ActionType, readonly string[]>,
  /** Table headers, normalised as headings are (lower case, singular, no punctuation). */
  columns: {
    action: [
      'action item',
      'action',
      'item',
      'task',
      'description',
      'action item description',
      'corrective action',
      'remediation',
      'follow up',
      'followup',
      'what',
      'title',
      'summary',
      'todo',
    ],
    owner: ['owner', 'owned by', 'assignee', 'assigned to', 'assigned', 'responsible', 'dri', 'who', 'lead', 'team'],
    ticket: [
      'bug',
      'ticket',
      'issue',
      'issue link',
      'link',
      'tracking',
      'tracking bug',
      'tracking issue',
      'tracker',
      'jira',
      'pr',
      'reference',
      'ref',
      'bug ticket',
      'ticket link',
    ],
    due: ['due', 'due date', 'deadline', 'target', 'target date', 'eta', 'by when', 'when', 'date', 'due by'],
    status: ['status', 'state', 'progress', 'done', 'complete', 'resolution'],
    type: ['type', 'kind', 'category', 'action type'],
    priority: ['priority', 'pri', 'severity', 'importance'],
  } satisfies Record<ActionColumn, readonly string[]>,
  /** Labels before a value inside an item (`Owner: Dana`, `(due: 2024-05-01)`), lower case. */
  labels: {
    owner: ['owner', 'owners', 'owned by', 'assignee', 'assigned to', 'dri', 'responsible'],
    ticket: ['ticket', 'issue', 'bug', 'tracking', 'tracked in', 'tracking issue', 'jira', 'pr', 'link'],
    due: ['due', 'due date', 'due by', 'deadline', 'target date', 'eta'],
    status: ['status', 'state'],
    type: ['type', 'kind', 'category'],
  },
  /** A leading `**HIGH**` or `[P1]`: how important, not part of the action. */
  priorities: ['critical', 'urgent', 'high', 'medium', 'med', 'low', 'p0', 'p1', 'p2', 'p3', 'p4'],
  /** Cell and label values that mean nothing is there yet (`Owner: TBD`, a `-` cell). */
  emptyValues: [
    '',
    '-',
    '–',
    '—',
    'n/a',
    'na',
    'none',
    'tbd',
    'tbc',
    'tba',
    '?',
    '??',
    'unassigned',
    'nobody',
    'unknown',
    'todo',
  ],
  /** Key-like words that are not tickets (`SEV-1`, `CVE-2021-44228`, `UTF-8`). */
  notTicketPrefixes: [
    'SEV',
    'CVE',
    'UTF',
    'ISO',
    'RFC',
    'HTTP',
    'TLS',
    'SSL',
    'SHA',
    'MD',
    'COVID',
    'AES',
    'RSA',
    'IPV',
    'GPT',
    'WCAG',
    'PEP',
    'ES',
  ],
  /** Paths that make a link a ticket: issue trackers' and code hosts' (GitHub, GitLab, Jira, Linear...). */
  ticketUrlPaths: [
    /\/issues?\/\d+/,
    /\/pull\/\d+/,
    /\/-\/(?:issues|merge_requests|work_items|epics)\/\d+/,
    /\/merge_requests\/\d+/,
    /\/browse\/[A-Z][A-Z0-9]+-\d+/,
    /\/(?:tickets?|bugs?|tasks?|stories|story|cards?|items?)\/\w+/i,
    /show_bug\.cgi\?id=\d+/,
    /[?&](?:selectedIssue|issue|id)=[A-Z][A-Z0-9]+-\d+/,
    /\/[A-Z][A-Z0-9]+-\d+(?:\/|$|[?#])/,
    /^https?:\/\/(?:b|bugs?|crbug|issuetracker)\.[\w.]+\/\d+/,
    /^https?:\/\/b\/\d+/,
  ],
} as const;

/**
 * Actions that can never be finished: they name an intention, not a change. `openings` start an
 * action ("Investigate why...", "Make sure the..."): matched as whole words at the start of its
 * text, ignoring case. `goals` are the whole action ("Improve monitoring", "Better alerting for
 * checkout"), allowed a short "of/for/on ..." after them but nothing that names the change.
 */
export const VAGUE_ACTION_VOCABULARY = {
  openings: [
    'investigate',
    'look into',
    'looking into',
    'look at',
    'dig into',
    'explore',
    'consider',
    'think about',
    'research',
    'discuss',
    'revisit',
    'try to',
    'make sure',
    'be more careful',
    'be careful',
    'be more vigilant',
    'pay more attention',
    'keep an eye on',
    'remember to',
    'raise awareness',
    'do better',
  ],
  goals: [
    'improve monitoring',
    'improve alerting',
    'improve observability',
    'improve testing',
    'improve tests',
    'improve documentation',
    'improve docs',
    'improve communication',
    'improve the process',
    'improve processes',
    'improve reliability',
    'improve resilience',
    'better monitoring',
    'better alerting',
    'better testing',
    'better communication',
    'better documentation',
    'more monitoring',
    'more alerting',
    'more alerts',
    'more testing',
    'more tests',
    'add more monitoring',
    'add more alerts',
    'add more tests',
    'add more testing',
  ],
  /** Who may come before the intention ("We should investigate"), and how it is said politely. */
  politeSubjects: ['we', 'team', 'teams', 'everyone', 'people'],
  politeModals: ['should', 'must', 'need to', 'needs to', 'will', 'to'],
  /** Words that may join a goal to what it is about ("Improve monitoring of the batch"). */
  goalLinks: ['of', 'for', 'on', 'in', 'around', 'across'],
} as const;

// The words the report (insights/) reads header fields by: severity, service and a draft's status.
export const INSIGHT_WORDS = {
  severity: ['severity', 'sev', 'severity level', 'incident severity', 'impact level'],
  service: [
    'service',
    'affected service',
    'impacted service',
    'component',
    'affected component',
    'system',
    'affected system',
    'product',
    'application',
  ],
  status: ['status', 'document status', 'postmortem status', 'review status', 'state'],
  draftStatuses: [
    'draft',
    'wip',
    'work in progress',
    'in progress',
    'in review',
    'under review',
    'review',
    'pending',
    'pending review',
    'incomplete',
    'unfinished',
    'not started',
    'tbd',
  ],
} as const;

export function keyMomentEntry(moment: KeyMoment): KeyMomentEntry {
  return KEY_MOMENT_VOCABULARY.find((m) => m.name === moment) as KeyMomentEntry;
}

export function figureEntry(name: FigureName): FigureEntry {
  return FIGURE_VOCABULARY.find((f) => f.name === name) as FigureEntry;
}

export function sectionRoleEntry(role: SectionRole): SectionRoleEntry {
  return SECTION_ROLE_VOCABULARY.find((r) => r.role === role) as SectionRoleEntry;
}

// Durations written in prose: numbers in words and the qualifiers that say how exact a duration
// is ("about six hours", "just over nine hours").

/** Numbers written as words. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** How a qualifier bounds the duration after it. */
export type Qualifier = 'exact' | 'about' | 'at-most-just' | 'at-least-just' | 'at-least' | 'at-most';

/** Qualifiers before a duration, by what they allow: `about` (either side), `at-least-just` (a
 * little more), `at-most-just` (a little less), `at-least`, `at-most`, `exact`. */
export const DURATION_QUALIFIERS: Record<Qualifier, readonly string[]> = {
  about: ['approximately', 'approx', 'about', 'around', 'roughly', 'some', '~'],
  'at-least-just': [
    'a little more than',
    'slightly more than',
    'a little over',
    'a bit over',
    'slightly over',
    'just over',
  ],
  'at-most-just': ['just under', 'a little under', 'slightly under', 'close to', 'nearly', 'almost'],
  'at-least': ['at least', 'more than', 'upwards of', 'in excess of', 'well over', 'over'],
  'at-most': ['at most', 'less than', 'under', 'up to'],
  exact: ['just', 'only'],
};
