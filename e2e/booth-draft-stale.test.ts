import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoothDesignSchema, ExhibitorBoothLocation, type BoothDesign } from '../model';
import { launchChromium } from './support/chromium';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { apiToken, DEMO, openBoothEditor, reloadBoothEditor, setSession } from './support/sign-in';

const STALE_TITLE = 'The published booth changed since this draft was saved';

async function openEditor(page: Page, url: string, token: string): Promise<void> {
  await page.setViewport({ width: 1400, height: 900 });
  await setSession(page, url, token);
  await openBoothEditor(page, url);
}

const design = (page: Page) => page.evaluate(() => window.openExpoEditor!.design()) as Promise<BoothDesign>;
const baseRevision = (page: Page) => page.evaluate(() => window.openExpoEditor!.baseRevision());

/** Clicks a button of the editor or its conflict dialog by data-testid. */
async function click(page: Page, testId: string): Promise<void> {
  const clicked = await page.evaluate(
    (id) => {
      const root = document.querySelector('expo-editor-page')?.shadowRoot?.querySelector('booth-editor')?.shadowRoot;
      const el = root?.querySelector<HTMLElement>(`[data-testid="${id}"]`) ?? root?.querySelector('conflict-dialog')?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      el?.click();
      return !!el;
    },
    testId,
  );
  expect(clicked, testId).toBe(true);
}

/** Waits for the conflict dialog to be open (or closed) and returns its heading. */
async function dialogTitle(page: Page, open = true): Promise<string> {
  await page.waitForFunction(
    (wanted) => {
      const dialog = document.querySelector('expo-editor-page')?.shadowRoot?.querySelector('booth-editor')?.shadowRoot?.querySelector('conflict-dialog')?.shadowRoot?.querySelector('dialog');
      return !!dialog && dialog.open === wanted;
    },
    { timeout: 30_000, polling: 100 },
    open,
  );
  return page.evaluate(() => document.querySelector('expo-editor-page')?.shadowRoot?.querySelector('booth-editor')?.shadowRoot!.querySelector('conflict-dialog')!.shadowRoot!.querySelector('[data-testid="conflict-title"]')!.textContent ?? '');
}

const statusText = (page: Page) => page.evaluate(() => document.querySelector('expo-editor-page')?.shadowRoot?.querySelector('booth-editor')?.shadowRoot!.querySelector('[data-testid="publish-status"]')?.textContent ?? '');

describe('booth editor: a draft the published booth moved past', () => {
  let server: ServerProcess;
  let browser: Browser;
  let token: string;
  let boothId: string;

  /** Another session (its own sign-in, no browser) publishes a new fascia name on the current revision. */
  async function publishElsewhere(fascia: string): Promise<BoothDesign> {
    const other = await apiToken(server.url, DEMO.exhibitor);
    const current = BoothDesignSchema.parse(await (await fetch(`${server.url}/api/booths/${boothId}`)).json());
    const response = await fetch(`${server.url}/api/booths/${boothId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${other}` },
      body: JSON.stringify({ ...current, fasciaName: { 'zh-CN': fascia, en: fascia } }),
    });
    expect(response.status).toBe(200);
    return BoothDesignSchema.parse(await response.json());
  }

  const published = async () => BoothDesignSchema.parse(await (await fetch(`${server.url}/api/booths/${boothId}`)).json());

  beforeAll(async () => {
    server = await startServerProcess();
    browser = await launchChromium(1400, 900);
    token = await apiToken(server.url, DEMO.exhibitor);
    boothId = ExhibitorBoothLocation.parse(await (await fetch(`${server.url}/api/exhibitors/ex-001/booth`)).json()).boothId;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('take theirs: the notice shows on reload, their version comes in, undo brings the draft back, publishing it loses nothing', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await openEditor(page, server.url, token);
    await click(page, 'palette-plant');
    const mine = await design(page);
    await page.evaluate(() => window.openExpoEditor!.draftSaved());

    const theirs = await publishElsewhere('Published from another device');
    await reloadBoothEditor(page);
    expect(await dialogTitle(page)).toBe(STALE_TITLE);
    // Nothing was replaced while the notice waits.
    expect((await design(page)).items).toEqual(mine.items);
    await click(page, 'conflict-compare');
    await page.waitForFunction(() => /fasciaName/.test(document.querySelector('expo-editor-page')?.shadowRoot?.querySelector('booth-editor')?.shadowRoot!.querySelector('conflict-dialog')!.shadowRoot!.querySelector('[data-testid="conflict-differences"]')?.textContent ?? ''), { timeout: 10_000 });

    await click(page, 'conflict-theirs');
    await dialogTitle(page, false);
    expect(await design(page)).toMatchObject({ items: theirs.items, fasciaName: theirs.fasciaName });
    expect(await baseRevision(page)).toBe(theirs.revision);
    expect(await statusText(page)).toContain('Took the published version');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    expect((await design(page)).items).toEqual(mine.items);

    // A reload now has nothing to ask: the draft is based on their revision.
    await page.evaluate(() => window.openExpoEditor!.draftSaved());
    await reloadBoothEditor(page);
    expect((await design(page)).items).toEqual(mine.items);
    expect(await baseRevision(page)).toBe(theirs.revision);
    await click(page, 'publish');
    await page.waitForFunction((rev) => window.openExpoEditor!.baseRevision() > rev, { timeout: 30_000 }, theirs.revision);
    expect(await statusText(page)).toMatch(/Published \(revision \d+\)/);
    expect((await published()).items).toEqual(mine.items);
    await context.close();
  }, 300_000);

  it('decide later keeps both as they were and says so; keep mine then publishes the draft on top of theirs', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await openEditor(page, server.url, token);
    await click(page, 'palette-seating');
    const mine = await design(page);
    const draftBase = await baseRevision(page);
    await page.evaluate(() => window.openExpoEditor!.draftSaved());

    const theirs = await publishElsewhere('Published from another tab');
    await reloadBoothEditor(page);
    expect(await dialogTitle(page)).toBe(STALE_TITLE);
    await page.keyboard.press('Escape');
    await dialogTitle(page, false);
    expect(await design(page)).toEqual(mine);
    expect(await baseRevision(page)).toBe(draftBase);
    expect(await statusText(page)).toContain(`based on revision ${draftBase} but revision ${theirs.revision} is published`);
    expect(await published()).toEqual(theirs);

    // Asked again on the next load; this time keep mine.
    await reloadBoothEditor(page);
    expect(await dialogTitle(page)).toBe(STALE_TITLE);
    await click(page, 'conflict-mine');
    await dialogTitle(page, false);
    expect(await design(page)).toEqual(mine);
    expect(await baseRevision(page)).toBe(theirs.revision);
    await click(page, 'publish');
    await page.waitForFunction((rev) => window.openExpoEditor!.baseRevision() > rev, { timeout: 30_000 }, theirs.revision);
    const after = await published();
    expect(after.revision).toBe(theirs.revision + 1);
    expect(after.items).toEqual(mine.items);
    expect(after.fasciaName).toEqual(mine.fasciaName);
    await context.close();
  }, 300_000);
});
