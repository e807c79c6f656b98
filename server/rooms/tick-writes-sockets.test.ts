import type { Socket } from 'node:net';
import { matchMaker } from '@colyseus/core';
import type { Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { farPoint, startRoomTestServer, walkGrid, walkTo, type RoomTestServer } from './room-test-support';

/** One event-loop turn's traffic to one client: WebSocket frames sent and socket writes made. */
interface Turn {
  frames: number;
  writes: number;
}

/**
 * Watches what the server sends one client, turn by turn of the event loop: each WebSocket frame
 * (`ws.send`) and each write the frames become on the TCP socket (`_write` / `_writev`). A turn
 * ends in a microtask, so Node's `nextTick` flush of a write that found the socket busy (the
 * second write an uncorked tick makes) still counts in the turn that caused it.
 */
function watchClient(room: Room): Turn[] {
  const server = matchMaker.getLocalRoomById(room.roomId);
  const client = server.clients.find((c) => c.sessionId === room.sessionId) as unknown as { ref: { send: (...args: unknown[]) => void; _socket: Socket } };
  const ws = client.ref;
  const socket = ws._socket as Socket & { _write: (...args: unknown[]) => void; _writev: (...args: unknown[]) => void };
  const turns: Turn[] = [];
  let turn: Turn | undefined;
  const current = (): Turn => {
    if (!turn) {
      const started: Turn = { frames: 0, writes: 0 };
      turn = started;
      turns.push(started);
      queueMicrotask(() => (turn = undefined));
    }
    return turn;
  };
  const send = ws.send;
  ws.send = function (this: unknown, ...args: unknown[]) {
    current().frames++;
    return send.apply(this, args);
  };
  for (const method of ['_write', '_writev'] as const) {
    const original = socket[method];
    socket[method] = function (this: unknown, ...args: unknown[]) {
      current().writes++;
      return original.apply(this, args);
    };
  }
  return turns;
}

describe('one socket write per client per tick (real server, real sockets)', () => {
  let t: RoomTestServer;
  beforeAll(async () => {
    t = await startRoomTestServer();
  }, 60_000);
  afterAll(() => t?.close());

  it('sends a tick’s state patch and its poses to a client in one write', async () => {
    const view = await t.hall('hall-1');
    const grid = walkGrid(view);
    const observer = await t.enter('observer');
    const walker = await t.enter('walker');
    const turns = watchClient(observer);
    // The walker keeps moving (poses every other tick); newcomers change the state (a patch).
    // Some tick then sends the observer both; keep adding people until one has.
    const walking = walkTo(walker, grid, farPoint(view, grid, view.layout.spawnPoints[0]!, 12));
    const newcomers: Room[] = [];
    while (!turns.some((turn) => turn.frames >= 2) && newcomers.length < 12) {
      newcomers.push(await t.enter(`newcomer ${newcomers.length + 1}`));
      await new Promise((done) => setTimeout(done, 150));
    }
    await walking;
    const combined = turns.filter((turn) => turn.frames >= 2);
    expect(combined.length, `turns: ${JSON.stringify(turns)}`).toBeGreaterThan(0);
    // However many frames a tick sends, they leave the socket in one write.
    expect(turns.filter((turn) => turn.writes > 1), `turns: ${JSON.stringify(turns)}`).toEqual([]);
    for (const room of [observer, walker, ...newcomers]) await room.leave();
  });
});
