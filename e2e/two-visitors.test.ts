import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { nonBackgroundShare } from './support/pixels';
import { startServerProcess, type ServerProcess } from './support/server-process';

const SHOTS = resolve(import.meta.dirname, '../.e2e-screenshots');

/** Waits until the hall page has built the hall and joined the room. */
async function openHall(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('[page error]', error));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.openExpo?.phase === 'done' && !!window.openExpo.sessionId, { timeout: 90_000, polling: 250 });
  return page;
}

describe('two visitors in one hall', () => {
  let server: ServerProcess;
  // Two browsers, as two people at two machines: a tab behind another one is hidden and stops
  // rendering, which would freeze one of the two views.
  let browser: Browser;
  let otherBrowser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServerProcess();
    [browser, otherBrowser] = await Promise.all([launchChromium(), launchChromium()]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), otherBrowser?.close()]);
    await server?.stop();
  });

  it('the lobby lists the demo halls', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
    const halls = await page.waitForFunction(
      () => {
        const list = document.querySelector('expo-lobby-page')?.shadowRoot?.querySelectorAll('[data-hall-id]');
        return list && list.length > 0 ? [...list].map((li) => li.getAttribute('data-hall-id')) : null;
      },
      { timeout: 30_000 },
    );
    expect(await halls.jsonValue()).toEqual(expect.arrayContaining(['hall-1', 'hall-2']));
    await page.screenshot({ path: `${SHOTS}/lobby.png` });
    await page.close();
  });

  it('renders the hall and each visitor sees the other walk', async () => {
    const hallUrl = `${server.url}/hall/hall-1?lang=en`;
    const first = await openHall(browser, hallUrl);
    const second = await openHall(otherBrowser, hallUrl);

    await first.screenshot({ path: `${SHOTS}/hall-first.png` });
    // Measure the 3D canvas alone: the page's top bar and help line sit over it and must not
    // make a blank canvas look drawn.
    const canvasPng = await first.evaluate(() => {
      const canvas = document.querySelector('expo-hall-page')!.shadowRoot!.querySelector('canvas')!;
      return canvas.toDataURL('image/png').split(',')[1]!;
    });
    const share = nonBackgroundShare(Buffer.from(canvasPng, 'base64'));
    expect(share, 'share of non-background pixels in the hall view').toBeGreaterThan(0.15);

    const firstId = (await first.evaluate(() => window.openExpo!.sessionId))!;
    const seen = await second.waitForFunction(
      (id) => window.openExpo!.remotePositions()[id] ?? null,
      { timeout: 30_000, polling: 100 },
      firstId,
    );
    const before = (await seen.jsonValue()) as { x: number; z: number };
    // Both pages say two people are in the hall.
    for (const page of [first, second]) {
      await page.waitForFunction(
        () => document.querySelector('expo-hall-page')?.shadowRoot?.querySelector('[data-testid="online"]')?.textContent?.trim() === '2 online',
        { timeout: 15_000, polling: 100 },
      );
    }

    // Walk forward with the real keyboard until the engine says we covered 2 m.
    const start = (await first.evaluate(() => window.openExpo!.pose()))!;
    await first.focus('expo-hall-page >>> canvas');
    await first.keyboard.down('KeyW');
    await first.waitForFunction(
      (x0, z0) => {
        const p = window.openExpo!.pose()!;
        return Math.hypot(p.x - x0, p.z - z0) > 2;
      },
      { timeout: 30_000, polling: 50 },
      start.x,
      start.z,
    );
    await first.keyboard.up('KeyW');
    const after = (await first.evaluate(() => window.openExpo!.pose()))!;

    // The second page's avatar of the first visitor follows, within half a metre.
    await second.waitForFunction(
      (id, x, z) => {
        const p = window.openExpo!.remotePositions()[id];
        return !!p && Math.hypot(p.x - x, p.z - z) < 0.5;
      },
      { timeout: 30_000, polling: 100 },
      firstId,
      after.x,
      after.z,
    );
    const followed = (await second.evaluate((id) => window.openExpo!.remotePositions()[id], firstId))!;
    expect(Math.hypot(followed.x - before.x, followed.z - before.z)).toBeGreaterThan(1.5);
    await second.screenshot({ path: `${SHOTS}/hall-second.png` });
    writeFileSync(`${SHOTS}/walk.json`, JSON.stringify({ share, before, after, followed }, null, 2));
  });
});
