import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Waits until a deep selector (`>>>` crosses shadow roots) matches. Puppeteer's `waitForSelector`
 * misses re-renders inside shadow roots, so this asks again every 100 ms until the deadline.
 */
export async function waitFor(page: Page, selector: string, timeout = 20_000): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.$(selector);
    if (handle) return handle;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${selector}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Waits until no element matches a deep selector. */
export async function waitGone(page: Page, selector: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (await page.$(selector)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${selector} to go`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Text of the element at a deep selector once it is there, whitespace collapsed. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await waitFor(page, selector);
  return (await handle.evaluate((el) => el.textContent ?? '')).replace(/\s+/g, ' ').trim();
}

/** Where a hall point (metres) shows on the organizer's plan, in client pixels. */
export function planPoint(page: Page, x: number, z: number): Promise<{ clientX: number; clientY: number }> {
  return page.evaluate(
    (px, pz) => {
      const editor = document.querySelector('expo-organizer-halls-page')!.shadowRoot!.querySelector('hall-layout-editor')!;
      const plan = editor.shadowRoot!.querySelector('hall-plan-view') as unknown as { clientPoint(x: number, z: number): { clientX: number; clientY: number } };
      return plan.clientPoint(px, pz);
    },
    x,
    z,
  );
}
