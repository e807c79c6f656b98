import type { Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { avatars, booths, farPoint, positionOf, seenIds, startRoomTestServer, until, walkGrid, walkTo, type RoomTestServer } from './room-test-support';

// Four visitors line up along the entrance aisle, Ada at 0, Bo 1 m, Cy 2.5 m and Di 4.5 m from
// her: with a 6 m radius and the nearest 2, Ada receives Bo and Cy but not Di.
const LINE = [14, 15, 16.5, 18.5];
describe('area of interest (real server, real sockets)', () => {
  let t: RoomTestServer;
  const rooms: Room[] = [];
  beforeAll(async () => {
    t = await startRoomTestServer({ aoiRadius: 6, aoiMaxVisible: 2 });
    for (const name of ['Ada', 'Bo', 'Cy', 'Di']) rooms.push(await t.enter(name));
    const grid = walkGrid(await t.hall('hall-1'));
    await Promise.all(rooms.map((room, i) => walkTo(room, grid, { x: LINE[i]!, z: 1.5 })));
  }, 60_000);
  afterAll(() => t?.close());

  it('sends each visitor only the nearest K avatars within the radius, while booth presence covers the whole hall', async () => {
    const [a, b, c, d] = rooms as [Room, Room, Room, Room];
    // Everyone walked there at once, so Ada's view may first have held whoever came near first:
    // wait for it to settle on the nearest two (a view is refreshed once a second).
    const nearest = [a.sessionId, b.sessionId, c.sessionId].sort();
    await until(() => JSON.stringify(seenIds(a)) === JSON.stringify(nearest), 'Ada to see the nearest two, Bo and Cy');
    expect(seenIds(a)).toEqual(nearest);
    expect(avatars(a).get(d.sessionId)).toBeUndefined();
    const view = await t.hall('hall-1');
    await until(() => booths(a).size === view.booths.length, 'every booth’s presence');
    expect(booths(a).size).toBeGreaterThan(10);
  });

  it('updates as people move: a walker leaves the far views and the next nearest comes in', async () => {
    const [a, b, c, d] = rooms as [Room, Room, Room, Room];
    const view = await t.hall('hall-1');
    const grid = walkGrid(view);
    const start = positionOf(b)!;
    await walkTo(b, grid, farPoint(view, grid, start, 12));
    await until(() => !avatars(a).get(b.sessionId) && avatars(a).get(d.sessionId), 'Bo to leave Ada’s view and Di to enter it');
    expect(seenIds(a)).toEqual([a.sessionId, c.sessionId, d.sessionId].sort());
    // Far from everyone, Bo receives nobody else.
    await until(() => seenIds(b).length === 1, 'Bo to see only himself');
    expect(seenIds(b)).toEqual([b.sessionId]);
    // Presence is not filtered by distance: Bo still has every booth.
    expect(booths(b).size).toBe(view.booths.length);
  });
});

describe('area of interest switched off', () => {
  let t: RoomTestServer;
  beforeAll(async () => {
    t = await startRoomTestServer({ aoiEnabled: false, aoiRadius: 6, aoiMaxVisible: 2 });
  }, 60_000);
  afterAll(() => t?.close());

  it('sends every avatar to everyone', async () => {
    const rooms: Room[] = [];
    for (const name of ['Ada', 'Bo', 'Cy', 'Di']) rooms.push(await t.enter(name));
    const all = rooms.map((r) => r.sessionId).sort();
    for (const room of rooms) await until(() => seenIds(room).length === 4, 'everyone to see everyone');
    for (const room of rooms) expect(seenIds(room)).toEqual(all);
  });
});
