import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HALL_ROOM, HallInstanceList } from '../../model';
import { createPostgresDatabase, POSTGRES_TEST_URL } from '../store/testing/test-stores';
import { poseUpdatesOf, positionOf, trackPoses } from './room-test-support';
import { matchmakingBackends, redactUrl } from './scale-out';

/**
 * Two real server processes on two ports share one Redis (matchmaking) and one database. CI sets
 * `EXPO_TEST_REDIS_URL` (from `.ci/start-redis`) and `EXPO_REQUIRE_REDIS=1`, which turns a missing
 * URL into a failure instead of a skip.
 */
const REDIS_URL = process.env.EXPO_TEST_REDIS_URL?.trim() || undefined;
const HOW_TO = 'start one with `export EXPO_TEST_REDIS_URL=$(.ci/start-redis)` (needs Debian redis-server)';
if (!REDIS_URL) {
  if (process.env.EXPO_REQUIRE_REDIS === '1') throw new Error(`EXPO_REQUIRE_REDIS=1 but EXPO_TEST_REDIS_URL is not set: ${HOW_TO}`);
  if (!process.env.EXPO_QUIET_SKIPS) console.warn(`[rooms scale-out test] skipped: EXPO_TEST_REDIS_URL is not set; ${HOW_TO}.`);
}

const repoRoot = resolve(import.meta.dirname, '../..');

interface ServerProcess {
  url: string;
  port: number;
  /** Colyseus process id, as it logs it at start. */
  processId: string;
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/** `tsx server/main.ts` on its own port, told to share rooms through Redis; resolves when it serves. */
async function startProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', EXPO_ROOM_PUBLIC_ADDRESS: `127.0.0.1:${port}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const processId = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start within 60 s:\n${log}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const id = /this process is (\S+)/.exec(log)?.[1];
      if (id && /serving the demo fair at/.test(log)) {
        clearTimeout(timer);
        done(id);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      fail(new Error(`server exited with code ${child.exitCode}:\n${log}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    processId,
    output: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function until<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}


describe.skipIf(!REDIS_URL)('rooms across two server processes sharing Redis', () => {
  const servers: ServerProcess[] = [];
  const rooms: Room[] = [];
  let dataRoot: string;
  let dropDatabase: (() => Promise<void>) | undefined;
  let database: string;

  beforeAll(async () => {
    dataRoot = mkdtempSync(join(tmpdir(), 'expo-scale-out-'));
    // One database for both: PostgreSQL when the tests have one, else one SQLite file in WAL mode,
    // which two processes on one machine may open together.
    if (POSTGRES_TEST_URL) {
      const pg = await createPostgresDatabase();
      database = pg.url;
      dropDatabase = pg.drop;
    } else {
      database = `sqlite:${join(dataRoot, 'shared.sqlite')}`;
    }
    const shared = { REDIS_URL: REDIS_URL!, DATABASE_URL: database, SESSION_SECRET: 'scale-out-test-secret-of-at-least-32-chars' };
    // One after the other: the first seeds the empty database, the second finds it seeded.
    servers.push(await startProcess({ ...shared, DATA_DIR: join(dataRoot, 'a') }));
    servers.push(await startProcess({ ...shared, DATA_DIR: join(dataRoot, 'b') }));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await dropDatabase?.();
    if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
  });

  const [a, b] = [() => servers[0]!, () => servers[1]!];
  async function listing(server: ServerProcess, hallId: string): Promise<HallInstanceList> {
    const res = await fetch(`${server.url}/api/halls/${hallId}/instances`);
    expect(res.status).toBe(200);
    return HallInstanceList.parse(await res.json());
  }

  it('starts two processes with their own process ids on their own ports', () => {
    expect(a().processId).not.toBe(b().processId);
    expect(a().port).not.toBe(b().port);
    expect(a().output()).toMatch(/matchmaking shared through Redis/);
  });

  it('seats a client that asks process A in a room living on process B, and state flows both ways', async () => {
    // Rooms are created by the process asked (see createRoomsHere): this one lives on B.
    // If B cannot be reached, say what B printed: a bare "fetch failed" tells nothing.
    const host = await new Client(b().url).create(HALL_ROOM, { hallId: 'hall-1', name: 'Host' }).catch((error: unknown) => {
      throw new Error(`${String(error)}; process B printed: ${b().output().slice(-3000)}`);
    });
    trackPoses(host);
    rooms.push(host);
    const placed = await until(async () => (await listing(a(), 'hall-1')).items.find((i) => i.roomId === host.roomId), "B's room in A's listing");
    expect(placed.processId).toBe(b().processId);

    const guest = await new Client(a().url).joinOrCreate(HALL_ROOM, { hallId: 'hall-1', name: 'Guest' });
    trackPoses(guest);
    rooms.push(guest);
    expect(guest.roomId).toBe(host.roomId);
    // A reserved the seat (over Redis); the socket went straight to B, named in the reservation.
    expect(guest.connection.url).toContain(`127.0.0.1:${b().port}/${b().processId}/${host.roomId}`);

    const seenByGuest = await until(() => positionOf(guest, host.sessionId), 'the guest to see the host');
    const seenByHost = await until(() => positionOf(host, guest.sessionId), 'the host to see the guest');
    const hostX = seenByGuest.x;
    const guestX = seenByHost.x;
    const guestPosesBefore = poseUpdatesOf(guest, host.sessionId);
    host.send('move', { x: hostX + 0.5, z: seenByGuest.z, yaw: 90 });
    guest.send('move', { x: guestX - 0.5, z: seenByHost.z, yaw: 270 });
    await until(() => Math.abs(positionOf(guest, host.sessionId)!.x - (hostX + 0.5)) < 0.011, "the host's move to reach the guest");
    await until(() => Math.abs(positionOf(host, guest.sessionId)!.x - (guestX - 0.5)) < 0.011, "the guest's move to reach the host");
    expect(poseUpdatesOf(guest, host.sessionId)).toBeGreaterThan(guestPosesBefore);
  });

  it('lists the instances of both processes from either process', async () => {
    const first = rooms[0]!;
    const second = await new Client(a().url).create(HALL_ROOM, { hallId: 'hall-1', name: 'Second' });
    rooms.push(second);
    for (const server of servers) {
      const list = await until(async () => {
        const l = await listing(server, 'hall-1');
        return l.items.length === 2 && l.visitors === 3 ? l : undefined;
      }, `both instances with three visitors in ${server.url}'s listing`);
      expect(list.items.map((i) => i.roomId).sort()).toEqual([first.roomId, second.roomId].sort());
      expect(new Set(list.items.map((i) => i.processId))).toEqual(new Set([a().processId, b().processId]));
    }
  });
});

describe('matchmaking backends', () => {
  it('uses the in-process defaults without REDIS_URL, and says how to share rooms', () => {
    const backends = matchmakingBackends({});
    expect(backends.presence).toBeUndefined();
    expect(backends.driver).toBeUndefined();
    expect(backends.selectProcessIdToCreateRoom).toBeUndefined();
    expect(backends.description).toMatch(/REDIS_URL/);
  });

  it('keeps passwords out of the start-up log', () => {
    expect(redactUrl('redis://:s3cret@redis.internal:6379/2')).toBe('redis://:***@redis.internal:6379/2');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
