import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WALK_RULES, type FloorRect } from '../model';
import { launchChromium } from './support/chromium';
import { startServerProcess, type ServerProcess } from './support/server-process';

const SHOTS = resolve(import.meta.dirname, '../.e2e-screenshots');
/** A small laptop window: software rendering's frame time grows with the pixels drawn. */
const DESKTOP = { width: 960, height: 540 };

/** Distance from (x, z) to the nearest obstacle rectangle (0 inside one). */
function clearance(obstacles: readonly FloorRect[], x: number, z: number): number {
  let best = Infinity;
  for (const r of obstacles) {
    const dx = Math.max(r.minX - x, 0, x - r.maxX);
    const dz = Math.max(r.minZ - z, 0, z - r.maxZ);
    best = Math.min(best, Math.hypot(dx, dz));
  }
  return best;
}

const pose = (page: Page) => page.evaluate(() => window.openExpo!.pose()!);

/**
 * What the body cannot enter, as the page's physics world has it now: the walk rule's obstacles
 * with every product plinth at its loaded model's size (not the walk grid's default size).
 */
const obstaclesNow = (page: Page): Promise<FloorRect[]> => page.evaluate(() => window.openExpo!.obstacles());

/**
 * Samples the pose every ~50 ms while `act` runs (keys held, a stick pushed), returning the
 * smallest clearance to any obstacle seen (the body must never come closer than its radius,
 * less the controller's skin and sampling slack, and must have got near something) and the
 * length walked.
 */
async function watchClearance(page: Page, act: () => Promise<void>): Promise<{ min: number; moved: number }> {
  const obstacles = await obstaclesNow(page);
  let min = Infinity;
  let running = true;
  let last = await pose(page);
  let moved = 0;
  const sampler = (async () => {
    while (running) {
      const p = await pose(page);
      moved += Math.hypot(p.x - last.x, p.z - last.z);
      last = p;
      min = Math.min(min, clearance(obstacles, last.x, last.z));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    await act();
  } finally {
    running = false;
    await sampler;
  }
  return { min, moved };
}

/** Frames the page has drawn since `countFrames` (one per animation frame, as the engine renders). */
type FrameCounter = Window & { e2eFrames?: number };

async function countFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as FrameCounter;
    w.e2eFrames = 0;
    const tick = () => {
      w.e2eFrames!++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Keeps a move going (a key held, the stick pushed) until the visitor has walked `metres` from
 * where it started or is stopped by something (less than 3 cm over the last 8 frames: sliding
 * along a wall is still moving; counted in frames, as software rendering under load may draw
 * only a few a second), or `timeoutMs` passes. Then `release`.
 */
async function moveUntil(page: Page, press: () => Promise<void>, release: () => Promise<void>, metres: number, timeoutMs = 60_000): Promise<void> {
  const sample = () => page.evaluate(() => ({ ...window.openExpo!.pose()!, frame: (window as FrameCounter).e2eFrames ?? 0 }));
  const start = await sample();
  await press();
  const t0 = Date.now();
  const trail: { frame: number; x: number; z: number }[] = [];
  for (;;) {
    const p = await sample();
    trail.push(p);
    while (trail.length > 1 && p.frame - trail[1]!.frame >= 8) trail.shift();
    const old = trail[0]!;
    const stopped = p.frame - start.frame > 15 && p.frame - old.frame >= 8 && Math.hypot(p.x - old.x, p.z - old.z) < 0.03;
    if (stopped || Math.hypot(p.x - start.x, p.z - start.z) >= metres || Date.now() - t0 > timeoutMs) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await release();
}

/**
 * Opens hall 1 at booth a-01's link: the visitor stands in the aisle before the booth, facing it,
 * 5.5 m from the west hall wall (a short walk to either: software rendering walks slowly).
 */
async function openHall(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/hall/hall-1?booth=a-01&lang=en`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.openExpo?.phase === 'done', { timeout: 120_000, polling: 250 });
  await page.waitForFunction(() => window.openExpo?.stats()?.physicsReady === true, { timeout: 60_000, polling: 250 });
  await countFrames(page);
}

/** Taps/clicks the floor a little below the view's centre, waits for the walk to end, returns the events. */
async function walkToFloor(page: Page, tap: (x: number, y: number) => Promise<void>, width: number, height: number) {
  const before = await page.evaluate(() => window.openExpo!.walks().length);
  await tap(width / 2, height * 0.78);
  await page.waitForFunction((n) => window.openExpo!.walks().length > n, { timeout: 10_000, polling: 100 }, before);
  const started = (await page.evaluate(() => window.openExpo!.walks())).slice(before)[0]!;
  expect(started.type, 'the tap started a walk').toBe('started');
  await page.waitForFunction((n) => window.openExpo!.walks().slice(n).some((w) => w.type === 'ended'), { timeout: 60_000, polling: 100 }, before);
  const ended = (await page.evaluate(() => window.openExpo!.walks())).slice(before).find((w) => w.type === 'ended')!;
  return { started, ended };
}

describe('walking through the hall', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServerProcess();
    browser = await launchChromium(DESKTOP.width, DESKTOP.height);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // The capsule keeps the controller's skin less a little sampling slack from what it touches.
  const minClearance = WALK_RULES.visitorRadius - 0.05;

  it('desktop: keys walk into booth and hall walls without entering them; a click on the floor walks there', async () => {
    const page = await browser.newPage();
    await page.setViewport(DESKTOP);
    await openHall(page, server.url);
    await page.focus('expo-hall-page');
    const canvas = await page.evaluateHandle(() => document.querySelector('expo-hall-page')!.shadowRoot!.querySelector('canvas')!);
    await canvas.focus();

    // Forward into the booth until its wall or a plinth stops us, back out, then running left
    // into the hall's west wall.
    const key = (code: KeyInput, metres: number) => moveUntil(page, () => page.keyboard.down(code), () => page.keyboard.up(code), metres);
    const run = await watchClearance(page, async () => {
      await key('KeyW', 10);
      await key('KeyS', 2.5);
      await page.keyboard.down('ShiftLeft');
      await key('KeyA', 10);
      await page.keyboard.up('ShiftLeft');
    });
    expect(run.moved, 'the visitor moved').toBeGreaterThan(1);
    expect(run.min, 'never inside an obstacle').toBeGreaterThanOrEqual(minClearance);
    expect(run.min, 'pressed against a wall at some point').toBeLessThan(WALK_RULES.visitorRadius + 0.15);
    await page.screenshot({ path: `${SHOTS}/walking-desktop-keys.png` });

    // Click the floor ahead: the path is drawn and walked.
    const from = await pose(page);
    const walk = await watchClearance(page, async () => {
      const { started, ended } = await walkToFloor(page, (x, y) => page.mouse.click(x, y), DESKTOP.width, DESKTOP.height);
      expect(ended.reason).toBe('arrived');
      const end = await pose(page);
      expect(Math.hypot(end.x - started.x!, end.z - started.z!)).toBeLessThan(0.2);
    });
    expect(walk.moved, 'walked a few metres').toBeGreaterThan(1.5);
    expect(walk.min).toBeGreaterThanOrEqual(minClearance);
    const to = await pose(page);
    expect(Math.hypot(to.x - from.x, to.z - from.z)).toBeGreaterThan(1.5);

    // Third person: V puts the camera behind the avatar.
    await page.keyboard.press('v');
    await page.waitForFunction(() => window.openExpo!.cameraMode === 'third-person', { timeout: 5000 });
    await page.screenshot({ path: `${SHOTS}/walking-desktop-third-person.png` });
    await page.close();
  });

  it('phone with touch: the stick walks without passing through anything; a tap on the floor walks there', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    await openHall(page, server.url);
    const stick = await page.waitForFunction(
      () => {
        const el = document.querySelector('expo-hall-page')?.shadowRoot?.querySelector('expo-touch-stick');
        const ring = el?.shadowRoot?.querySelector('[data-testid="touch-stick"]');
        if (!ring) return null;
        const r = ring.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, size: r.width };
      },
      { timeout: 15_000, polling: 100 },
    );
    const s = (await stick.jsonValue())!;
    await page.screenshot({ path: `${SHOTS}/walking-phone-stick.png` });

    const run = await watchClearance(page, async () => {
      // Push the stick up (into the booth, until something stops us), pull it down (back out), then left (into the west hall wall).
      await page.touchscreen.touchStart(s.x, s.y);
      const push = (dx: number, dy: number, metres: number) =>
        moveUntil(page, () => page.touchscreen.touchMove(s.x + dx * s.size, s.y + dy * s.size), async () => undefined, metres);
      await push(0, -0.45, 10);
      await push(0, 0.3, 2.5);
      await push(-0.45, 0, 10);
      await page.touchscreen.touchEnd();
    });
    expect(run.moved, 'the stick moved the visitor').toBeGreaterThan(2);
    expect(run.min).toBeGreaterThanOrEqual(minClearance);
    expect(run.min, 'pressed against a wall at some point').toBeLessThan(WALK_RULES.visitorRadius + 0.15);
    await page.screenshot({ path: `${SHOTS}/walking-phone-after-stick.png` });

    const walk = await watchClearance(page, async () => {
      const { ended } = await walkToFloor(page, (x, y) => page.touchscreen.tap(x, y), 390, 844);
      expect(['arrived', 'blocked']).toContain(ended.reason);
    });
    expect(walk.min).toBeGreaterThanOrEqual(minClearance);
    await page.close();
  });
});
