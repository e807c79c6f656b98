import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HallLayoutRecord, HallView, type HallLayout } from '../model';
import { launchChromium } from './support/chromium';
import { planPoint, textOf, waitFor, waitGone } from './support/deep-query';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { apiToken, DEMO, signInThroughForm } from './support/sign-in';

/**
 * The hall layout editor's floor tools on a real server in real Chromium: a cut-out dropped under
 * a slot shows as an error on the plan and goes away when the cut-out is dragged off, a stage is
 * dragged with one finger on a touch screen and renamed in both languages (an empty name refused
 * next to the field), the last entrance cannot be deleted, the carpet colour and a spawn point's
 * facing change (bad values refused next to the field), a pinch zooms the plan, and the published
 * hall carries all of it. The server refuses, through the same
 * layout rules, a spawn point inside a booth.
 */
const VIEWPORT = { width: 1400, height: 860 };
const EDITOR = 'expo-organizer-halls-page >>> hall-layout-editor';
const SHOT = (name: string) => `/tmp/hall-extras-${name}.png` as const;

type ClientPoint = { clientX: number; clientY: number };

/** Waits until a deep selector matches (shadow roots re-render without document mutations, so poll). */
/** Waits until the text at a deep selector matches. */
async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = 20_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await textOf(page, selector).catch(() => '');
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${selector} to read ${pattern}; it reads "${text}"`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The document the editor shows (its edited layout, not yet published). */
function editedLayout(page: Page): Promise<HallLayout> {
  return page.evaluate(() => {
    const editor = document.querySelector('expo-organizer-halls-page')!.shadowRoot!.querySelector('hall-layout-editor') as unknown as { doc: HallLayout };
    return JSON.parse(JSON.stringify(editor.doc)) as HallLayout;
  });
}

/** The plan's zoom, screen px per metre. */
function planScale(page: Page): Promise<number> {
  return page.evaluate(() => {
    const editor = document.querySelector('expo-organizer-halls-page')!.shadowRoot!.querySelector('hall-layout-editor')!;
    return (editor.shadowRoot!.querySelector('hall-plan-view') as unknown as { viewport: { scale: number } }).viewport.scale;
  });
}

/** Where a hall point (metres) is on screen in the editor's plan. */
async function mouseDrag(page: Page, from: ClientPoint, to: ClientPoint): Promise<void> {
  await page.mouse.move(from.clientX, from.clientY);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(from.clientX + ((to.clientX - from.clientX) * i) / 6, from.clientY + ((to.clientY - from.clientY) * i) / 6);
  await page.mouse.up();
}

async function touchDrag(page: Page, from: ClientPoint, to: ClientPoint): Promise<void> {
  await page.touchscreen.touchStart(from.clientX, from.clientY);
  for (let i = 1; i <= 6; i++) await page.touchscreen.touchMove(from.clientX + ((to.clientX - from.clientX) * i) / 6, from.clientY + ((to.clientY - from.clientY) * i) / 6);
  await page.touchscreen.touchEnd();
}

/** Two fingers about `centre`, spreading from `from` px apart to `to` px apart (raw CDP touch events, as a touch screen sends them). */
async function pinch(page: Page, centre: ClientPoint, from: number, to: number): Promise<void> {
  const cdp = await page.createCDPSession();
  const points = (spread: number) => [
    { x: centre.clientX - spread / 2, y: centre.clientY, id: 1 },
    { x: centre.clientX + spread / 2, y: centre.clientY, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let i = 1; i <= 6; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * i) / 6) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Fills an inspector field and commits it the way a person does (Enter fires `change`). */
async function setField(page: Page, testId: string, value: string): Promise<void> {
  const input = await waitFor(page, `${EDITOR} >>> hall-inspector >>> [data-testid="${testId}"]`);
  await input.click({ clickCount: 3 });
  await page.keyboard.press('Backspace');
  if (value) await input.type(value);
  await page.keyboard.press('Enter');
}

describe('hall layout editor: cut-outs, spawn points, stage names, touch', () => {
  let server: ServerProcess;
  let browser: Browser;
  let token: string;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServerProcess();
    browser = await launchChromium(VIEWPORT.width, VIEWPORT.height);
    token = await apiToken(server.url, DEMO.organizer);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newHall(name: string): Promise<HallLayoutRecord> {
    const response = await fetch(`${server.url}/api/expos/demo-expo/halls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ templateId: 'pavilion-12', name: { 'zh-CN': name, en: name } }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return HallLayoutRecord.parse(await response.json());
  }

  it('refuses on the server, by the same rules, a spawn point inside a booth', async () => {
    const { layout, revision } = await newHall('Spawn check');
    const a01 = layout.slots.find((s) => s.id === 'a-01')!;
    const put = await fetch(`${server.url}/api/halls/${layout.id}/layout`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ revision, layout: { ...layout, spawnPoints: [{ x: a01.x, z: a01.z, yaw: 0 }] } }),
    });
    expect(put.status).toBe(400);
    expect(JSON.stringify(await put.json())).toContain('spawnPoints[0]: spawn point 1 stands in slot \\"a-01\\"');
  }, 60_000);

  it('drops a cut-out under a slot (an error on the plan), drags it off, renames a stage, and publishes', async () => {
    const { layout } = await newHall('Extras');
    const page = await browser.newPage();
    await page.setViewport({ ...VIEWPORT, hasTouch: true });
    page.on('pageerror', (error) => errors.push(String(error)));
    await signInThroughForm(page, server.url, DEMO.organizer);
    await page.goto(`${server.url}/organizer/halls?lang=en&hall=${layout.id}`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="slot:a-01"]`, 60_000);
    await waitForText(page, `${EDITOR} >>> [data-testid="problems"]`, /Problems \(0\)/);
    expect(await textOf(page, `${EDITOR} >>> hall-plan-view >>> [data-testid="plan-legend"]`)).toMatch(/Cut-out.*Spawn point/);

    // A cut-out (a café, say) added in the middle of the view, then dragged onto slot a-01. It is
    // selected, so it is grabbed even where slots lie on top of it.
    await (await waitFor(page, `${EDITOR} >>> [data-testid="add-cutout"]`)).click();
    await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="cutout:0"] rect.selected`);
    const added = (await editedLayout(page)).cutouts[0]!;
    const a01 = layout.slots.find((s) => s.id === 'a-01')!;
    await mouseDrag(page, await planPoint(page, added.x, added.z), await planPoint(page, a01.x, a01.z));
    await waitFor(page, `${EDITOR} >>> [data-code="slot-in-cutout"]`);
    expect((await editedLayout(page)).cutouts[0]).toMatchObject({ x: a01.x, z: a01.z });
    expect(await textOf(page, `${EDITOR} >>> [data-testid="problems"]`)).toMatch(/slot "a-01" lies in cutout 0, which is not part of the hall/);
    // On the plan: the cut-out and the slot on it both outlined red.
    await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="cutout:0"] rect.problem`);
    await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="slot:a-01"] rect.problem`);
    await page.screenshot({ path: SHOT('cutout-error') });
    await (await waitFor(page, `${EDITOR} >>> [data-testid="publish"]`)).click();
    await waitForText(page, `${EDITOR} >>> [data-testid="editor-status"]`, /Fix \d+ problems before publishing/);

    // Dragged off into the free south-west corner: every problem gone.
    await mouseDrag(page, await planPoint(page, a01.x, a01.z), await planPoint(page, 3, 3));
    await waitGone(page, `${EDITOR} >>> [data-code]`);
    expect((await editedLayout(page)).cutouts).toEqual([{ x: 3, z: 3, width: 4, depth: 4 }]);
    await waitForText(page, `${EDITOR} >>> [data-testid="problems"]`, /Problems \(0\)/);

    // The last entrance stays, with a reason.
    // (Clicked beside the spawn points that stand in the middle of its clear area.)
    const door = await planPoint(page, 17.6, 2.5);
    await page.mouse.click(door.clientX, door.clientY);
    await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="entrance:main"] rect.selected`);
    await (await waitFor(page, `${EDITOR} >>> [data-testid="delete"]`)).click();
    await waitForText(page, `${EDITOR} >>> [data-testid="editor-status"]`, /Cannot delete: a hall needs at least one entrance/);
    expect((await editedLayout(page)).entrances).toHaveLength(1);

    // A stage, dragged with one finger on the touch screen to the free south-east floor.
    await (await waitFor(page, `${EDITOR} >>> [data-testid="add-stage"]`)).click();
    await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="stage:stage-1"] rect.selected`);
    const stage = (await editedLayout(page)).stages[0]!;
    await touchDrag(page, await planPoint(page, stage.x, stage.z), await planPoint(page, 24, 3));
    await page.waitForFunction(
      () => {
        const editor = document.querySelector('expo-organizer-halls-page')?.shadowRoot?.querySelector('hall-layout-editor') as unknown as { doc?: HallLayout } | null;
        const moved = editor?.doc?.stages[0];
        return moved?.x === 24 && moved.z === 3;
      },
      { timeout: 10_000, polling: 50 },
    );
    await waitForText(page, `${EDITOR} >>> [data-testid="problems"]`, /Problems \(0\)/);

    // Renamed in both languages; an empty name is refused next to the field and changes nothing.
    await setField(page, 'stage-name-en', '');
    expect(await textOf(page, `${EDITOR} >>> hall-inspector >>> [role="alert"]`)).toBe('Must not be empty');
    expect((await editedLayout(page)).stages[0]!.name.en).toBe('Stage');
    await setField(page, 'stage-name-en', 'Main Stage E2E');
    await waitGone(page, `${EDITOR} >>> hall-inspector >>> [role="alert"]`);
    await setField(page, 'stage-name-zh-CN', '主舞台');
    await page.waitForFunction(
      () => {
        const editor = document.querySelector('expo-organizer-halls-page')?.shadowRoot?.querySelector('hall-layout-editor') as unknown as { doc?: HallLayout } | null;
        const name = editor?.doc?.stages[0]?.name;
        return name?.en === 'Main Stage E2E' && name['zh-CN'] === '主舞台';
      },
      { timeout: 10_000, polling: 50 },
    );
    await waitForText(page, `${EDITOR} >>> hall-plan-view >>> [data-key="stage:stage-1"] text`, /Main Stage E2E/);

    // Hall colours (shown with nothing selected): a malformed one refused next to the field.
    const emptyFloor = await planPoint(page, 29, 23.5);
    await page.mouse.click(emptyFloor.clientX, emptyFloor.clientY);
    await setField(page, 'style-carpetColor', '#12');
    expect(await textOf(page, `${EDITOR} >>> hall-inspector >>> [role="alert"]`)).toBe('Must be a colour like #1a2b3c');
    await setField(page, 'style-carpetColor', '#AA3300');
    await waitGone(page, `${EDITOR} >>> hall-inspector >>> [role="alert"]`);
    expect((await editedLayout(page)).style.carpetColor).toBe('#aa3300');

    // Spawn point 1 turned with R (45°), then set to face east in the inspector; 400° refused.
    const spawn = await planPoint(page, 15, 1.5);
    await page.mouse.click(spawn.clientX, spawn.clientY);
    await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="spawn:0"] rect.selected`);
    await (await waitFor(page, `${EDITOR} >>> hall-plan-view >>> svg`)).evaluate((el) => (el as SVGElement).focus());
    await page.keyboard.press('r');
    await page.waitForFunction(
      () => (document.querySelector('expo-organizer-halls-page')?.shadowRoot?.querySelector('hall-layout-editor') as unknown as { doc?: HallLayout } | null)?.doc?.spawnPoints[0]?.yaw === 45,
      { timeout: 10_000, polling: 50 },
    );
    await setField(page, 'spawn-yaw', '400');
    expect(await textOf(page, `${EDITOR} >>> hall-inspector >>> [role="alert"]`)).toBe('At most 360');
    await setField(page, 'spawn-yaw', '90');
    await waitGone(page, `${EDITOR} >>> hall-inspector >>> [role="alert"]`);
    expect((await editedLayout(page)).spawnPoints[0]!.yaw).toBe(90);
    await page.screenshot({ path: SHOT('spawn-yaw') });
    const stageAt = await planPoint(page, 24, 3);
    await page.mouse.click(stageAt.clientX, stageAt.clientY);
    await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="stage:stage-1"] rect.selected`);

    // Two fingers spreading zoom the plan in.
    const before = await planScale(page);
    await pinch(page, await planPoint(page, 15, 12), 80, 200);
    expect(await planScale(page)).toBeGreaterThan(before * 1.5);
    // The pinch began over slots and left the selection alone.
    await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="stage:stage-1"] rect.selected`);
    await page.screenshot({ path: SHOT('stage-renamed') });
    await (await waitFor(page, `${EDITOR} >>> hall-plan-view >>> .zoom button:nth-of-type(3)`)).click();

    await (await waitFor(page, `${EDITOR} >>> [data-testid="publish"]`)).click();
    await waitForText(page, `${EDITOR} >>> [data-testid="editor-status"]`, /Published \(revision 2\)/, 30_000);
    await page.screenshot({ path: SHOT('published') });

    // What visitors get: the hall view from the API has the cut-out and the new stage name.
    const view = HallView.parse(await (await fetch(`${server.url}/api/halls/${layout.id}`)).json());
    expect(view.layout.cutouts).toEqual([{ x: 3, z: 3, width: 4, depth: 4 }]);
    expect(view.layout.stages.map((s) => [s.id, s.name.en, s.name['zh-CN'], s.x, s.z])).toEqual([['stage-1', 'Main Stage E2E', '主舞台', 24, 3]]);
    expect(view.layout.style.carpetColor).toBe('#aa3300');
    expect(view.layout.spawnPoints[0]).toEqual({ x: 15, z: 1.5, yaw: 90 });
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
