import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExhibitorPage, HallLayoutRecord, HallList, type HallLayout } from '../model';
import { launchChromium } from './support/chromium';
import { planPoint, textOf, waitFor } from './support/deep-query';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { formatTimings, summarizeTimings } from './support/timing-summary';
import { apiToken, DEMO, signInThroughForm } from './support/sign-in';

const SHOTS = resolve(import.meta.dirname, '../.e2e-screenshots');
const DESKTOP = { width: 1400, height: 860 };
/** Edits timed one by one from command to the next drawn frame for the budget report. */
const EDIT_SAMPLES = 20;
const EDITOR = 'expo-organizer-halls-page >>> hall-layout-editor';

/** Waits until a deep selector matches (shadow roots re-render without document mutations, so poll). */
/** Runs `fn` against the editor element inside the page (its plan, its timing). */
function editorEval<T>(page: Page, fn: (editor: any) => T): Promise<T> {
  return page.evaluate(
    (source) => {
      const editor = document.querySelector('expo-organizer-halls-page')?.shadowRoot?.querySelector('hall-layout-editor');
      return new Function('editor', `return (${source})(editor)`)(editor);
    },
    fn.toString(),
  ) as Promise<T>;
}

/** Where a hall point (metres) is on screen in the editor's plan. */
async function drag(page: Page, from: { clientX: number; clientY: number }, to: { clientX: number; clientY: number }): Promise<void> {
  await page.mouse.move(from.clientX, from.clientY);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(from.clientX + ((to.clientX - from.clientX) * i) / 5, from.clientY + ((to.clientY - from.clientY) * i) / 5);
  await page.mouse.up();
}

/** Presses a key with the plan focused and waits for the 3D preview to draw the edit; answers the milliseconds. */
async function editToFrame(page: Page, key: 'ArrowRight' | 'ArrowLeft'): Promise<number> {
  // The browser first presents what the last edit drew (two animation frames), as between a person's edits.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await editorEval(page, (editor) => (editor.lastEditToFrameMs = undefined));
  await page.keyboard.press(key);
  await page.waitForFunction(
    () => typeof (document.querySelector('expo-organizer-halls-page')?.shadowRoot?.querySelector('hall-layout-editor') as unknown as { lastEditToFrameMs?: number })?.lastEditToFrameMs === 'number',
    { timeout: 30_000, polling: 20 },
  );
  return editorEval(page, (editor) => editor.lastEditToFrameMs as number);
}

/** A hall of `rows × cols` inline 3 × 3 booths in back-to-back pairs of rows, with 3 m aisles: valid by the layout rules. */
function gridHall(base: HallLayout, cols: number, pairs: number): HallLayout {
  const slots: HallLayout['slots'] = [];
  for (let p = 0; p < pairs; p++) {
    for (const half of [0, 1]) {
      const z = 6 + 1.5 + p * 9 + half * 3;
      for (let c = 0; c < cols; c++) slots.push({ id: `g-${p}-${half}-${c}`, label: `G${p}${half}-${c}`, x: 3 + 1.5 + c * 3, z, width: 3, depth: 3, rotation: half ? 180 : 0, kind: 'inline' });
    }
  }
  const width = 6 + cols * 3;
  const depth = 6 + pairs * 9 + 3;
  return { ...base, size: { ...base.size, width, depth }, entrances: [{ id: 'main', wall: 'south', offset: width / 2, width: 6 }], spawnPoints: [{ x: width / 2, z: 1.5, yaw: 0 }], stages: [], signage: [], aisles: [], cutouts: [], slots };
}

describe('hall layout editor', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let token: string;
  /** The hall the main test creates and publishes (revision 2). */
  let hallId = '';
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServerProcess();
    browser = await launchChromium(DESKTOP.width, DESKTOP.height);
    token = await apiToken(server.url, DEMO.organizer);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('tells a signed-out visitor to sign in', async () => {
    const anon = await browser.newPage();
    await anon.goto(`${server.url}/organizer/halls?lang=en`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    // The gate says "Loading…" until /api/me answers 401.
    await anon.waitForFunction(
      () => /Sign in as an organizer/.test(document.querySelector('expo-organizer-halls-page')?.shadowRoot?.querySelector('[data-testid="halls-gate"]')?.textContent ?? ''),
      { timeout: 60_000, polling: 100 },
    );
    expect(await textOf(anon, 'expo-organizer-halls-page >>> [data-testid="halls-gate"] a')).toBe('Sign in');
    await anon.close();
  }, 120_000);

  it('creates a hall from a template, shows an overlap, fixes it, assigns an exhibitor and publishes; the lobby lists the hall', async () => {
    page = await browser.newPage();
    await page.setViewport(DESKTOP);
    page.on('pageerror', (error) => errors.push(String(error)));
    await signInThroughForm(page, server.url, DEMO.organizer);
    await page.goto(`${server.url}/organizer/halls?lang=en`, { waitUntil: 'domcontentloaded', timeout: 90_000 });

    // New hall from the Pavilion 12 template.
    await (await waitFor(page, 'expo-organizer-halls-page >>> hall-picker >>> [data-template="pavilion-12"]')).click();
    await page.type('expo-organizer-halls-page >>> hall-picker >>> [name="zh"]', '测试展馆');
    await page.type('expo-organizer-halls-page >>> hall-picker >>> [name="en"]', 'E2E Hall');
    await page.screenshot({ path: join(SHOTS, 'hall-editor-new-1400.png') });
    await (await waitFor(page, 'expo-organizer-halls-page >>> hall-picker >>> form button[type="submit"]')).click();
    await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="slot:a-01"]`, 30_000);
    hallId = new URL(page.url()).searchParams.get('hall')!;
    expect(hallId).toMatch(/^hall-\d+$/);
    await page.waitForFunction(() => {
      const editor = document.querySelector('expo-organizer-halls-page')?.shadowRoot?.querySelector('hall-layout-editor');
      return !!editor && editor.shadowRoot?.querySelector('canvas')?.width !== 0;
    });
    expect(await textOf(page, `${EDITOR} >>> [data-testid="problems"]`)).toMatch(/Problems \(0\)/);

    // Drag a-02 (x 12) 2 m west, onto a-01: an overlap, outlined red and listed.
    await drag(page, await planPoint(page, 12, 11.5), await planPoint(page, 10, 11.5));
    await waitFor(page, `${EDITOR} >>> [data-code="slot-overlaps-slot"]`);
    expect(await textOf(page, `${EDITOR} >>> [data-testid="problems"]`)).toMatch(/slot "a-02" overlaps slot "a-01"/);
    expect(await page.$$eval(`${EDITOR} >>> hall-plan-view >>> rect.problem`, (els) => els.length)).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(SHOTS, 'hall-editor-overlap-1400.png') });
    await (await waitFor(page, `${EDITOR} >>> [data-testid="publish"]`)).click();
    expect(await textOf(page, `${EDITOR} >>> [data-testid="editor-status"]`)).toMatch(/Fix \d+ problems before publishing/);

    // Fix it with Ctrl+Z (the drag was one edit).
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => !document.querySelector('expo-organizer-halls-page')?.shadowRoot?.querySelector('hall-layout-editor')?.shadowRoot?.querySelector('[data-code]'), { timeout: 10_000 });

    // Assign an approved exhibitor to a-01, found by a part of its name.
    const approved = ExhibitorPage.parse(await (await fetch(`${server.url}/api/exhibitors?expo=demo-expo&status=approved&pageSize=5`)).json()).items[0]!;
    await (await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="slot:a-01"] rect`)).click();
    const search = await waitFor(page, `${EDITOR} >>> hall-inspector >>> [data-testid="exhibitor-search"]`);
    await search.type(approved.name.en.slice(0, 8));
    await (await waitFor(page, `${EDITOR} >>> hall-inspector >>> [data-exhibitor="${approved.id}"]`)).click();
    expect(await textOf(page, `${EDITOR} >>> hall-inspector >>> [data-testid="slot-exhibitor"]`)).toBe(approved.name.en);

    // The 3D preview follows an edit: nudge and back, timing edit → next frame.
    await (await waitFor(page, `${EDITOR} >>> hall-plan-view >>> svg`)).evaluate((el) => (el as SVGElement).focus());
    const smallHall = [await editToFrame(page, 'ArrowRight'), await editToFrame(page, 'ArrowLeft')];
    console.log(`[hall editor] edit → next frame, 12-slot hall: ${smallHall.map((ms) => ms.toFixed(1)).join(', ')} ms`);

    // The shortcuts help opens with "?".
    await page.keyboard.press('?');
    await page.waitForFunction(() => {
      const help = document.querySelector('expo-organizer-halls-page')?.shadowRoot?.querySelector('hall-layout-editor')?.shadowRoot?.querySelector('hall-shortcuts-help');
      return help?.shadowRoot?.querySelector('dialog')?.open === true;
    });
    await page.screenshot({ path: join(SHOTS, 'hall-editor-help-1400.png') });
    await page.keyboard.press('Escape');

    await (await waitFor(page, `${EDITOR} >>> [data-testid="publish"]`)).click();
    await page.waitForFunction(
      () => /Published \(revision 2\)/.test(document.querySelector('expo-organizer-halls-page')?.shadowRoot?.querySelector('hall-layout-editor')?.shadowRoot?.querySelector('[data-testid="editor-status"]')?.textContent ?? ''),
      { timeout: 30_000 },
    );
    await page.screenshot({ path: join(SHOTS, 'hall-editor-published-1400.png') });

    // Published: the lobby lists the hall, the hall shows the exhibitor's booth.
    const record = HallLayoutRecord.parse(await (await fetch(`${server.url}/api/halls/${hallId}/layout`)).json());
    expect(record.revision).toBe(2);
    expect(record.layout.slots.find((s) => s.id === 'a-01')!.exhibitorId).toBe(approved.id);
    const view = await (await fetch(`${server.url}/api/halls/${hallId}`)).json();
    expect(view.booths.map((b: { slotId: string; exhibitorId: string }) => [b.slotId, b.exhibitorId])).toEqual([['a-01', approved.id]]);
    expect(HallList.parse(await (await fetch(`${server.url}/api/halls`)).json()).items.map((h) => h.id)).toContain(hallId);
    await page.goto(`${server.url}/?lang=en`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    await page.waitForFunction((name) => (document.querySelector('expo-lobby-page')?.shadowRoot?.textContent ?? '').includes(name), { timeout: 30_000 }, 'E2E Hall');
    await page.screenshot({ path: join(SHOTS, 'hall-editor-lobby-1400.png') });
    await page.goto(`${server.url}/hall/${hallId}?lang=en`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    await page.waitForFunction(() => (window as unknown as { openExpo?: { phase: string } }).openExpo?.phase === 'done', { timeout: 90_000, polling: 250 });
    await page.screenshot({ path: join(SHOTS, 'hall-editor-visitor-1400.png') });
    expect(errors).toEqual([]);
  }, 240_000);

  it('asks about a draft left on this device after someone else published, and loses neither version', async () => {
    expect(hallId).not.toBe('');
    const editorText = (selector: string) => textOf(page, `${EDITOR} >>> ${selector}`);
    await page.goto(`${server.url}/organizer/halls?lang=en&hall=${hallId}`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    // A draft: slot c-04 deleted, saved on this device, not published.
    await (await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="slot:c-04"] rect`, 60_000)).click();
    await (await waitFor(page, `${EDITOR} >>> hall-plan-view >>> svg`)).evaluate((el) => (el as SVGElement).focus());
    const pressedAt = await page.evaluate(() => Date.now());
    await page.keyboard.press('Delete');
    // The editor saves its draft to IndexedDB shortly after an edit: wait until this edit's is there.
    await page.waitForFunction(
      (key, after) =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('open-expo-drafts');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('drafts')) return resolve(false);
            const get = db.transaction('drafts').objectStore('drafts').get(key);
            get.onsuccess = () => resolve((get.result as { savedAt?: number } | undefined)?.savedAt !== undefined && get.result.savedAt >= after);
            get.onerror = () => resolve(false);
          };
        }),
      { timeout: 30_000, polling: 250 },
      `hall:${hallId}`,
      pressedAt,
    );
    // Meanwhile another organizer renames the hall and publishes revision 3.
    const published = HallLayoutRecord.parse(await (await fetch(`${server.url}/api/halls/${hallId}/layout`)).json());
    expect(published.layout.slots.map((s) => s.id)).toContain('c-04');
    const theirs = { ...published.layout, name: { 'zh-CN': '他们的展馆', en: 'Their hall' } };
    const put = await fetch(`${server.url}/api/halls/${hallId}/layout`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ revision: published.revision, layout: theirs }),
    });
    expect(put.status, await put.clone().text()).toBe(200);

    // Back on this device: the editor says the published layout moved on, and asks.
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 90_000 });
    // The dialog element (and its default heading) is always in the page: wait until it is open.
    await waitFor(page, `${EDITOR} >>> conflict-dialog >>> dialog[open] [data-testid="conflict-title"]`, 60_000);
    expect(await editorText('conflict-dialog >>> [data-testid="conflict-title"]')).toBe('The published hall layout changed since this draft was saved');
    await page.screenshot({ path: join(SHOTS, 'hall-editor-stale-draft-1400.png') });
    await (await waitFor(page, `${EDITOR} >>> conflict-dialog >>> [data-testid="conflict-theirs"]`)).click();
    expect(await editorText('[data-testid="editor-status"]')).toMatch(/Took the published version/);
    // Taking theirs was an edit: undo brings the draft back, and publishing it now is knowingly on top of revision 3.
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await (await waitFor(page, `${EDITOR} >>> [data-testid="publish"]`)).click();
    await page
      .waitForFunction(
        () => /Published \(revision 4\)/.test(document.querySelector('expo-organizer-halls-page')?.shadowRoot?.querySelector('hall-layout-editor')?.shadowRoot?.querySelector('[data-testid="editor-status"]')?.textContent ?? ''),
        { timeout: 30_000 },
      )
      .catch(async (error: unknown) => {
        await page.screenshot({ path: join(SHOTS, 'hall-editor-stale-publish-failed-1400.png') });
        throw new Error(`${String(error)}; status: ${await editorText('[data-testid="editor-status"]')}`);
      });
    const now = HallLayoutRecord.parse(await (await fetch(`${server.url}/api/halls/${hallId}/layout`)).json());
    expect(now.layout.slots.map((s) => s.id)).not.toContain('c-04');
    expect(now.layout.name.en).toBe('E2E Hall');
  }, 180_000);

  it('measures edit → next frame in a 200-slot hall (reported, not asserted)', async () => {
    const created = HallLayoutRecord.parse(
      await (
        await fetch(`${server.url}/api/expos/demo-expo/halls`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ templateId: 'standard-grid', name: { 'zh-CN': '二百展位', en: 'Two hundred slots' } }),
        })
      ).json(),
    );
    const big = gridHall(created.layout, 20, 5);
    expect(big.slots).toHaveLength(200);
    const put = await fetch(`${server.url}/api/halls/${created.layout.id}/layout`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ revision: created.revision, layout: big }),
    });
    expect(put.status, await put.clone().text()).toBe(200);
    await page.goto(`${server.url}/organizer/halls?lang=en&hall=${created.layout.id}`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="slot:g-0-0-0"]`, 60_000).catch(async (error) => {
      await page.screenshot({ path: join(SHOTS, 'hall-editor-200-failed-1400.png') });
      throw error;
    });
    await (await waitFor(page, `${EDITOR} >>> hall-plan-view >>> [data-key="slot:g-2-0-10"] rect`)).click();
    await (await waitFor(page, `${EDITOR} >>> hall-plan-view >>> svg`)).evaluate((el) => (el as SVGElement).focus());
    const samples: number[] = [];
    const setViewMs: number[] = [];
    for (let i = 0; i < EDIT_SAMPLES; i++) {
      samples.push(await editToFrame(page, i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'));
      setViewMs.push(await editorEval(page, (editor) => editor.previewStats().lastSetViewMs as number));
    }
    const stats = await editorEval(page, (editor) => editor.previewStats() as { rebuiltShell: boolean; drawCalls: number; meshes: number; lastRenderMs: number; frames: number });
    console.log(
      `[hall editor] edit → next frame, 200-slot hall: ${formatTimings(summarizeTimings(samples))}; setView ${formatTimings(summarizeTimings(setViewMs))}; last edit rebuilt the shell: ${stats.rebuiltShell}; last frame ${stats.drawCalls} draw calls, ${stats.meshes} meshes, ${stats.lastRenderMs.toFixed(1)} ms of script; ${stats.frames} frames drawn in all`,
    );
    await page.screenshot({ path: join(SHOTS, 'hall-editor-200-slots-1400.png') });
    expect(samples).toHaveLength(EDIT_SAMPLES);
  }, 180_000);
});
