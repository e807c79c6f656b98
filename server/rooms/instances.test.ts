import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HALL_ROOM, HallInstanceList } from '../../model';
import { startExpoServer, type ExpoServer } from '../expo-server';
import { listenToEveryMessage } from './room-test-support';

/** Polls `check` until it holds (no fixed sleeps). */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('hall instances (real server, real sockets, two seats per instance)', () => {
  let server: ExpoServer;
  let dataDir: string;
  const seated: Room[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hall-instances-'));
    server = await startExpoServer({ port: 0, host: '127.0.0.1', dataDir, maxClientsPerRoom: 2, log: () => undefined });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const client = () => new Client(server.url);
  async function enter(name: string, hallId = 'hall-1'): Promise<Room> {
    const room = await client().joinOrCreate(HALL_ROOM, { hallId, name });
    listenToEveryMessage(room);
    seated.push(room);
    return room;
  }
  async function instances(hallId: string): Promise<{ status: number; body: unknown; cacheControl: string | null }> {
    const res = await fetch(`${server.url}/api/halls/${hallId}/instances`);
    return { status: res.status, body: await res.json(), cacheControl: res.headers.get('cache-control') };
  }

  it('seats the third visitor of a hall in a second instance, although the client asked joinOrCreate', async () => {
    const a = await enter('Ada');
    const b = await enter('Bo');
    expect(b.roomId).toBe(a.roomId);
    const c = await enter('Cy');
    expect(c.roomId).not.toBe(a.roomId);
    // The second instance serves the same hall: a fourth visitor fills it, a fifth opens a third.
    const d = await enter('Di');
    expect(d.roomId).toBe(c.roomId);
    const e = await enter('Ed');
    expect(new Set([a.roomId, c.roomId, e.roomId]).size).toBe(3);
  });

  it('refuses joinById into a full instance', async () => {
    const full = seated[0]!.roomId;
    await expect(client().joinById(full, { hallId: 'hall-1', name: 'Late' })).rejects.toThrow(/locked|full/);
  });

  it('refuses joinById into an instance of another hall, and seats a friend who names the right hall', async () => {
    const open = seated[4]!.roomId; // Ed's instance holds one of two
    await expect(client().joinById(open, { hallId: 'hall-2', name: 'Wrong' })).rejects.toThrow(/belongs to hall "hall-1"/);
    const friend = await client().joinById(open, { hallId: 'hall-1', name: 'Friend' });
    listenToEveryMessage(friend);
    seated.push(friend);
    expect(friend.roomId).toBe(open);
  });

  it('lists every instance of a hall with its occupancy (GET /api/halls/:id/instances)', async () => {
    // Listing counts follow joins asynchronously: wait until all six seats show.
    let list: HallInstanceList | undefined;
    await until(async () => {
      const answer = await instances('hall-1');
      expect(answer.status).toBe(200);
      expect(answer.cacheControl).toBe('no-store');
      list = HallInstanceList.parse(answer.body);
      return list.visitors === 6;
    }, 'six visitors in the listing');
    const byRoom = new Map(list!.items.map((i) => [i.roomId, i]));
    expect([...byRoom.keys()].sort()).toEqual([seated[0]!.roomId, seated[2]!.roomId, seated[4]!.roomId].sort());
    for (const item of list!.items) expect(item).toMatchObject({ clients: 2, maxClients: 2, open: false, processId: expect.any(String) });
    // Another hall's instances are not listed with these.
    expect(HallInstanceList.parse((await instances('hall-2')).body)).toMatchObject({ hallId: 'hall-2', visitors: 0, items: [] });
  });

  it('shows a freed seat as open again after a visitor leaves', async () => {
    const leaving = seated[5]!;
    const roomId = leaving.roomId;
    await leaving.leave(true);
    await until(async () => {
      const list = HallInstanceList.parse((await instances('hall-1')).body);
      const item = list.items.find((i) => i.roomId === roomId);
      return item?.clients === 1 && item.open;
    }, 'the freed seat to show');
  });

  it('answers 404 for an unknown hall and 400 for a malformed id', async () => {
    expect((await instances('no-such-hall')).status).toBe(404);
    expect((await instances('bad%20id!')).status).toBe(400);
  });

  it('documents the route in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const op = doc.paths['/api/halls/{id}/instances']?.get;
    expect(op).toBeDefined();
    expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(['200', '404']));
  });
});
