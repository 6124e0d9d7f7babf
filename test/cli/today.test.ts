// --today: the day action items' due dates are compared with; the CLI's clock when not given.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localToday } from '../../server/src/localToday';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import { run } from './cliProcess';

const DUE = postmortem({
  actions: '## Corrective Actions\n\n- Add a canary stage (owner: @dana, OPS-12, due 2024-05-01)\n',
});
const OVERDUE =
  /^a\.md:39:49 {2}warning {2}"Add a canary stage" was due on 2024-05-01 and is not done: finish it and mark it done, or agree a new due date\. {2}action-item-overdue\(PM304\)$/m;

describe('--today', () => {
  it('a due date before --today is overdue; on or after it, not yet', () => {
    const dir = tempTree({ 'a.md': DUE });
    const after = run(['--today', '2024-05-02', 'a.md'], dir);
    assert.equal(after.code, 0, after.stderr);
    assert.match(after.stdout, OVERDUE);
    const on = run(['--today', '2024-05-01', 'a.md'], dir);
    assert.equal(on.code, 0, on.stderr);
    assert.doesNotMatch(on.stdout, /PM304/);
  });

  it("defaults to the machine's day", () => {
    const dir = tempTree({
      'a.md': DUE,
      'b.md': DUE.replace('due 2024-05-01', `due ${localToday(new Date(Date.now() + 3 * 86_400_000))}`),
    });
    const r = run(['a.md', 'b.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, OVERDUE);
    assert.doesNotMatch(r.stdout, /^b\.md:.*PM304/m);
  });

  it('a day that is not YYYY-MM-DD, or not a day, is a usage error (exit 2) saying so', () => {
    const dir = tempTree({ 'a.md': DUE });
    for (const bad of ['01/05/2024', '2024-02-30', 'today']) {
      const r = run(['--today', bad, 'a.md'], dir);
      assert.equal(r.code, 2, r.stdout);
      assert.match(r.stderr, new RegExp(`--today must be a date written YYYY-MM-DD, not "${bad}"\\.`));
      assert.equal(r.stdout, '');
    }
  });
});
