// The server's clock: the day due dates pass against is the host's, read when a document is analysed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { localToday } from '../../server/src/localToday';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import type { TestClient } from '../support/lspClient';
import { startServer } from '../support/lspClient';

let client: TestClient;
const dir = tempTree({ 'incidents/.keep': '' });

before(async () => {
  client = await startServer({ pullConfiguration: false, rootPath: dir });
});
after(async () => {
  await client.shutdown();
});

const withDue = (due: string) =>
  postmortem({ actions: `## Corrective Actions\n\n- Add a canary stage (owner: @dana, OPS-12, due ${due})\n` });

describe("the server's day", () => {
  it("an open action due before the machine's day is overdue; one due later is not", async () => {
    const day = (offset: number) => localToday(new Date(Date.now() + offset * 86_400_000));
    const past = pathToFileURL(join(dir, 'incidents', 'past.md')).href;
    const later = pathToFileURL(join(dir, 'incidents', 'later.md')).href;
    const pastFindings = client.nextDiagnostics(past);
    client.open(past, withDue(day(-3)), 1);
    const overdue = (await pastFindings).filter((d) => d.code === 'PM304');
    assert.deepEqual(
      overdue.map((d) => [d.range.start.line, d.range.start.character, d.message]),
      [
        [
          38,
          48,
          `"Add a canary stage" was due on ${day(-3)} and is not done: finish it and mark it done, or agree a new due date.`,
        ],
      ],
    );
    const laterFindings = client.nextDiagnostics(later);
    client.open(later, withDue(day(3)), 1);
    assert.deepEqual(
      (await laterFindings).filter((d) => d.code === 'PM304'),
      [],
    );
  });
});
