import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HallInstanceList } from '../model';
import { launchChromium } from './support/chromium';
import { joined, openHall, textOf, until, waitFor } from './support/hall-page';
import { startServerProcess, type ServerProcess } from './support/server-process';

const roomIdOf = (page: Page) => page.evaluate(() => window.openExpo?.roomId);

async function instances(url: string): Promise<HallInstanceList> {
  const response = await fetch(`${url}/api/halls/hall-1/instances`);
  return HallInstanceList.parse(await response.json());
}

/**
 * Hall instances in real browsers, one seat per instance (EXPO_ROOM_MAX_CLIENTS=1): the second
 * visitor lands in a second instance, the API and the lobby show both taken, and following the
 * first visitor's invite link into the full instance says so and seats the follower elsewhere.
 */
describe('hall instances', () => {
  let server: ServerProcess;
  let first: Browser;
  let second: Browser;
  let ada: Page;
  let bo: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServerProcess({ EXPO_ROOM_MAX_CLIENTS: '1' });
    [first, second] = await Promise.all([launchChromium(800, 600), launchChromium(800, 600)]);
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await server?.stop();
  });

  it('seats the second visitor in a second instance, and the API and the lobby show both taken', async () => {
    ada = await openHall(first, `${server.url}/hall/hall-1?lang=en`, errors);
    bo = await openHall(second, `${server.url}/hall/hall-1?lang=en`, errors);
    const [adaRoom, boRoom] = [await roomIdOf(ada), await roomIdOf(bo)];
    expect(adaRoom).toBeTruthy();
    expect(boRoom).toBeTruthy();
    expect(boRoom).not.toBe(adaRoom);

    const list = await until(() => instances(server.url), (l) => l.items.length === 2, 'two instances listed');
    expect(list.visitors).toBe(2);
    expect(list.items.map((i) => i.roomId).sort()).toEqual([adaRoom, boRoom].sort());
    for (const item of list.items) expect(item).toMatchObject({ clients: 1, maxClients: 1, open: false });

    const lobby = await first.newPage();
    await lobby.goto(`${server.url}/?lang=en`, { waitUntil: 'domcontentloaded' });
    const occupancy = await until(
      () => textOf(lobby, 'expo-lobby-page >>> [data-hall-id="hall-1"] [data-testid="occupancy"]'),
      (t) => t.length > 0,
      'the lobby occupancy of hall 1',
    );
    expect(occupancy).toContain('2 visitors in 2 instances');
    await lobby.close();
  });

  it("following an invite link into a full instance says why and seats the follower in another one", async () => {
    const adaRoom = await roomIdOf(ada);
    // Ada copies her invite link (the clipboard is allowed for this origin here).
    await first.defaultBrowserContext().overridePermissions(server.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await (await waitFor(ada, 'expo-hall-page >>> expo-invite-link >>> [data-testid="invite-link"]')).click();
    const link = await until(() => ada.evaluate(() => navigator.clipboard.readText()), (t) => t.includes('instance='), 'the invite link on the clipboard');
    expect(new URL(link).searchParams.get('instance')).toBe(adaRoom);

    // Bo opens it: Ada's instance is full.
    await bo.goto(link, { waitUntil: 'domcontentloaded' });
    await joined(bo);
    const notice = await until(() => textOf(bo, 'expo-hall-page >>> [data-testid="instance-refused"]'), (t) => t.length > 0, 'the refused notice');
    expect(notice).toContain("Could not join your friend's instance (it is full");
    const boRoom = await roomIdOf(bo);
    expect(boRoom).toBeTruthy();
    expect(boRoom).not.toBe(adaRoom);
    // The server agrees: Ada's instance still holds one visitor (Ada), and Bo holds a seat in another.
    const list = await until(() => instances(server.url), (l) => l.items.some((i) => i.roomId === boRoom && i.clients === 1), "Bo's seat listed");
    expect(list.items.find((i) => i.roomId === adaRoom)).toMatchObject({ clients: 1, open: false });
    expect(errors).toEqual([]);
  });
});
