import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExhibitorPrivate } from '../model';
import { launchChromium } from './support/chromium';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { DEMO, openBoothEditor, reloadBoothEditor, signInPage } from './support/sign-in';


/** An element of the editor by data-testid, through every shadow root (puppeteer's `pierce/` selectors). */
const at = (testId: string) => `pierce/[data-testid="${testId}"]`;

/** Waits for an element (polling: shadow-root changes do not wake puppeteer's selector wait). */
async function present(page: Page, testId: string): Promise<void> {
  await expect.poll(async () => (await page.$(at(testId))) !== null, { timeout: 30_000, interval: 100 }).toBe(true);
}

async function click(page: Page, testId: string): Promise<void> {
  await present(page, testId);
  await page.$eval(at(testId), (el) => (el as HTMLElement).click());
}

/** Focuses a field and types into it with the keyboard, as a person would. */
async function type(page: Page, testId: string, value: string): Promise<void> {
  await present(page, testId);
  await page.$eval(at(testId), (el) => (el as HTMLElement).focus());
  await page.keyboard.type(value);
}

const textOf = (page: Page, testId: string) => page.$eval(at(testId), (el) => el.textContent?.trim() ?? '');

/** Saves the form and waits for "Saved"; if problems show instead, the failure shows the form's text. */
async function save(page: Page): Promise<void> {
  await click(page, 'product-save');
  const outcome = async () =>
    (await page.$(at('product-saved'))) ? 'saved' : (await page.$(at('product-problems'))) ? await page.$eval(at('product-form'), (el) => (el as HTMLElement).innerText) : 'pending';
  await expect.poll(outcome, { timeout: 30_000, interval: 100 }).toBe('saved');
}

describe('booth editor: the product form', () => {
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

  it('shows each problem next to its field, picks the category from the fair’s taxonomy by search and keyboard, and saves', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await signInPage(page, server.url, DEMO.exhibitor);
    await openBoothEditor(page, server.url);
    await click(page, 'open-products');
    await click(page, 'product-new');
    await present(page, 'product-category-search');

    // Saving the empty form: the schema's problems land under their fields, and nothing is sent.
    await click(page, 'product-save');
    await present(page, 'problems-nameZh');
    for (const field of ['nameEn', 'descriptionZh', 'descriptionEn', 'category']) await present(page, `problems-${field}`);
    expect(await textOf(page, 'problems-nameZh')).toBe('must not be empty');
    expect(await page.$eval(at('product-nameZh'), (el) => el.getAttribute('aria-invalid'))).toBe('true');

    await type(page, 'product-nameZh', '五轴加工中心');
    await type(page, 'product-nameEn', 'Five-axis machining centre');
    await type(page, 'product-descriptionZh', '高精度五轴联动');
    await type(page, 'product-descriptionEn', 'Precise five-axis machining');
    await type(page, 'product-modelCode', 'VMC-5X');
    await type(page, 'product-tags', 'cnc, 5-axis');
    await type(page, 'product-specs', 'Power | 功率 | 22 kW');

    // The category: search in Chinese, ArrowDown into the list, arrows choose.
    await type(page, 'product-category-search', '数控机床');
    const options = await page.$eval(at('product-category'), (el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
    expect(options).toEqual(['cnc-machines']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => textOf(page, 'product-category-chosen'), { timeout: 10_000 }).toBe('Chosen: CNC machines · 数控机床');

    await save(page);
    const mine = ExhibitorPrivate.parse(await page.evaluate(async () => (await fetch('/api/exhibitors/ex-001/private')).json()));
    const saved = mine.products.find((p) => p.modelCode === 'VMC-5X');
    expect(saved).toMatchObject({ category: 'cnc-machines', name: { en: 'Five-axis machining centre' }, tags: ['cnc', '5-axis'], specs: [{ name: { en: 'Power', 'zh-CN': '功率' }, value: '22 kW' }], published: true });

    // A category the taxonomy no longer has cannot be chosen through the API...
    const chosen = await page.evaluate(async (p) => {
      const res = await fetch(`/api/products/${p.id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, id: undefined, exhibitorId: undefined, category: 'old-slug' }) });
      return { status: res.status, body: await res.json() };
    }, saved!);
    expect(chosen.status).toBe(400);
    expect((chosen.body as { error: { details?: string[] } }).error.details).toEqual(['category: no category "old-slug" in this expo']);
    // ...but a product stored before the organizers dropped its category keeps it, shown as such,
    // until another is chosen. Such a product is written straight into the server's database file.
    const db = new Database(join(server.dataDir, 'expo.sqlite'));
    try {
      db.prepare('UPDATE products SET category = ?, doc = ? WHERE id = ?').run('old-slug', JSON.stringify({ ...saved!, category: 'old-slug' }), saved!.id);
    } finally {
      db.close();
    }
    await reloadBoothEditor(page);
    await click(page, 'open-products');
    await click(page, `product-edit-${saved!.id}`);
    await present(page, 'product-category-chosen');
    expect(await textOf(page, 'product-category-chosen')).toContain('old-slug');
    expect(await page.$eval(at('product-category'), (el) => (el as HTMLSelectElement).value)).toBe('old-slug');
    await save(page);
    expect(ExhibitorPrivate.parse(await page.evaluate(async () => (await fetch('/api/exhibitors/ex-001/private')).json())).products.find((p) => p.id === saved!.id)!.category).toBe('old-slug');
    await context.close();
  }, 300_000);
});
