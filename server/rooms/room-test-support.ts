/**
 * Shared set-up for the hall room's integration tests (real server, real sockets): start a
 * seeded server with room settings, sign in demo accounts, join, walk along real paths, wait
 * for conditions. Test-only; nothing in the product imports it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Callbacks, Client, type Room } from '@colyseus/sdk';
import {
  AVATAR_POSES_MESSAGE,
  buildWalkGrid,
  decodeAvatarPoses,
  findPath,
  footprintRect,
  HALL_ROOM,
  HallView,
  ServerMessages,
  walkObstacles,
  wireToAnim,
  wireToMetres,
  wireToYaw,
  type AvatarAnim,
  type AvatarWireState,
  type BoothPresenceWireState,
  type ServerMessageType,
  type WalkGrid,
} from '../../model';
import { startExpoServer, type ExpoServer } from '../expo-server';
import { DEMO_ACCOUNTS } from '../seed';
import type { RoomSettings } from './room-settings';

/** Polls `check` until it returns a value (no fixed sleeps). */
export async function until<T>(check: () => T | undefined | false | null, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface RoomTestServer {
  server: ExpoServer;
  url: string;
  /** `GET /api/halls/:id`, validated. */
  hall(hallId: string): Promise<HallView>;
  /** A session token of a demo account. */
  signIn(who: keyof typeof DEMO_ACCOUNTS): Promise<string>;
  enter(name: string, options?: { hallId?: string; token?: string; extra?: Record<string, unknown> }): Promise<Room>;
  close(): Promise<void>;
}

export async function startRoomTestServer(rooms: Partial<RoomSettings> = {}): Promise<RoomTestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hall-room-'));
  const server = await startExpoServer({ port: 0, host: '127.0.0.1', dataDir, log: () => undefined, rooms, rateLimits: { loginPer15Min: 1000 } });
  return {
    server,
    url: server.url,
    async hall(hallId) {
      const response = await fetch(`${server.url}/api/halls/${hallId}`);
      return HallView.parse(await response.json());
    },
    async signIn(who) {
      const { email, password } = DEMO_ACCOUNTS[who];
      const response = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      const body = (await response.json()) as { token?: string };
      if (!body.token) throw new Error(`sign-in of ${who} failed: ${response.status} ${JSON.stringify(body)}`);
      return body.token;
    },
    async enter(name, options = {}) {
      const client = new Client(server.url);
      if (options.token) client.auth.token = options.token;
      const room = await client.joinOrCreate(HALL_ROOM, { hallId: options.hallId ?? 'hall-1', name, ...options.extra });
      // Tests drop sockets on purpose right after joining; let the SDK retry at once.
      room.reconnection.minUptime = 0;
      trackPoses(room);
      listenToEveryMessage(room);
      return room;
    },
    async close() {
      // Closing the server closes every client socket.
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type WireMap<T> = { get(id: string): T | undefined; size: number; forEach(cb: (value: T, key: string) => void): void };
const EMPTY: WireMap<never> = { get: () => undefined, size: 0, forEach: () => undefined };
/** The decoded state's maps (empty until the first state arrives). */
export const avatars = (room: Room): WireMap<AvatarWireState> => (room.state as { avatars?: WireMap<AvatarWireState> } | undefined)?.avatars ?? EMPTY;
export const booths = (room: Room): WireMap<BoothPresenceWireState> => (room.state as { booths?: WireMap<BoothPresenceWireState> } | undefined)?.booths ?? EMPTY;
export const seenIds = (room: Room) => {
  const ids: string[] = [];
  avatars(room).forEach((_, id) => ids.push(id));
  return ids.sort();
};

/** An avatar's latest pose as a test client received it, and how many poses of it came. */
interface ReceivedPose {
  x: number;
  z: number;
  yaw: number;
  anim: AvatarAnim;
  updates: number;
}
const receivedPoses = new WeakMap<Room, Map<string, ReceivedPose>>();

/**
 * Decodes the room's `poses` messages (positions travel outside the state) into a pose per
 * session id, as the page's client does: a slot is looked up among the avatars in the state, an
 * unknown slot is ignored, and an avatar's pose is forgotten when it leaves the state. Call right
 * after joining (`enter` does).
 */
export function trackPoses(room: Room): void {
  const poses = new Map<string, ReceivedPose>();
  receivedPoses.set(room, poses);
  Callbacks.get(room).onRemove('avatars', (_value: unknown, key: unknown) => poses.delete(String(key)));
  room.onMessage(AVATAR_POSES_MESSAGE, (bytes: Uint8Array) => {
    const idOfSlot = new Map<number, string>();
    avatars(room).forEach((avatar, id) => idOfSlot.set(avatar.slot, id));
    const count = decodeAvatarPoses(bytes, (pose) => {
      const id = idOfSlot.get(pose.slot);
      if (id === undefined) return;
      const updates = (poses.get(id)?.updates ?? 0) + 1;
      poses.set(id, { x: wireToMetres(pose.xCm), z: wireToMetres(pose.zCm), yaw: wireToYaw(pose.yaw), anim: wireToAnim(pose.anim), updates });
    });
    if (count < 0) throw new Error(`a malformed poses message (${bytes.length} B)`);
  });
}

/**
 * Gives every server → client message type a handler on a test client, as the page's client has
 * (the SDK warns "onMessage() not registered" for each message no test listened to, which buried
 * real warnings in the test output). Positions (`poses`) are decoded by `trackPoses`; the other
 * types are checked against their model schema, so a malformed message fails loudly here too.
 * Handlers added later (`inbox`) receive the same messages: the SDK keeps every handler of a type.
 */
export function listenToEveryMessage(room: Room): void {
  if (!receivedPoses.has(room)) trackPoses(room);
  for (const type of Object.keys(ServerMessages) as ServerMessageType[]) {
    room.onMessage(type, (message: unknown) => {
      const parsed = ServerMessages[type].safeParse(message);
      if (!parsed.success) throw new Error(`a malformed '${type}' message: ${JSON.stringify(message)}`);
    });
  }
}

/** Where `room` last saw avatar `id` (its own by default), in metres; undefined while not in its view or not posed yet. */
export const positionOf = (room: Room, id = room.sessionId): { x: number; z: number } | undefined => {
  const pose = avatars(room).get(id) ? receivedPoses.get(room)?.get(id) : undefined;
  return pose ? { x: pose.x, z: pose.z } : undefined;
};

/** How many poses of avatar `id` `room` has received. */
/** The animation of an avatar as this client last received it (it travels with the pose). */
export const animOf = (room: Room, id: string): AvatarAnim | undefined => receivedPoses.get(room)?.get(id)?.anim;
export const poseUpdatesOf = (room: Room, id: string): number => receivedPoses.get(room)?.get(id)?.updates ?? 0;

/** Collects every server message of the given types a room receives. */
export function inbox(room: Room, ...types: ServerMessageType[]): { type: string; message: unknown }[] {
  const received: { type: string; message: unknown }[] = [];
  for (const type of types) room.onMessage(type, (message: unknown) => received.push({ type, message }));
  return received;
}

export function walkGrid(view: HallView): WalkGrid {
  return buildWalkGrid(view.layout.size, walkObstacles(view));
}

/**
 * Walks the room's avatar to `to` along a walkable path, 0.5 m per move at 10 Hz (under the
 * speed cap), and waits until the room's own copy of the avatar stands there.
 */
export async function walkTo(room: Room, grid: WalkGrid, to: { x: number; z: number }): Promise<void> {
  const from = await until(() => positionOf(room), 'own avatar');
  const path = findPath(grid, from, to);
  if (!path) throw new Error(`no path from ${JSON.stringify(from)} to ${JSON.stringify(to)}`);
  let at = from;
  for (const corner of path.slice(1)) {
    const d = Math.hypot(corner.x - at.x, corner.z - at.z);
    const steps = Math.max(1, Math.ceil(d / 0.5));
    for (let s = 1; s <= steps; s++) {
      room.send('move', { x: at.x + ((corner.x - at.x) * s) / steps, z: at.z + ((corner.z - at.z) * s) / steps, yaw: 0, anim: 'walk' });
      await new Promise((r) => setTimeout(r, 100));
    }
    at = corner;
  }
  const last = path[path.length - 1]!;
  await until(() => {
    const p = positionOf(room);
    return p && Math.hypot(p.x - last.x, p.z - last.z) < 0.05;
  }, 'the walk to end');
}

/** A point inside the booth of `slotId` that can be walked to from `from`, as near its middle as may be. */
export function insideBooth(view: HallView, grid: WalkGrid, slotId: string, from = view.layout.spawnPoints[0]!): { x: number; z: number } {
  const slot = view.layout.slots.find((s) => s.id === slotId)!;
  const rect = footprintRect(slot);
  const cx = (rect.minX + rect.maxX) / 2;
  const cz = (rect.minZ + rect.maxZ) / 2;
  const candidates: { x: number; z: number; d: number }[] = [];
  for (let x = rect.minX + 0.4; x <= rect.maxX - 0.4; x += 0.25) {
    for (let z = rect.minZ + 0.4; z <= rect.maxZ - 0.4; z += 0.25) candidates.push({ x, z, d: Math.hypot(x - cx, z - cz) });
  }
  candidates.sort((a, b) => a.d - b.d);
  for (const c of candidates) {
    const path = findPath(grid, from, c);
    const end = path?.[path.length - 1];
    if (end && Math.hypot(end.x - c.x, end.z - c.z) < 0.01) return { x: c.x, z: c.z };
  }
  throw new Error(`no reachable spot inside booth ${slotId}`);
}

/** An aisle point at least `distance` metres from `from`, reachable on foot. */
export function farPoint(view: HallView, grid: WalkGrid, from: { x: number; z: number }, distance: number): { x: number; z: number } {
  let best: { x: number; z: number; d: number } | undefined;
  for (let x = 1; x < view.layout.size.width - 1; x += 1) {
    for (let z = 1; z < view.layout.size.depth - 1; z += 1) {
      const i = Math.floor(x / grid.cellSize);
      const j = Math.floor(z / grid.cellSize);
      if (grid.blocked[j * grid.cols + i] !== 0) continue;
      const d = Math.hypot(x - from.x, z - from.z);
      if (d >= distance && (!best || d < best.d) && findPath(grid, from, { x, z })) best = { x, z, d };
      if (best && best.d < distance + 1) return best;
    }
  }
  if (!best) throw new Error(`no reachable point ${distance} m away`);
  return best;
}

/** The hall and slot of the demo exhibitor's booth (its staff's booth channel). */
export async function demoExhibitorBooth(t: RoomTestServer): Promise<{ hallId: string; view: HallView; slotId: string; boothId: string }> {
  for (const hallId of ['hall-1', 'hall-2']) {
    const view = await t.hall(hallId);
    const booth = view.booths.find((b) => b.exhibitorId === DEMO_ACCOUNTS.exhibitor.exhibitorId);
    if (booth) return { hallId, view, slotId: booth.slotId, boothId: booth.design.id };
  }
  throw new Error('the demo exhibitor has no booth');
}
