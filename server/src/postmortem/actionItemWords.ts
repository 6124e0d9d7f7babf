// The words action items are written with: statuses, types, the labels and column headers that
// name their owner, ticket, due date, status and type. One list, read by the action-item reader
// (actionItems.ts and its helpers); it belongs with the vocabulary (vocabulary.ts) and moves there
// when that lands. A leaf module: it imports nothing.

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
