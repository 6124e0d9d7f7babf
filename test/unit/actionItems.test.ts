// The action items of the corrective-actions section, in each layout teams write them: what each
// item says (action, owner, ticket, due date, status, type) and where each of those is written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActionItem } from '../../server/src/postmortem/model';
import { lint, postmortem } from '../support/core';

interface Read {
  text: string;
  owner?: string;
  ticket?: string;
  due?: string | null;
  status?: string;
  type?: string;
  priority?: string;
}

function actionItems(actions: string, head?: string, config = {}): { items: ActionItem[]; text: string } {
  const text = postmortem(head === undefined ? { actions } : { actions, head });
  return { items: lint(text, config).postmortem.actionItems, text };
}

/** Each item's values, fields left out when absent. */
function read(actions: string, head?: string, config = {}): Read[] {
  return actionItems(actions, head, config).items.map((i) => {
    const r: Read = { text: i.text };
    if (i.owner) r.owner = i.owner.value;
    if (i.ticket) r.ticket = i.ticket.value;
    if (i.due) r.due = i.due.value;
    if (i.status) r.status = i.status.value;
    if (i.type) r.type = i.type.value;
    if (i.priority) r.priority = i.priority.value;
    return r;
  });
}

/** What the document holds at each field's span, so positions are checked against the text itself. */
function written(actions: string): Record<string, string>[] {
  const { items, text } = actionItems(actions);
  const at = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return items.map((i) => {
    const r: Record<string, string> = { text: at(i.textSpan) };
    for (const key of ['owner', 'ticket', 'due', 'status', 'type'] as const) {
      const f = i[key];
      if (f) r[key] = at(f.span);
    }
    return r;
  });
}

describe('action items in lists', () => {
  it('checkboxes give the status; owner, due date and type from brackets', () => {
    assert.deepEqual(
      read(
        '## Corrective Actions\n\n- [ ] Add a canary stage to proxy pushes (owner: @dana, due 2024-04-01) [prevent]\n- [x] Alert on the 5xx rate per route\n',
      ),
      [
        {
          text: 'Add a canary stage to proxy pushes',
          owner: '@dana',
          due: '2024-04-01',
          status: 'open',
          type: 'prevent',
        },
        { text: 'Alert on the 5xx rate per route', status: 'done' },
      ],
    );
  });

  it('locates each field where it is written, the checkbox included', () => {
    assert.deepEqual(written('## Corrective Actions\n\n- [x] Add a canary stage (owner: Dana Ruiz) OPS-12\n'), [
      { text: 'Add a canary stage', owner: 'Dana Ruiz', ticket: 'OPS-12', status: '[x]' },
    ]);
  });

  it('labels inside the text: Owner:, Ticket:, Status:, Type:, assigned to, due by', () => {
    assert.deepEqual(
      read(
        [
          '## Action Items',
          '',
          '- Alert on the queue depth. Owner: Sam Lee. Ticket: OPS-42. Status: in progress. Type: detect',
          '- Rotate the signing keys, assigned to the platform team, due by 2024-05-01',
          '- Document the failover. OWNER: kim@ (DONE).',
          '',
        ].join('\n'),
      ),
      [
        {
          text: 'Alert on the queue depth.',
          owner: 'Sam Lee',
          ticket: 'OPS-42',
          status: 'in-progress',
          type: 'detect',
        },
        { text: 'Rotate the signing keys', owner: 'the platform team', due: '2024-05-01' },
        { text: 'Document the failover.', owner: 'kim@', status: 'done' },
      ],
    );
  });

  it('numbered items with TODO and DONE prefixes, @handles and #123 references', () => {
    assert.deepEqual(
      read(
        '## Corrective Actions\n\n1. TODO: Write the rollback runbook @kim #123\n2. DONE Pin the proxy version @lee\n',
      ),
      [
        { text: 'Write the rollback runbook', owner: '@kim', ticket: '#123', status: 'open' },
        { text: 'Pin the proxy version', owner: '@lee', status: 'done' },
      ],
    );
  });

  it('a handle or key inside the sentence stays part of the action', () => {
    assert.deepEqual(read('## Corrective Actions\n\n- Ask @sre-oncall to review PAY-77 before Friday\n'), [
      { text: 'Ask @sre-oncall to review PAY-77 before Friday', owner: '@sre-oncall', ticket: 'PAY-77' },
    ]);
  });

  it('tracker links are tickets; their words are the action unless they are only a key', () => {
    assert.deepEqual(
      read(
        [
          '## Corrective Actions',
          '',
          '- [Add retries to the payment client](https://github.com/acme/shop/issues/77)',
          '- Shorten the DNS TTL ([SHOP-9](https://acme.atlassian.net/browse/SHOP-9))',
          '- Read the [runbook](https://wiki.acme.io/runbooks/proxy) before each push',
          '- https://gitlab.com/acme/shop/-/issues/12',
          '',
        ].join('\n'),
      ),
      [
        { text: 'Add retries to the payment client', ticket: 'https://github.com/acme/shop/issues/77' },
        { text: 'Shorten the DNS TTL', ticket: 'https://acme.atlassian.net/browse/SHOP-9' },
        { text: 'Read the runbook before each push' },
        { text: 'https://gitlab.com/acme/shop/-/issues/12', ticket: 'https://gitlab.com/acme/shop/-/issues/12' },
      ],
    );
  });

  it('reference links resolve through their definitions, wherever they are', () => {
    assert.deepEqual(
      read(
        '## Corrective Actions\n\n- Document manual builds ([#294][i294])\n\n[i294]: https://github.com/acme/shop/issues/294\n',
      ),
      [{ text: 'Document manual builds', ticket: 'https://github.com/acme/shop/issues/294' }],
    );
  });

  it('keys that are not tickets: SEV-1, CVE numbers, UTF-8', () => {
    assert.deepEqual(read('## Corrective Actions\n\n- Page for SEV-1 on CVE-2021-44228 scans of UTF-8 logs\n'), [
      { text: 'Page for SEV-1 on CVE-2021-44228 scans of UTF-8 logs' },
    ]);
  });

  it('nested items that only hold fields belong to their parent (GitLab: issue link, owner, due date)', () => {
    assert.deepEqual(
      read(
        '## Corrective Actions\n\n- Migrate the queue to v2\n  - https://gitlab.com/acme/shop/-/issues/12\n  - Owner: @lee\n  - Due: Q3 2024\n',
      ),
      [
        {
          text: 'Migrate the queue to v2',
          owner: '@lee',
          ticket: 'https://gitlab.com/acme/shop/-/issues/12',
          due: '2024-09-30',
        },
      ],
    );
  });

  it('a parent that only groups items gives them its type; one with a checkbox is an action too', () => {
    assert.deepEqual(
      read(
        [
          '## Corrective Actions',
          '',
          '- Monitoring:',
          '  - Dashboard for checkout errors',
          '  - Probe the payment page',
          '- [ ] Move the proxy to the new cluster',
          '  - [x] Copy the config',
          '',
        ].join('\n'),
      ),
      [
        { text: 'Dashboard for checkout errors', type: 'detect' },
        { text: 'Probe the payment page', type: 'detect' },
        { text: 'Move the proxy to the new cluster', status: 'open' },
        { text: 'Copy the config', status: 'done' },
      ],
    );
  });

  it('subheadings naming a type give it to the items below them', () => {
    assert.deepEqual(
      read(
        [
          '## Action items',
          '',
          '### Prevention',
          '',
          '- Pin the dependency versions',
          '',
          '### Detection',
          '',
          '- Alert on build failures',
          '',
          '### Mitigation',
          '',
          'None.',
          '',
        ].join('\n'),
      ),
      [
        { text: 'Pin the dependency versions', type: 'prevent' },
        { text: 'Alert on build failures', type: 'detect' },
      ],
    );
  });

  it('a subheading over prose is an action of its own', () => {
    assert.deepEqual(
      written('## Action items\n\n### 1) Better alerting on CPU load `@dma` [detect]\n\nWe should alert sooner.\n'),
      [{ text: 'Better alerting on CPU load', owner: '@dma', type: 'detect' }],
    );
  });

  it('leading priorities and struck-through items', () => {
    assert.deepEqual(
      read('## Corrective Actions\n\n- **HIGH** Smoke-test downloads on staging\n- ~~Remove the old proxy~~\n'),
      [
        { text: 'Smoke-test downloads on staging', priority: 'HIGH' },
        { text: 'Remove the old proxy', status: 'done' },
      ],
    );
  });

  it('a status sentence in brackets at the end: (Done as of 2024-06-30)', () => {
    assert.deepEqual(read('## Corrective Actions\n\n- Turn the workflows back on (Done as of 2024-06-30)\n'), [
      { text: 'Turn the workflows back on', status: 'done' },
    ]);
  });

  it('empty items and prose are not actions', () => {
    assert.deepEqual(
      read('## Corrective Actions\n\nWe will look at this again next quarter.\n\n- [ ]\n- Owner: TBD\n'),
      [],
    );
  });
});

describe('due dates', () => {
  const due = (text: string, head?: string) =>
    read(`## Corrective Actions\n\n- Add the alert (due: ${text})\n`, head)[0].due;

  it('ISO, slashed, month names, months, quarters and halves', () => {
    assert.equal(due('2024-05-01'), '2024-05-01');
    assert.equal(due('2024/05/01'), '2024-05-01');
    assert.equal(due('1 May 2024'), '2024-05-01');
    assert.equal(due('May 1, 2024'), '2024-05-01');
    assert.equal(due('May 2024'), '2024-05-31');
    assert.equal(due('end of February 2024'), '2024-02-29');
    assert.equal(due('2024-02'), '2024-02-29');
    assert.equal(due('Q2 2024'), '2024-06-30');
    assert.equal(due('2024-Q4'), '2024-12-31');
    assert.equal(due('H1 2025'), '2025-06-30');
  });

  it('a day with no year is the first one on or after the incident', () => {
    // The incident is on 2024-03-05.
    assert.equal(due('May 1'), '2024-05-01');
    assert.equal(due('Feb 1'), '2025-02-01');
  });

  it('unreadable: kept as written, with no day', () => {
    const { items } = actionItems('## Corrective Actions\n\n- Add the alert (due: next sprint)\n');
    assert.equal(items[0].due?.value, null);
    assert.equal(items[0].due?.text, 'next sprint');
    assert.equal(due('May 1', '# Checkout errors\n\n**Incident Leader: Dana**\n'), null);
  });
});

describe('action items in tables', () => {
  it("Google's Action Item | Type | Owner | Bug, with the status in the Bug cell", () => {
    assert.deepEqual(
      read(
        [
          '## Action Items',
          '',
          '| Action Item | Type | Owner | Bug |',
          '| --- | --- | --- | --- |',
          '| Page on error budget burn | mitigate | alice | Bug 5554823 **TODO** |',
          '| Add a probe for the login page | prevent | bob | n/a **DONE** |',
          '| Write the failover runbook | process | - | [b/5554830](https://b.corp.example/5554830) |',
          '',
        ].join('\n'),
      ),
      [
        { text: 'Page on error budget burn', owner: 'alice', ticket: 'Bug 5554823', status: 'open', type: 'mitigate' },
        { text: 'Add a probe for the login page', owner: 'bob', status: 'done', type: 'prevent' },
        { text: 'Write the failover runbook', ticket: 'https://b.corp.example/5554830', type: 'process' },
      ],
    );
  });

  it('columns found by their meaning in any order, with a status column and a notes column', () => {
    assert.deepEqual(
      read(
        [
          '## Follow-ups',
          '',
          '| Due date | Status | Assignee | Tracking issue | Description | Notes |',
          '|---|---|---|---|---|---|',
          '| 2024-06-30 | In progress | @c | [#41](https://github.com/a/b/issues/41) | Retry failed payments | |',
          '| Q3 2024 | | Dana | OPS-7 | Split the proxy config | Done |',
          '',
        ].join('\n'),
      ),
      [
        {
          text: 'Retry failed payments',
          owner: '@c',
          ticket: 'https://github.com/a/b/issues/41',
          due: '2024-06-30',
          status: 'in-progress',
        },
        { text: 'Split the proxy config', owner: 'Dana', ticket: 'OPS-7', due: '2024-09-30', status: 'done' },
      ],
    );
  });

  it('with no action column, the issue link’s words are the action (GitLab)', () => {
    assert.deepEqual(
      read(
        [
          '## Corrective Actions',
          '',
          '| Issue | Owner | Due |',
          '|---|---|---|',
          '| [Retry payments](https://gitlab.com/a/b/-/issues/3) | @c | 2024-06-30 |',
          '',
        ].join('\n'),
      ),
      [{ text: 'Retry payments', owner: '@c', ticket: 'https://gitlab.com/a/b/-/issues/3', due: '2024-06-30' }],
    );
  });

  it('checkbox cells, and rows located cell by cell', () => {
    const actions =
      '## Corrective Actions\n\n| Done | Action | Owner |\n|---|---|---|\n| [x] | Pin the proxy | Dana |\n';
    assert.deepEqual(read(actions), [{ text: 'Pin the proxy', owner: 'Dana', status: 'done' }]);
    assert.deepEqual(written(actions), [{ text: 'Pin the proxy', owner: 'Dana', status: '[x]' }]);
  });

  it('tables under type subheadings take the type when their row has none', () => {
    assert.deepEqual(
      read(
        '## Action items\n\n### Detection\n\n| Action Item | Owner |\n|---|---|\n| Monitor the test bots | ianh |\n',
      ),
      [{ text: 'Monitor the test bots', owner: 'ianh', type: 'detect' }],
    );
  });
});

describe('which section is read', () => {
  it('the configured corrective-actions section, whatever it is called, and no other', () => {
    const sections = [
      { name: 'Summary' },
      { name: 'Timeline' },
      { name: 'Impact' },
      { name: 'Follow-up Actions', aliases: ['Next steps'] },
    ];
    const text = '# 2024-03-05 Outage\n\n## Summary\n\n- Not an action\n\n## Next steps\n\n- [ ] Add an alert\n';
    assert.deepEqual(
      lint(text, { sections }).postmortem.actionItems.map((i) => i.text),
      ['Add an alert'],
    );
  });

  it('a postmortem with no such section has none', () => {
    assert.deepEqual(read('## Lessons Learned\n\n- [ ] Add an alert\n'), []);
  });
});
