import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server as ColyseusServer } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HALL_ROOM, type HallView } from '../../model';
import { createHallRoom } from './hall-room';
import { startRoomTestServer, until, type RoomTestServer } from './room-test-support';
import { DEFAULT_ROOM_SETTINGS } from './room-settings';
import { createWordFilter } from './word-filter';

/**
 * Colyseus arms a room's patch timer before `onCreate` runs, and the hall room's `onCreate` waits
 * for the hall to load from the store. A store slower than one patch interval (a busy database)
 * must not make the timer tick a room that is not built yet: that threw and stopped the process.
 */
describe('hall room whose hall loads slowly', () => {
  let source: RoomTestServer;
  let colyseus: ColyseusServer;
  let url = '';
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);

  beforeAll(async () => {
    source = await startRoomTestServer();
    const view: HallView = await source.hall('hall-1');
    const httpServer = createServer();
    colyseus = new ColyseusServer({ transport: new WebSocketTransport({ server: httpServer }), greet: false, gracefullyShutdown: false });
    colyseus.define(
      HALL_ROOM,
      createHallRoom({
        // Ten patch intervals and more.
        findHall: async (hallId) => {
          await new Promise((r) => setTimeout(r, 600));
          return hallId === 'hall-1' ? { expoId: 'expo-1', view } : undefined;
        },
        readSession: async () => undefined,
        recordEvents: async () => undefined,
        settings: DEFAULT_ROOM_SETTINGS,
        words: createWordFilter([]),
      }),
    ).filterBy(['hallId']);
    await colyseus.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    process.on('uncaughtException', onUncaught);
  }, 60_000);

  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await colyseus?.gracefullyShutdown(false);
    await source?.close();
  });

  it('seats the first visitor once the hall is there, and nothing throws while it loads', async () => {
    const room: Room = await new Client(url).joinOrCreate(HALL_ROOM, { hallId: 'hall-1', name: 'Ada' });
    const avatars = () => (room.state as { avatars?: { size: number } } | undefined)?.avatars?.size ?? 0;
    await until(() => avatars() === 1, 'Ada in the state');
    expect(uncaught).toEqual([]);
    await room.leave();
  });
});
