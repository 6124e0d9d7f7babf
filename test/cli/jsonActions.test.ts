// `--format json` lists each postmortem's action items: text, owner, ticket, due, status, type, line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FileReport } from '../../server/src/cli/report';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import { runJson } from './cliProcess';

const ACTIONS = [
  '## Corrective Actions',
  '',
  '- [ ] Add a canary stage to proxy pushes (owner: @dana, due 2024-04-01) [prevent]',
  '- [x] Alert on the 5xx rate, OPS-42',
  '',
  '| Action Item | Type | Owner | Bug |',
  '| --- | --- | --- | --- |',
  '| Write the rollback runbook | process | kim | [#12](https://github.com/acme/shop/issues/12) |',
  '',
].join('\n');

describe('--format json: actions', () => {
  it('one entry per action item, every key present, lines 0-based', () => {
    const text = postmortem({ actions: ACTIONS });
    const dir = tempTree({ 'incidents/a.md': text, 'README.md': '# Project\n\n- [ ] not an action item\n' });
    const [pm, readme] = runJson<FileReport[]>(['incidents/a.md', 'README.md'], dir);
    const line = (s: string) => text.split('\n').findIndex((l) => l.includes(s));
    assert.deepEqual(pm.actions, [
      {
        text: 'Add a canary stage to proxy pushes',
        owner: '@dana',
        ticket: null,
        due: '2024-04-01',
        status: 'open',
        type: 'prevent',
        line: line('Add a canary'),
      },
      {
        text: 'Alert on the 5xx rate',
        owner: null,
        ticket: 'OPS-42',
        due: null,
        status: 'done',
        type: null,
        line: line('5xx'),
      },
      {
        text: 'Write the rollback runbook',
        owner: 'kim',
        ticket: 'https://github.com/acme/shop/issues/12',
        due: null,
        status: 'open',
        type: 'process',
        line: line('rollback runbook'),
      },
    ]);
    for (const a of pm.actions)
      assert.deepEqual(Object.keys(a), ['text', 'owner', 'ticket', 'due', 'status', 'type', 'line']);
    assert.deepEqual(readme.actions, []);
  });
});
