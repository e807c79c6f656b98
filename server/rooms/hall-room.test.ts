import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HALL_ROOM, HallView } from '../../model';
import { startExpoServer, type ExpoServer } from '../expo-server';
import { farPoint, poseUpdatesOf, positionOf, trackPoses, walkGrid } from './room-test-support';

/** Polls `check` until it returns a value (no fixed sleeps). */
async function until<T>(check: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

type Avatar = { name: string };
type AvatarMap = { get(id: string): Avatar | undefined; size: number };

describe('hall room (real server, real sockets)', () => {
  let server: ExpoServer;
  let dataDir: string;
  const rooms: Room[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hall-room-'));
    server = await startExpoServer({ port: 0, host: '127.0.0.1', dataDir, log: () => undefined });
  }, 60_000);

  afterAll(async () => {
    // Closing the server closes every client socket (a leave() on a room the server already
    // closed would never settle).
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function enter(name: string, hallId = 'hall-1'): Promise<Room> {
    const room = await new Client(server.url).joinOrCreate(HALL_ROOM, { hallId, name });
    trackPoses(room);
    rooms.push(room);
    return room;
  }
  const avatars = (room: Room) => (room.state as { avatars: AvatarMap }).avatars;

  it('seats two visitors of one hall in the same room and shows each one the other move', async () => {
    const a = await enter('Ada');
    const b = await enter('Bo');
    expect(b.roomId).toBe(a.roomId);
    const { x: x0, z: z0 } = await until(() => positionOf(b, a.sessionId), 'b to see a');
    const posesBefore = poseUpdatesOf(b, a.sessionId);
    a.send('move', { x: x0, z: z0 + 0.5, yaw: 90 });
    await until(() => Math.abs(positionOf(b, a.sessionId)!.z - (z0 + 0.5)) < 0.011, 'the move to reach b');
    expect(poseUpdatesOf(b, a.sessionId)).toBeGreaterThan(posesBefore);
    expect(avatars(b).get(a.sessionId)!.name).toBe('Ada');
  });

  it('puts another hall in another room', async () => {
    const c = await enter('Cy', 'hall-2');
    const a = rooms[0]!;
    expect(c.roomId).not.toBe(a.roomId);
  });

  it('does not trust a teleport: the server caps the speed', async () => {
    const a = rooms[0]!;
    const b = rooms[1]!;
    const before = await until(() => positionOf(a), 'a to know where it stands');
    const x0 = before.x;
    a.send('move', { x: x0 + 30, z: before.z, yaw: 0 });
    await until(() => positionOf(b, a.sessionId)!.x !== x0, 'the capped move');
    const moved = positionOf(b, a.sessionId)!.x - x0;
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(10);
  });

  it('places a visitor who asks for a spot (a booth link) there when it is walkable floor, else at a spawn point', async () => {
    const view = HallView.parse(await (await fetch(`${server.url}/api/halls/hall-1`)).json());
    const grid = walkGrid(view);
    const spawn = view.layout.spawnPoints[0]!;
    const spot = farPoint(view, grid, spawn, 12);
    const asked = await new Client(server.url).joinOrCreate(HALL_ROOM, { hallId: 'hall-1', name: 'Linked', start: { x: spot.x, z: spot.z, yaw: 90 } });
    trackPoses(asked);
    rooms.push(asked);
    const placed = await until(() => positionOf(asked), 'its first pose');
    expect(placed).toEqual({ x: spot.x, z: spot.z });
    // Others see it there too (not at the spawn point until it walks).
    await until(() => positionOf(rooms[0]!, asked.sessionId)?.x === spot.x, 'a to see it at the spot');
    const walled = await new Client(server.url).joinOrCreate(HALL_ROOM, { hallId: 'hall-1', name: 'Walled', start: { x: -3, z: -3, yaw: 0 } });
    trackPoses(walled);
    rooms.push(walled);
    const fallback = await until(() => positionOf(walled), 'its first pose');
    const nearestSpawn = Math.min(...view.layout.spawnPoints.map((s) => Math.hypot(fallback.x - s.x, fallback.z - s.z)));
    expect(nearestSpawn).toBeLessThan(2);
  });

  it('refuses to join a hall that does not exist, and join options that break the schema', async () => {
    await expect(new Client(server.url).joinOrCreate(HALL_ROOM, { hallId: 'no-such-hall', name: 'X' })).rejects.toThrow();
    await expect(new Client(server.url).joinOrCreate(HALL_ROOM, { hallId: 'hall-1', name: '' })).rejects.toThrow(/name/);
  });

  it('closes a client that sends an invalid message; the others do not notice', async () => {
    const bad = await enter('Mallory');
    const a = rooms[0]!;
    const b = rooms[1]!;
    await until(() => avatars(b).get(bad.sessionId), 'b to see mallory');
    let aLeft = false;
    a.onLeave(() => (aLeft = true));
    const closed = new Promise<number>((done) => bad.onLeave((code) => done(code)));
    bad.send('move', { x: 'east', z: Number.NaN, yaw: 0 });
    expect(await closed).toBeGreaterThanOrEqual(4000);
    await until(() => !avatars(b).get(bad.sessionId), 'mallory to leave b’s view');
    // The well-behaved clients still move and see each other.
    const seen = positionOf(b, a.sessionId)!;
    const x1 = seen.x;
    a.send('move', { x: x1 + 0.3, z: seen.z, yaw: 0 });
    await until(() => positionOf(b, a.sessionId)!.x > x1 + 0.2, 'a to move after mallory left');
    expect(aLeft).toBe(false);
  });

  it('closes a client that floods messages; the others do not notice', async () => {
    const flooder = await enter('Flood');
    const a = rooms[0]!;
    const b = rooms[1]!;
    const closed = new Promise<number>((done) => flooder.onLeave((code) => done(code)));
    for (let i = 0; i < 60; i++) flooder.send('move', { x: 20, z: 2, yaw: i });
    expect(await closed).toBe(4002);
    await until(() => !avatars(b).get(flooder.sessionId), 'the flooder to leave b’s view');
    const seen = positionOf(b, a.sessionId)!;
    const x1 = seen.x;
    a.send('move', { x: x1 - 0.3, z: seen.z, yaw: 0 });
    await until(() => positionOf(b, a.sessionId)!.x < x1 - 0.2, 'a to move after the flooder left');
  });
});
