import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CategoryList, type Product } from '../model';
import { launchChromium } from './support/chromium';
import { startServerProcess, type ServerProcess } from './support/server-process';

/** Text of an element inside the hall page's shadow roots, or null. */
function panelText(page: Page, testId: string): Promise<string | null> {
  return page.evaluate((id) => {
    const panel = document.querySelector('expo-hall-page')?.shadowRoot?.querySelector('expo-product-panel');
    return panel?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null;
  }, testId);
}

describe('hall page', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServerProcess();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens a product panel on click, in the page language, and switches to Chinese', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/hall/hall-1?lang=en`, { waitUntil: 'domcontentloaded' });
    // A progress bar shows while the hall loads.
    await page.waitForFunction(() => !!document.querySelector('expo-hall-page')?.shadowRoot?.querySelector('expo-progress-bar'), { timeout: 30_000, polling: 50 });
    await page.waitForFunction(() => window.openExpo?.phase === 'done', { timeout: 90_000, polling: 250 });

    const candidates = await page.evaluate(() => window.openExpo!.productsOnScreen());
    expect(candidates.length, 'products visible from the entrance').toBeGreaterThan(0);
    const target = candidates[0]!;
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction(
      () => !!document.querySelector('expo-hall-page')?.shadowRoot?.querySelector('expo-product-panel')?.shadowRoot?.querySelector('[data-testid="product-name"]'),
      { timeout: 15_000, polling: 100 },
    );
    const product = (await (await fetch(`${server.url}/api/products/${target.productId}`)).json()) as Product;
    expect(await panelText(page, 'product-name')).toBe(product.name.en);
    expect(await panelText(page, 'product-description')).toBe(product.description.en);
    // The category shows by its name, not its slug.
    const categories = CategoryList.parse(await (await fetch(`${server.url}/api/categories`)).json());
    const category = categories.items.find((c) => c.id === product.category);
    expect(category, `a Category for ${product.category}`).toBeDefined();
    expect(await panelText(page, 'product-category')).toBe(category!.name.en);

    await page.evaluate(() => {
      const hall = document.querySelector('expo-hall-page')!.shadowRoot!;
      (hall.querySelector('expo-locale-switch')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    });
    await page.waitForFunction(
      (name) => {
        const panel = document.querySelector('expo-hall-page')?.shadowRoot?.querySelector('expo-product-panel');
        return panel?.shadowRoot?.querySelector('[data-testid="product-name"]')?.textContent?.trim() === name;
      },
      { timeout: 10_000, polling: 100 },
      product.name['zh-CN'],
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await panelText(page, 'product-category')).toBe(category!.name['zh-CN']);

    // Escape closes the panel.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('expo-hall-page')?.shadowRoot?.querySelector('expo-product-panel'), { timeout: 5000 });
    await page.close();
  });

  it('says so when a hall does not exist', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/hall/no-such-hall?lang=en`, { waitUntil: 'domcontentloaded' });
    const message = await page.waitForFunction(
      () => document.querySelector('expo-hall-page')?.shadowRoot?.querySelector('[role="alert"] h2')?.textContent ?? null,
      { timeout: 15_000 },
    );
    expect(await message.jsonValue()).toBe('There is no such hall.');
    await page.close();
  });
});
