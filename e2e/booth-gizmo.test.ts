import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoothDesign, BoothItem } from '../model';
import { launchChromium } from './support/chromium';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { DEMO, openBoothEditor, signInPage } from './support/sign-in';

type Handle = 'x' | 'z' | 'floor' | 'yaw' | 'scale';
type Point = { x: number; y: number };

const design = (page: Page) => page.evaluate(() => window.openExpoEditor!.design()) as Promise<BoothDesign>;
const itemOf = async (page: Page, id: string) => (await design(page)).items.find((i) => i.id === id) as BoothItem;
const handlePoint = (page: Page, handle: Handle) => page.evaluate((h) => window.openExpoEditor!.gizmoHandlePoint(h) ?? null, handle) as Promise<Point | null>;
const problemText = (page: Page) =>
  page.evaluate(() => document.querySelector('expo-editor-page')?.shadowRoot?.querySelector('booth-editor')?.shadowRoot?.querySelector('[data-testid="place-problem"]')?.textContent?.trim() ?? '');
const clickEditor = (page: Page, testId: string) =>
  page.evaluate((id) => document.querySelector('expo-editor-page')!.shadowRoot!.querySelector('booth-editor')!.shadowRoot!.querySelector<HTMLElement>(`[data-testid="${id}"]`)!.click(), testId);
const undoCount = (page: Page) => page.evaluate(() => window.openExpoEditor!.canUndo());

/** Waits until the gizmo shows `handle` and the page has drawn it (two animation frames). */
async function waitForHandle(page: Page, handle: Handle): Promise<Point> {
  await page.waitForFunction((h) => !!window.openExpoEditor!.gizmoHandlePoint(h), { timeout: 30_000, polling: 100 }, handle);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return (await handlePoint(page, handle))!;
}

/** A unit screen direction from the item's centre toward a handle: dragging along it pulls the handle outward. */
async function outward(page: Page, itemId: string, from: Point): Promise<Point> {
  const centre = (await page.evaluate((id) => window.openExpoEditor!.itemClientPoint(id, 0), itemId))!;
  const len = Math.hypot(from.x - centre.x, from.y - centre.y);
  return { x: (from.x - centre.x) / len, y: (from.y - centre.y) / len };
}

async function mouseDrag(page: Page, from: Point, dir: Point, px: number, whileHeld?: () => Promise<void>): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = Math.max(6, Math.round(px / 12));
  for (let k = 1; k <= steps; k++) await page.mouse.move(from.x + (dir.x * px * k) / steps, from.y + (dir.y * px * k) / steps);
  await whileHeld?.();
  await page.mouse.up();
}

describe('booth editor gizmos', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServerProcess();
    browser = await launchChromium(1400, 900);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('drags the move arrow by grid steps (one undo puts it back), refuses a drag into a wall with the reason, turns by touch, scales with the knob', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await signInPage(page, server.url, DEMO.exhibitor);
    await openBoothEditor(page, server.url);

    // A palette click adds a seat on a free spot and selects it: the move gizmo appears on it.
    const before = await design(page);
    await clickEditor(page, 'palette-seating');
    const seat = (await design(page)).items.find((i) => !before.items.some((b) => b.id === i.id))!;
    expect(seat.kind).toBe('seating');
    const arrow = await waitForHandle(page, 'x');
    await page.screenshot({ path: '/tmp/gizmo-move.png' });
    expect(await page.evaluate(() => window.openExpoEditor!.gizmoMode())).toBe('move');

    // Pull the across arrow a little: the seat moves by whole grid steps along x, nothing else changes, one edit.
    const dir = await outward(page, seat.id, arrow);
    const entries = await page.evaluate(() => window.openExpoEditor!.canUndo());
    expect(entries).toBe(true);
    await mouseDrag(page, arrow, dir, 40);
    await page.waitForFunction((id, x0) => window.openExpoEditor!.design().items.find((i) => i.id === id)!.x !== x0, { timeout: 20_000 }, seat.id, seat.x);
    const moved = await itemOf(page, seat.id);
    const steps = (moved.x - seat.x) / 0.1;
    expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-6);
    expect(Math.abs(steps)).toBeGreaterThanOrEqual(1);
    expect(moved).toMatchObject({ z: seat.z, y: seat.y, yaw: seat.yaw, scale: seat.scale });
    expect(await problemText(page)).toBe('');
    await page.screenshot({ path: '/tmp/gizmo-moved.png' });

    // One undo: the seat is back where the palette put it (the drag was one history entry).
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    expect(await itemOf(page, seat.id)).toEqual(seat);
    expect(await undoCount(page)).toBe(true);
    // The gizmo followed the undo: its arrow is back where it was.
    const back = await waitForHandle(page, 'x');
    expect(Math.hypot(back.x - arrow.x, back.y - arrow.y)).toBeLessThan(3);

    // Pull it far toward the booth's side: while held the outline turns red and the reason shows; released, the seat stays put.
    let heldReason = '';
    await mouseDrag(page, back, dir, 200, async () => {
      await page.waitForFunction(() => !!document.querySelector('expo-editor-page')?.shadowRoot?.querySelector('booth-editor')?.shadowRoot?.querySelector('[data-testid="place-problem"]'), { timeout: 20_000 });
      heldReason = await problemText(page);
      await page.screenshot({ path: '/tmp/gizmo-refused.png' });
    });
    expect(heldReason).toMatch(/^Cannot go here: .*(inside a wall|outside the booth|overlaps)/);
    expect(await itemOf(page, seat.id)).toEqual(seat);
    expect(await problemText(page)).toBe(heldReason);
    console.log(`[booth-gizmo] refused drag: "${heldReason}"`);

    // E switches to the turning ring; a touch drag on it turns the seat by 15° steps, as one edit.
    await page.keyboard.press('e');
    const ring = await waitForHandle(page, 'yaw');
    await page.screenshot({ path: '/tmp/gizmo-rotate.png' });
    await page.touchscreen.touchStart(ring.x, ring.y);
    for (let k = 1; k <= 10; k++) await page.touchscreen.touchMove(ring.x + k * 12, ring.y + k * 3);
    await page.touchscreen.touchEnd();
    await page.waitForFunction((id, yaw0) => window.openExpoEditor!.design().items.find((i) => i.id === id)!.yaw !== yaw0, { timeout: 20_000 }, seat.id, seat.yaw);
    const turned = await itemOf(page, seat.id);
    expect(turned.yaw % 15).toBe(0);
    expect(turned).toMatchObject({ x: seat.x, z: seat.z, scale: seat.scale });
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    expect(await itemOf(page, seat.id)).toEqual(seat);

    // S: the uniform scale knob sits on the item's base and scales along the hall's up axis (not
    // away from the item: the knob is at its centre). Pulled down the screen the seat shrinks by
    // the gizmo's 0.05 steps, in place, as one edit. (Shrinking is always allowed; growing may be
    // refused, the palette put the seat on the nearest free spot, maybe touching a neighbour.)
    await page.keyboard.press('s');
    const knob = await waitForHandle(page, 'scale');
    await page.screenshot({ path: '/tmp/gizmo-scale.png' });
    await mouseDrag(page, knob, { x: 0, y: 1 }, 60);
    await page.waitForFunction((id, s0) => window.openExpoEditor!.design().items.find((i) => i.id === id)!.scale !== s0, { timeout: 20_000 }, seat.id, seat.scale);
    const shrunk = await itemOf(page, seat.id);
    expect(shrunk.scale).toBeLessThan(seat.scale);
    expect(shrunk.scale).toBeGreaterThanOrEqual(0.5);
    expect(Math.abs(shrunk.scale / 0.05 - Math.round(shrunk.scale / 0.05))).toBeLessThan(1e-6);
    expect(shrunk).toMatchObject({ x: seat.x, z: seat.z, y: seat.y, yaw: seat.yaw });
    expect(await problemText(page)).toBe('');
    console.log(`[booth-gizmo] scale knob pulled 60 px down: ${seat.scale} → ${shrunk.scale}`);
    await page.screenshot({ path: '/tmp/gizmo-scaled.png' });
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    expect(await itemOf(page, seat.id)).toEqual(seat);

    // Nothing selected: no gizmo.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !window.openExpoEditor!.gizmoHandlePoint('scale'), { timeout: 10_000 });
    await context.close();
  }, 300_000);
});
