import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoothDesignSchema, designPlacementProblems, HallLayoutRecord, HallView, placementProblem, type BoothDesign } from '../model';
import { launchChromium } from './support/chromium';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { formatTimings, summarizeTimings } from './support/timing-summary';
import { apiToken, DEMO, openBoothEditor, reloadBoothEditor, signInPage } from './support/sign-in';

const SHOTS = resolve(import.meta.dirname, '../.e2e-screenshots');
/** Edits timed one by one from command to the next drawn frame for the budget report. */
const EDIT_SAMPLES = 20;

/** Runs `action` on an element of the booth editor (inside its shadow roots) found by data-testid. */
async function onEditor(page: Page, testId: string, action: 'click' | 'exists' | 'text'): Promise<string | boolean> {
  return page.evaluate(
    (id, what) => {
      const editor = document.querySelector('expo-editor-page')?.shadowRoot?.querySelector('booth-editor')?.shadowRoot;
      const roots: (ShadowRoot | null | undefined)[] = [editor, editor?.querySelector('conflict-dialog')?.shadowRoot, editor?.querySelector('product-manager')?.shadowRoot, editor?.querySelector('booth-properties')?.shadowRoot];
      for (const root of roots) {
        const el = root?.querySelector<HTMLElement>(`[data-testid="${id}"]`);
        if (!el) continue;
        if (what === 'click') el.click();
        return what === 'text' ? (el.textContent ?? '').trim() : true;
      }
      return what === 'text' ? '' : false;
    },
    testId,
    action,
  );
}

const click = (page: Page, id: string) => onEditor(page, id, 'click');
const waitFor = (page: Page, id: string, timeout = 30_000) =>
  page.waitForFunction(
    (testId) => {
      const editor = document.querySelector('expo-editor-page')?.shadowRoot?.querySelector('booth-editor')?.shadowRoot;
      const roots = [editor, editor?.querySelector('conflict-dialog')?.shadowRoot, editor?.querySelector('product-manager')?.shadowRoot];
      return roots.some((r) => r?.querySelector(`[data-testid="${testId}"]`));
    },
    { timeout, polling: 100 },
    id,
  );
const design = (page: Page) => page.evaluate(() => window.openExpoEditor!.design()) as Promise<BoothDesign>;
const statusText = (page: Page) => onEditor(page, 'publish-status', 'text') as Promise<string>;

/** The booth as the visitors' hall API shows it. */
async function publishedBooth(url: string, boothId: string): Promise<BoothDesign | undefined> {
  const halls = (await (await fetch(`${url}/api/halls`)).json()) as { items: { id: string }[] };
  for (const h of halls.items) {
    const view = HallView.parse(await (await fetch(`${url}/api/halls/${h.id}`)).json());
    const found = view.booths.find((b) => b.design.id === boothId);
    if (found) return found.design;
  }
  return undefined;
}

describe('booth editor', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServerProcess();
    browser = await launchChromium(1400, 900);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends visitors who are not signed in to sign in', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/editor?lang=en`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => !!document.querySelector('expo-editor-page')?.shadowRoot?.querySelector('[data-testid="editor-signed-out"] a[href^="/login"]'), { timeout: 30_000 });
    await context.close();
  });

  it('picks a template, adds and moves items, undoes and redoes, finds the draft after a reload, publishes; visitors see it', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await signInPage(page, server.url, DEMO.exhibitor);
    await openBoothEditor(page, server.url);
    const start = await design(page);

    // The template: choose the (first) one that fits the slot.
    const chosen = await page.evaluate(() => {
      const select = document.querySelector('expo-editor-page')!.shadowRoot!.querySelector('booth-editor')!.shadowRoot!.querySelector<HTMLSelectElement>('[data-testid="template"]')!;
      select.value = select.options[0]!.value;
      select.dispatchEvent(new Event('change'));
      return select.value;
    });
    expect((await design(page)).templateId).toBe(chosen);

    await click(page, 'palette-product-stand');
    await click(page, 'palette-screen');
    let d = await design(page);
    expect(d.items.length).toBe(start.items.length + 2);
    const stand = d.items.find((i) => i.kind === 'product-stand' && !start.items.some((s) => s.id === i.id))!;
    const screen = d.items.find((i) => i.kind === 'screen' && !start.items.some((s) => s.id === i.id))!;
    expect(stand.productId, 'a new stand shows a product').toBeTruthy();

    // Move the screen with the keyboard (it is selected after being added) and the stand by dragging it.
    // Two grid steps in the first arrow direction with room for them: the model's placement rule
    // (the one the editor checks) says which, so both nudges must go through.
    const template = HallView.parse(await (await fetch(`${server.url}/api/halls/hall-1`)).json()).boothTemplates.find((t) => t.id === chosen)!;
    const nudges = [
      { key: 'ArrowLeft', axis: 'x', step: -0.1 },
      { key: 'ArrowRight', axis: 'x', step: 0.1 },
      { key: 'ArrowDown', axis: 'z', step: -0.1 },
      { key: 'ArrowUp', axis: 'z', step: 0.1 },
    ] as const;
    const fits = (n: (typeof nudges)[number]) => [1, 2].every((k) => !placementProblem(template, { ...screen, [n.axis]: screen[n.axis] + n.step * k }, d.items));
    const nudge = nudges.find(fits);
    expect(nudge, 'the screen has room for two grid steps one way').toBeDefined();
    const { key, axis, step } = nudge!;
    await page.keyboard.press(key);
    await page.keyboard.press(key);
    d = await design(page);
    const movedScreen = d.items.find((i) => i.id === screen.id)!;
    expect(movedScreen[axis]).toBeCloseTo(screen[axis] + 2 * step, 3);

    await click(page, `item-${stand.id}`);
    const from = await page.evaluate((id) => window.openExpoEditor!.itemClientPoint(id, 0.3), stand.id);
    expect(from).toBeDefined();
    await page.mouse.move(from!.x, from!.y);
    await page.mouse.down();
    for (let k = 1; k <= 6; k++) await page.mouse.move(from!.x + k * 8, from!.y + k * 2);
    await page.mouse.up();
    d = await design(page);
    const draggedStand = d.items.find((i) => i.id === stand.id)!;
    const moved = draggedStand.x !== stand.x || draggedStand.z !== stand.z;
    const refused = await onEditor(page, 'place-problem', 'exists');
    expect(moved || refused, 'the drag moved the stand or said why not').toBe(true);
    await page.screenshot({ path: join(SHOTS, 'booth-editor-edited.png') });

    // Undo the screen's last nudge, redo it with both shortcuts.
    await click(page, `item-${screen.id}`);
    const beforeUndo = (await design(page)).items.find((i) => i.id === screen.id)![axis];
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    if (moved) {
      // The drag was the last edit: undo it first, then the nudge.
      expect((await design(page)).items.find((i) => i.id === stand.id)!.x).toBeCloseTo(stand.x, 3);
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
    }
    expect((await design(page)).items.find((i) => i.id === screen.id)![axis]).toBeCloseTo(beforeUndo - step, 3);
    await page.keyboard.down('Control');
    await page.keyboard.down('Shift');
    await page.keyboard.press('z');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Control');
    if (moved) {
      await page.keyboard.down('Control');
      await page.keyboard.press('y');
      await page.keyboard.up('Control');
    }
    const edited = await design(page);
    expect(edited.items.find((i) => i.id === screen.id)![axis]).toBeCloseTo(beforeUndo, 3);

    // Reload: the draft and its undo history come back from IndexedDB.
    await page.evaluate(() => window.openExpoEditor!.draftSaved());
    await reloadBoothEditor(page);
    expect(await design(page)).toEqual(edited);
    expect(await page.evaluate(() => window.openExpoEditor!.canUndo())).toBe(true);

    await click(page, 'publish');
    await page.waitForFunction(() => window.openExpoEditor!.baseRevision() > 0 && !document.querySelector('expo-editor-page')!.shadowRoot!.querySelector('booth-editor')!.shadowRoot!.querySelector('[data-testid="publish"]')!.hasAttribute('disabled'), { timeout: 30_000 });
    expect(await statusText(page)).toMatch(/Published \(revision \d+\)/);
    const visible = await publishedBooth(server.url, edited.id);
    expect(visible?.items.map((i) => i.id).sort()).toEqual(edited.items.map((i) => i.id).sort());
    expect(visible?.items.find((i) => i.id === screen.id)?.[axis]).toBeCloseTo(beforeUndo, 3);

    await context.close();
  }, 300_000);

  it('a second tab publishes first: the first gets the conflict dialog and loses nothing', async () => {
    const contexts: BrowserContext[] = [await browser.createBrowserContext(), await browser.createBrowserContext()];
    const [a, b] = await Promise.all(contexts.map((c) => c.newPage()));
    for (const p of [a!, b!]) {
      await p.setViewport({ width: 1400, height: 900 });
      await signInPage(p, server.url, DEMO.exhibitor);
      await openBoothEditor(p, server.url);
    }
    await click(a!, 'palette-plant');
    const mine = await design(a!);
    await click(b!, 'palette-poster');
    await click(b!, 'publish');
    await b!.waitForFunction(() => /Published/.test(document.querySelector('expo-editor-page')!.shadowRoot!.querySelector('booth-editor')!.shadowRoot!.querySelector('[data-testid="publish-status"]')!.textContent ?? ''), { timeout: 30_000 });
    const theirs = await design(b!);

    await click(a!, 'publish');
    await waitFor(a!, 'conflict-dialog');
    await a!.waitForFunction(() => !!document.querySelector('expo-editor-page')!.shadowRoot!.querySelector('booth-editor')!.shadowRoot!.querySelector('conflict-dialog')!.shadowRoot!.querySelector('dialog[open]'), { timeout: 30_000 });
    await click(a!, 'conflict-compare');
    await waitFor(a!, 'conflict-differences');
    expect(await onEditor(a!, 'conflict-differences', 'text')).toContain('items[');
    await a!.screenshot({ path: join(SHOTS, 'booth-editor-conflict.png') });
    // Take theirs: the draft becomes their version, and undo brings mine back — nothing lost.
    await click(a!, 'conflict-theirs');
    await a!.waitForFunction(() => !document.querySelector('expo-editor-page')!.shadowRoot!.querySelector('booth-editor')!.shadowRoot!.querySelector('conflict-dialog')!.shadowRoot!.querySelector('dialog[open]'));
    expect((await design(a!)).items).toEqual(theirs.items);
    await a!.keyboard.down('Control');
    await a!.keyboard.press('z');
    await a!.keyboard.up('Control');
    expect((await design(a!)).items).toEqual(mine.items);
    // Publishing mine now goes on top of their revision (taking theirs already moved the base
    // revision to theirs, so wait for it to move past that one, not past the draft's old one).
    const theirRevision = await a!.evaluate(() => window.openExpoEditor!.baseRevision());
    await click(a!, 'publish');
    await a!.waitForFunction((rev) => window.openExpoEditor!.baseRevision() > rev, { timeout: 30_000 }, theirRevision);
    const published = BoothDesignSchema.parse(await (await fetch(`${server.url}/api/booths/${mine.id}`)).json());
    expect(published.items.map((i) => i.id).sort()).toEqual(mine.items.map((i) => i.id).sort());
    for (const c of contexts) await c.close();
  }, 300_000);

  it('edits offline, publish waits, and succeeds when the network returns', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await signInPage(page, server.url, DEMO.exhibitor);
    await openBoothEditor(page, server.url);
    let offline = true;
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (offline && new URL(req.url()).pathname.startsWith('/api/')) void req.abort('internetdisconnected');
      else void req.continue();
    });
    // The edits remove items (selected in the list, then Delete): the tests above have filled this
    // 3×3 booth, and items may not stand inside one another, so a new one may find no room.
    const removeLast = async () => {
      await click(page, `item-${(await design(page)).items.at(-1)!.id}`);
      await page.keyboard.press('Delete');
    };
    const before = (await design(page)).items.length;
    expect(before).toBeGreaterThanOrEqual(2);
    await removeLast();
    expect((await design(page)).items.length).toBe(before - 1);
    const draft = await design(page);
    await click(page, 'publish');
    await page.waitForFunction(() => /No network/.test(document.querySelector('expo-editor-page')!.shadowRoot!.querySelector('booth-editor')!.shadowRoot!.querySelector('[data-testid="publish-status"]')!.textContent ?? ''), { timeout: 30_000 });
    // Edits go on while publishing waits.
    await removeLast();
    expect((await design(page)).items.length).toBe(before - 2);
    offline = false;
    await page.waitForFunction(() => /Published/.test(document.querySelector('expo-editor-page')!.shadowRoot!.querySelector('booth-editor')!.shadowRoot!.querySelector('[data-testid="publish-status"]')!.textContent ?? ''), { timeout: 60_000 });
    const published = BoothDesignSchema.parse(await (await fetch(`${server.url}/api/booths/${draft.id}`)).json());
    expect(published.items.map((i) => i.id).sort()).toEqual(draft.items.map((i) => i.id).sort());
    await context.close();
  }, 300_000);

  it('an invalid GLB upload shows the validator message and nothing is saved', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await signInPage(page, server.url, DEMO.exhibitor);
    await openBoothEditor(page, server.url);
    const count = () => page.evaluate(async () => ((await (await fetch('/api/exhibitors/ex-001/private')).json()) as { products: unknown[] }).products.length);
    const productsBefore = await count();
    await click(page, 'open-products');
    await waitFor(page, 'product-new');
    await click(page, 'product-new');
    await waitFor(page, 'product-glb');
    // A GLB header followed by a JSON chunk that is not glTF.
    const json = Buffer.from('{"asset":{"version":"9"},"meshes":[{"primitives":[{"attributes":{"POSITION":7}}]}]}  ');
    const padded = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)]);
    const header = Buffer.alloc(20);
    header.write('glTF', 0, 'ascii');
    header.writeUInt32LE(2, 4);
    header.writeUInt32LE(20 + padded.length, 8);
    header.writeUInt32LE(padded.length, 12);
    header.write('JSON', 16, 'ascii');
    const file = resolve(server.dataDir, 'broken.glb');
    (await import('node:fs')).writeFileSync(file, Buffer.concat([header, padded]));
    const input = await page.evaluateHandle(() => document.querySelector('expo-editor-page')!.shadowRoot!.querySelector('booth-editor')!.shadowRoot!.querySelector('product-manager')!.shadowRoot!.querySelector<HTMLInputElement>('[data-testid="product-glb"]')!);
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await waitFor(page, 'upload-error');
    const message = (await onEditor(page, 'upload-error', 'text')) as string;
    expect(message).toMatch(/failed the checks/);
    expect(message.length).toBeGreaterThan(40);
    await page.screenshot({ path: join(SHOTS, 'booth-editor-invalid-glb.png') });
    expect(await count()).toBe(productsBefore);
    await context.close();
  }, 300_000);

  it('50 items added through the palette in a 9×9 island booth, each on a free spot; edit→frame timed', async () => {
    // Items may not stand inside one another, so 50 floor items need room: the organizer moves the
    // demo exhibitor from its 3×3 shell booth to an island slot (9×9), where the hall publish makes
    // it a new, empty island booth. The exhibitor then fills it through the editor's palette.
    const token = await apiToken(server.url, DEMO.organizer);
    const publishLayout = async (hallId: string, change: (layout: HallLayoutRecord['layout']) => HallLayoutRecord['layout']) => {
      const current = HallLayoutRecord.parse(await (await fetch(`${server.url}/api/halls/${hallId}/layout`)).json());
      const put = await fetch(`${server.url}/api/halls/${hallId}/layout`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, origin: server.url },
        body: JSON.stringify({ revision: current.revision, layout: change(current.layout) }),
      });
      expect(put.status, await put.clone().text()).toBe(200);
    };
    await publishLayout('hall-1', (layout) => ({ ...layout, slots: layout.slots.map(({ exhibitorId, ...slot }) => (exhibitorId === 'ex-001' ? slot : { ...slot, exhibitorId })) }));
    await publishLayout('hall-2', (layout) => ({ ...layout, slots: layout.slots.map((slot) => (slot.kind === 'island' && slot.id === 'a-01' ? { ...slot, exhibitorId: 'ex-001' } : slot)) }));

    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await signInPage(page, server.url, DEMO.exhibitor);
    await openBoothEditor(page, server.url);
    expect((await design(page)).templateId).toBe('island-9x9');

    // 50 items by palette clicks, each finding a free spot (no problem shown), then time edits from
    // command to the next drawn frame (reported, not asserted).
    const kinds = ['plant', 'seating', 'brochure-rack', 'meeting-table'];
    for (let n = (await design(page)).items.length, k = 0; n < 50; n++, k++) {
      await click(page, `palette-${kinds[k % kinds.length]}`);
      expect(await onEditor(page, 'place-problem', 'text'), `item ${n + 1}`).toBe('');
    }
    const full = await design(page);
    expect(full.items.length).toBeGreaterThanOrEqual(50);
    // By the model's own placement rule, as the hall's visitors get the template: every item placed well.
    const island = HallView.parse(await (await fetch(`${server.url}/api/halls/hall-2`)).json()).boothTemplates.find((t) => t.id === 'island-9x9')!;
    expect([...designPlacementProblems(full, island)]).toEqual([]);
    // The timed edits nudge the outermost item out by a grid step and back: it has room that way.
    const outer = full.items.reduce((a, b) => (Math.abs(b.x) > Math.abs(a.x) ? b : a));
    const [away, back] = outer.x >= 0 ? (['ArrowRight', 'ArrowLeft'] as const) : (['ArrowLeft', 'ArrowRight'] as const);
    await click(page, `item-${outer.id}`);
    // One edit at a time: each waits for its own frame, so a sample is one edit's latency, not a queue's.
    await page.evaluate(() => (window.openExpoEditor!.editToFrameMs.length = 0));
    // Counts GL program links from here on: an edit must reuse compiled shaders. A link is a
    // synchronous round trip to the GPU process (and a recompile in software GL); replacing the
    // selection outline once cost one per edit, most of an edit's time to its frame.
    await page.evaluate(() => {
      const w = window as unknown as { programLinks: number };
      w.programLinks = 0;
      const link = WebGL2RenderingContext.prototype.linkProgram;
      WebGL2RenderingContext.prototype.linkProgram = function (this: WebGL2RenderingContext, program: WebGLProgram) {
        w.programLinks++;
        return link.call(this, program);
      };
    });
    const setViewMs: number[] = [];
    for (let k = 0; k < EDIT_SAMPLES; k++) {
      // The browser first presents what the last edit drew (two animation frames), as between a person's edits.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const before = await page.evaluate(() => window.openExpoEditor!.editToFrameMs.length);
      await page.keyboard.press(k % 2 ? back : away);
      await page.waitForFunction((n) => window.openExpoEditor!.editToFrameMs.length > n, { timeout: 20_000, polling: 'raf' }, before);
      setViewMs.push(await page.evaluate(() => window.openExpoEditor!.previewStats()!.lastSetViewMs));
    }
    // The last palette clicks' frames may land after the reset above: the timed edits are the last samples.
    const times = await page.evaluate((n) => window.openExpoEditor!.editToFrameMs.slice(-n), EDIT_SAMPLES);
    expect(await page.evaluate(() => (window as unknown as { programLinks: number }).programLinks), 'GL programs linked during the timed edits').toBe(0);
    const rebuild = await page.evaluate(() => window.openExpoEditor!.previewStats()!);
    console.log(
      `[booth-editor] edit→frame for a ${(await design(page)).items.length}-item booth: ${formatTimings(summarizeTimings(times))}; setView ${formatTimings(summarizeTimings(setViewMs))}, rebuilding ${rebuild.rebuiltBooths} booth(s); last frame ${rebuild.drawCalls} draw calls, ${rebuild.activeMeshes} of ${rebuild.meshes} meshes, ${rebuild.activeTriangles} triangles, ${rebuild.lastRenderMs.toFixed(1)} ms of script; ${rebuild.frames} frames drawn in all`,
    );
    await page.screenshot({ path: join(SHOTS, 'booth-editor-50-items.png') });
    await context.close();
  }, 300_000);
});
