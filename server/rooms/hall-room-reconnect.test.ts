import type { Room } from '@colyseus/sdk';
import type WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { avatars, positionOf, startRoomTestServer, until, walkGrid, walkTo, type RoomTestServer } from './room-test-support';

/** Kills the socket without a close handshake, as a lost network does (close code 1006 on both ends). */
function dropSocket(room: Room): void {
  (room.connection.transport as unknown as { ws: WebSocket }).ws.terminate();
}

describe('reconnection (real server, real sockets)', () => {
  let t: RoomTestServer;
  beforeAll(async () => {
    t = await startRoomTestServer({ reconnectSeconds: 2 });
  }, 60_000);
  afterAll(() => t?.close());

  it('a dropped visitor comes back by itself within the window, to the avatar where it was', async () => {
    const grid = walkGrid(await t.hall('hall-1'));
    const a = await t.enter('Ada');
    const b = await t.enter('Bo');
    await walkTo(a, grid, { x: 14, z: 1.5 });
    await until(() => positionOf(b, a.sessionId)?.x === 14, 'Bo to see Ada at x 14');
    const reconnected = new Promise<void>((done) => a.onReconnect(() => done()));
    let dropped = false;
    a.onDrop(() => (dropped = true));
    dropSocket(a);
    await reconnected;
    expect(dropped).toBe(true);
    // Poses are sent again after a reconnection: wait for Ada's own.
    await until(() => positionOf(a), 'Ada to learn where she stands again');
    expect(positionOf(a)).toEqual({ x: 14, z: 1.5 });
    expect(positionOf(b, a.sessionId)).toEqual({ x: 14, z: 1.5 });
    a.send('move', { x: 14.4, z: 1.5, yaw: 0 });
    await until(() => positionOf(b, a.sessionId)?.x === 14.4, 'Ada’s move after reconnecting');
  });

  it('after the window the avatar leaves', async () => {
    const c = await t.enter('Cy');
    const d = await t.enter('Di');
    await until(() => avatars(d).get(c.sessionId), 'Di to see Cy');
    c.reconnection.enabled = false;
    const droppedAt = Date.now();
    dropSocket(c);
    // Kept through the window…
    await until(() => !avatars(d).get(c.sessionId), 'Cy’s avatar to leave', 15_000);
    // …and only removed once it passed (2 s).
    expect(Date.now() - droppedAt).toBeGreaterThanOrEqual(1900);
  });
});
