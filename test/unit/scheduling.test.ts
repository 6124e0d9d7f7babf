// Between two slices of an analysis, every message waiting in the connection is handled, not one:
// vscode-jsonrpc handles one incoming message per turn of the event loop.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, it } from 'node:test';
import type { MessageConnection } from 'vscode-languageserver/node';
import { createMessageConnection, NotificationType } from 'vscode-languageserver/node';
import { MessageTurns } from '../../server/src/scheduling';

const KEYSTROKE = new NotificationType<{ n: number }>('test/keystroke');
const SENT = 200;

/** A server end (with `turns`, when given) and a client end, over in-memory streams. */
function pair(turns?: MessageTurns): { server: MessageConnection; client: MessageConnection } {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createMessageConnection(up, down, undefined, turns ? { messageStrategy: turns } : undefined);
  const client = createMessageConnection(down, up);
  server.listen();
  client.listen();
  return { server, client };
}

/** Sends SENT notifications, lets them arrive, then blocks for a slice and gives way as `giveWay` does. */
async function handledInOneGiveWay(giveWay: () => Promise<void>, turns?: MessageTurns): Promise<number> {
  const { server, client } = pair(turns);
  let handled = 0;
  let arrived = 0;
  server.onNotification(KEYSTROKE, () => handled++);
  try {
    // Sent at once, as a client sends keystrokes while the server is busy: they arrive together.
    await Promise.all(Array.from({ length: SENT }, (_, n) => client.sendNotification(KEYSTROKE, { n })));
    assert.equal(handled, 0);
    // Until the first is handled, the rest have been read and wait in the queue.
    while (handled === 0 && arrived++ < 1_000) await nextTurn();
    const before = handled;
    const sliceEnd = performance.now() + 5;
    while (performance.now() < sliceEnd); // a slice of analysis: nothing else runs
    await giveWay();
    return handled - before;
  } finally {
    client.dispose();
    server.dispose();
  }
}

describe('giving way between slices', () => {
  it('one turn of the event loop lets one waiting message through', async () => {
    assert.equal(await handledInOneGiveWay(() => nextTurn()), 1);
  });

  it('MessageTurns lets every waiting message through, then returns', async () => {
    const turns = new MessageTurns();
    assert.equal(await handledInOneGiveWay(turns.giveWay, turns), SENT - 1);
  });

  it('returns at once when no message waits', async () => {
    const turns = new MessageTurns();
    const { server, client } = pair(turns);
    try {
      let turnsTaken = 0;
      let counting = true;
      const count = async () => {
        while (counting) {
          turnsTaken++;
          await nextTurn();
        }
      };
      void count();
      await turns.giveWay();
      counting = false;
      assert.ok(turnsTaken <= 2, `gave ${turnsTaken} turns`);
    } finally {
      client.dispose();
      server.dispose();
    }
  });
});
