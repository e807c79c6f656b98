import type { BoundingBox, ElementHandle, Page, Viewport } from 'puppeteer-core';
import { buildWalkGrid, findPath, footprintRect, HallView, isWalkable, walkObstacles, type WalkGrid } from '../../model';
import { waitFor as waitForDeep } from './deep-query';

/**
 * Driving the hall page in the rooms' end-to-end tests: open it, reach into its shadow roots,
 * chat, and walk visitors where a test needs them (through the page's click-to-walk, so the room
 * follows at walking speed as it would a person).
 */

/**
 * Opens a hall page (in a browser or a browser context; at `viewport` when given, set before the
 * load so touch and phone sizes apply from the start) and waits until it has built the hall and
 * joined the room.
 */
export async function openHall(browser: { newPage(): Promise<Page> }, url: string, errors: string[] = [], viewport?: Viewport): Promise<Page> {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await joined(page);
  return page;
}

/** Waits until the page has built the hall and joined the room (after a load or a reload). */
export async function joined(page: Page): Promise<void> {
  await page.waitForFunction(() => window.openExpo?.phase === 'done' && !!window.openExpo.sessionId, { timeout: 240_000, polling: 250 });
}

/** Waits until a deep selector matches (see deep-query.ts), by default for up to 30 s: hall pages are slow to load. */
export function waitFor(page: Page, selector: string, timeout = 30_000): Promise<ElementHandle<Element>> {
  return waitForDeep(page, selector, timeout);
}

/** Polls `read` on the test side until `check` holds for its value; returns that value. */
export async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 150));
  }
}

export const CHAT = 'expo-hall-page >>> expo-hall-chat';
export const PEOPLE = 'expo-hall-page >>> expo-hall-people';

/** The chat lines the panel shows now (the open tab), whitespace collapsed. */
export function chatLines(page: Page): Promise<string[]> {
  return page.$$eval(`${CHAT} >>> [data-testid="chat-lines"] li`, (items) => items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Text of the first element matching a deep selector, whitespace collapsed ('' when none). */
export async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await page.$(selector);
  return handle ? (await handle.evaluate((el) => el.textContent ?? '')).replace(/\s+/g, ' ').trim() : '';
}

/** Where an element matching a deep selector is on the page (it must be there and rendered). */
export async function boxOf(page: Page, selector: string): Promise<BoundingBox> {
  const box = await (await waitFor(page, selector)).boundingBox();
  if (!box) throw new Error(`${selector} is not rendered`);
  return box;
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: BoundingBox, b: BoundingBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Types a chat message and sends it with Enter, as a visitor does. */
export async function typeChat(page: Page, text: string): Promise<void> {
  const input = await waitFor(page, `${CHAT} >>> input[name="text"]`);
  await input.click();
  await input.type(text);
  await page.keyboard.press('Enter');
}

/** Picks a chat tab ('near' is first, 'booth' second). */
export async function chatTab(page: Page, channel: 'near' | 'booth'): Promise<void> {
  const tabs = await page.$$(`${CHAT} >>> [role="tab"]`);
  await tabs[channel === 'near' ? 0 : 1]!.click();
}

export async function hallView(url: string, hallId: string): Promise<HallView> {
  const response = await fetch(`${url}/api/halls/${hallId}`);
  return HallView.parse(await response.json());
}

/** The engine's walk grid of a hall (same obstacles and clearance as click-to-walk). */
export function walkGridOf(view: HallView): WalkGrid {
  return buildWalkGrid(view.layout.size, walkObstacles(view));
}

/**
 * Walkable spots inside a booth reachable from the hall's first spawn point, nearest the
 * footprint's middle first (`count` of them, at least `apart` metres from each other).
 */
export function spotsInBooth(view: HallView, grid: WalkGrid, slotId: string, count: number, apart = 0.5): { x: number; z: number }[] {
  const slot = view.layout.slots.find((s) => s.id === slotId);
  if (!slot) throw new Error(`no slot ${slotId}`);
  const rect = footprintRect(slot);
  const cx = (rect.minX + rect.maxX) / 2;
  const cz = (rect.minZ + rect.maxZ) / 2;
  const from = view.layout.spawnPoints[0]!;
  const candidates: { x: number; z: number; d: number }[] = [];
  // A small inline booth keeps only a strip inside its open front free of its walls and counter.
  for (let x = rect.minX + 0.25; x <= rect.maxX - 0.25; x += 0.25) {
    for (let z = rect.minZ + 0.25; z <= rect.maxZ - 0.25; z += 0.25) candidates.push({ x, z, d: Math.hypot(x - cx, z - cz) });
  }
  candidates.sort((a, b) => a.d - b.d);
  const spots: { x: number; z: number }[] = [];
  for (const c of candidates) {
    if (!isWalkable(grid, c.x, c.z) || spots.some((s) => Math.hypot(s.x - c.x, s.z - c.z) < apart)) continue;
    const path = findPath(grid, from, c);
    const end = path?.[path.length - 1];
    if (end && Math.hypot(end.x - c.x, end.z - c.z) < 0.01) spots.push({ x: c.x, z: c.z });
    if (spots.length === count) return spots;
  }
  throw new Error(`only ${spots.length} reachable spots inside booth ${slotId}`);
}

/**
 * Walks the page's visitor to (x, z) by click-to-walk and waits until that walk ended: arrived,
 * or stopped by the body within half a metre of the goal (a booth's counter or wall can keep the
 * capsule from the last step where the walk grid, which is coarser, says it fits).
 */
export async function walkTo(page: Page, to: { x: number; z: number }): Promise<void> {
  const before = await page.evaluate(() => window.openExpo!.walks().length);
  const started = await page.evaluate((x, z) => window.openExpo!.walkTo(x, z), to.x, to.z);
  if (!started) throw new Error(`no path to ${JSON.stringify(to)}`);
  // The first 'ended' after this walk's 'started' (an earlier walk still going ends 'cancelled' first).
  const ended = await page.waitForFunction(
    (n) => {
      const walks = window.openExpo!.walks().slice(n);
      const own = walks.findIndex((w) => w.type === 'started');
      return own < 0 ? null : (walks.slice(own + 1).find((w) => w.type === 'ended') ?? null);
    },
    { timeout: 240_000, polling: 250 },
    before,
  );
  const outcome = (await ended.jsonValue()) as { reason?: string };
  const at = (await page.evaluate(() => window.openExpo!.pose()))!;
  const off = Math.hypot(at.x - to.x, at.z - to.z);
  if (outcome.reason !== 'arrived' && !(outcome.reason === 'blocked' && off < 0.5)) {
    throw new Error(`the walk to ${JSON.stringify(to)} ended ${outcome.reason} ${off.toFixed(2)} m short`);
  }
}

/** Where another page's room shows visitor `id` (undefined while not in its view). */
export function seenAt(page: Page, id: string): Promise<{ x: number; z: number } | undefined> {
  return page.evaluate((sid) => window.openExpo!.remotePositions()[sid], id);
}
