import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { boxOf, CHAT, chatLines, openHall, overlaps, PEOPLE, textOf, typeChat, until, waitFor } from './support/hall-page';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { DEMO, signInThroughForm, type Account } from './support/sign-in';

const SHOTS = resolve(import.meta.dirname, '../.e2e-screenshots');
// The seeded demo accounts (server/seed/demo-accounts.ts). The visitor signs in, so the kick
// sticks to the account and not to 127.0.0.1, which every page of this test shares.

/** Signs a whole browser in (its default context keeps the cookie for every later page). */
async function signIn(browser: Browser, url: string, account: Account): Promise<void> {
  const page = await browser.newPage();
  await signInThroughForm(page, url, account);
  await page.close();
}

/**
 * Something inside the row of visitor `id` in the organizer's people panel. One plain CSS
 * selector inside the panel's shadow root: after puppeteer's `>>>`, a part that starts with
 * `[` or `.` is matched against the element itself, not its descendants, so
 * `li >>> [data-testid=…]` never finds what the row holds.
 */
const inRow = (id: string, inside = '') => `${PEOPLE} >>> li[data-person="${id}"]${inside ? ` ${inside}` : ''}`;
/** The first clock time in an English text ("09:05 PM" or "21:05") as 24-hour "21:05", as the zh-CN page writes it. */
function twentyFourHour(text: string): string {
  const [, h = '', m = '', half] = /(\d\d):(\d\d)(?: ([AP]M))?/.exec(text) ?? [];
  const hour = half ? (Number(h) % 12) + (half === 'PM' ? 12 : 0) : Number(h);
  return `${String(hour).padStart(2, '0')}:${m}`;
}

const STATUS = `${PEOPLE} >>> [data-testid="people-status"]`;
const TOGGLE = `${PEOPLE} >>> [data-testid="people-toggle"]`;
const PANEL = `${PEOPLE} >>> [data-testid="people-panel"]`;

/**
 * Organizer moderation in real browsers: the demo organizer's people panel lists the visitors
 * near them; a mute from it makes the visitor's messages refused with the reason and the time
 * shown, and an unmute lets them talk again; a removal (confirmed first) shows the visitor why
 * they left, a reload is refused the same way, and a guest in the same instance stays connected.
 * Last, the panel's layout beside the chat and the touch stick, on a desktop and a phone.
 */
describe('organizer moderation', () => {
  let server: ServerProcess;
  let organizerBrowser: Browser;
  let visitorBrowser: Browser;
  let organizer: Page;
  let visitor: Page;
  let guest: Page;
  let visitorId: string;
  let guestId: string;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServerProcess();
    [organizerBrowser, visitorBrowser] = await Promise.all([launchChromium(800, 600), launchChromium(640, 480)]);
    await Promise.all([signIn(organizerBrowser, server.url, DEMO.organizer), signIn(visitorBrowser, server.url, DEMO.visitor)]);
    // A guest (no account, its own cookies) shares the visitor's browser: it must stay through the removal.
    const guestContext = await visitorBrowser.createBrowserContext();
    // The organizer's page is in Chinese: the panel is checked (and photographed) in zh-CN first.
    [organizer, visitor, guest] = await Promise.all([
      openHall(organizerBrowser, `${server.url}/hall/hall-1?lang=zh-CN`, errors),
      openHall(visitorBrowser, `${server.url}/hall/hall-1?lang=en`, errors),
      openHall(guestContext, `${server.url}/hall/hall-1?lang=en`, errors, { width: 480, height: 360 }),
    ]);
    visitorId = (await visitor.evaluate(() => window.openExpo!.sessionId))!;
    guestId = (await guest.evaluate(() => window.openExpo!.sessionId))!;
  }, 300_000);

  afterAll(async () => {
    await Promise.all([organizerBrowser?.close(), visitorBrowser?.close()]);
    await server?.stop();
  });

  it('shows the people panel to the organizer only, opened from the keyboard', async () => {
    const toggle = await waitFor(organizer, TOGGLE);
    expect(await visitor.$(PEOPLE)).toBeNull();
    expect(await guest.$(PEOPLE)).toBeNull();
    await toggle.focus();
    await organizer.keyboard.press('Enter');
    await waitFor(organizer, PANEL);
    expect(await toggle.evaluate((el) => el.getAttribute('aria-expanded'))).toBe('true');
    // The visitor is listed by the name on their account, as a visitor, with how far away they are; nothing else about them.
    const text = await until(() => textOf(organizer, inRow(visitorId)), (t) => t.includes('Demo visitor'), 'the visitor in the panel');
    expect(text).toMatch(/访客 · (在通道|在 .+)( · \d+ 米)?/);
    expect(text).not.toContain('@');
    await until(() => textOf(organizer, inRow(guestId)), (t) => t.length > 0, 'the guest in the panel');
  });

  it('mutes the visitor: their messages are refused with the reason and time shown, nobody gets them; unmute lets them talk', async () => {
    await (await waitFor(organizer, inRow(visitorId, 'button[data-action="mute"]'))).click();
    const badge = await until(() => textOf(organizer, inRow(visitorId, '[data-testid="person-muted"]')), (t) => t.length > 0, 'the muted badge');
    expect(badge).toMatch(/已禁言，\d\d:\d\d 解除/);
    const mutedUntil = /\d\d:\d\d/.exec(badge)![0];
    expect(await textOf(organizer, STATUS)).toContain('Demo visitor 已被禁言');
    // Told at once, with the same end time, and told again when they try.
    const told = await until(() => textOf(visitor, `${CHAT} >>> [data-testid="chat-refusal"]`), (t) => /muted you until \d\d:\d\d( [AP]M)?\./.test(t), 'the visitor told of the mute');
    expect(twentyFourHour(told)).toBe(mutedUntil);
    await typeChat(visitor, 'can anyone hear me');
    await until(() => textOf(visitor, `${CHAT} >>> [data-testid="chat-refusal"]`), (t) => t.includes('An organizer has muted you'), 'the refusal');
    expect((await chatLines(visitor)).some((l) => l.includes('can anyone hear me'))).toBe(false);
    // The organizer's own line after it reaches the visitor and the guest; the muted one reached neither.
    await typeChat(organizer, 'organizer here');
    await until(() => chatLines(visitor), (l) => l.some((line) => line.includes('organizer here')), 'the organizer line at the visitor');
    await until(() => chatLines(guest), (l) => l.some((line) => line.includes('organizer here')), 'the organizer line at the guest');
    expect((await chatLines(organizer)).some((l) => l.includes('can anyone hear me'))).toBe(false);
    expect((await chatLines(guest)).some((l) => l.includes('can anyone hear me'))).toBe(false);
    await organizer.screenshot({ path: `${SHOTS}/rooms-ui-people-zh.png` });
    await visitor.screenshot({ path: `${SHOTS}/rooms-ui-muted-en.png` });

    await (await waitFor(organizer, inRow(visitorId, 'button[data-action="unmute"]'))).click();
    await until(() => textOf(organizer, STATUS), (t) => t.includes('Demo visitor 可以重新发言了'), 'the unmute answered');
    expect(await organizer.$(inRow(visitorId, '[data-testid="person-muted"]'))).toBeNull();
    await until(async () => !!(await visitor.$(`${CHAT} >>> [data-testid="chat-refusal"]`)), (shown) => !shown, 'the refusal gone at the visitor');
    await typeChat(visitor, 'thanks, back again');
    await until(() => chatLines(organizer), (l) => l.some((line) => line.includes('thanks, back again')), 'the visitor heard again');
  });

  it('removes the visitor after a confirmation (by keyboard); they are told why, cannot come back, and the guest stays', async () => {
    await (await waitFor(organizer, inRow(visitorId, 'button[data-action="kick"]'))).click();
    const confirmText = await until(() => textOf(organizer, inRow(visitorId, '[data-testid="kick-confirm"]')), (t) => t.length > 0, 'the confirmation');
    expect(confirmText).toContain('确定将 Demo visitor 移出本场次吗');
    await organizer.screenshot({ path: `${SHOTS}/rooms-ui-people-confirm-zh.png` });
    // Escape cancels and nothing happens; the visitor is still in.
    const focused = () =>
      organizer.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('data-action') ?? el?.getAttribute('data-testid') ?? el?.tagName ?? '';
      });
    expect(await focused()).toBe('cancel-kick');
    await organizer.keyboard.press('Escape');
    await until(focused, (f) => f === 'kick', 'focus back on the remove button');
    expect(await organizer.$(inRow(visitorId, '[data-testid="kick-confirm"]'))).toBeNull();
    expect(await organizer.$(PANEL)).not.toBeNull();
    // Again, confirmed from the keyboard this time: Enter on the remove button, Shift+Tab from Cancel to Remove, Enter.
    await organizer.keyboard.press('Enter');
    await until(focused, (f) => f === 'cancel-kick', 'the confirmation');
    await organizer.keyboard.down('Shift');
    await organizer.keyboard.press('Tab');
    await organizer.keyboard.up('Shift');
    expect(await focused()).toBe('confirm-kick');
    await organizer.keyboard.press('Enter');

    const removed = await until(() => textOf(visitor, 'expo-hall-page >>> [data-testid="removed"]'), (t) => t.length > 0, 'the removal notice');
    expect(removed).toContain('An organizer removed you from this hall instance.');
    expect(removed).toMatch(/You can come back into this instance after \d\d:\d\d( [AP]M)?\./);
    await until(() => textOf(organizer, STATUS), (t) => t.includes('Demo visitor 已被移出本场次'), 'the organizer told');
    await until(async () => !!(await organizer.$(inRow(visitorId))), (present) => !present, 'the visitor gone from the panel');
    await visitor.screenshot({ path: `${SHOTS}/rooms-ui-removed-en.png` });

    // The guest was not disturbed: same session, still connected, and now sees two people online.
    await until(() => textOf(guest, 'expo-hall-page >>> [data-testid="online"]'), (t) => t === '2 online', 'the guest seeing the visitor gone');
    expect(await guest.evaluate(() => window.openExpo?.sessionId)).toBe(guestId);
    expect(await textOf(guest, 'expo-hall-page >>> [data-testid="removed"]')).toBe('');

    // Coming back (a reload) is refused for the ban time, and said the same way, with the same time.
    await visitor.reload({ waitUntil: 'domcontentloaded' });
    const again = await until(() => textOf(visitor, 'expo-hall-page >>> [data-testid="removed"]'), (t) => t.length > 0, 'the removal notice after a reload', 120_000);
    expect(again).toBe(removed);
    expect(await visitor.evaluate(() => window.openExpo?.sessionId)).toBeUndefined();
    expect(await textOf(organizer, 'expo-hall-page >>> [data-testid="online"]')).toBe('在线 2 人');
    expect(await guest.evaluate(() => window.openExpo?.sessionId)).toBe(guestId);
    await visitor.close();
  }, 180_000);

  /** Opens the panel if closed, photographs the page, and checks what the panel must leave free. */
  async function checkLayout(page: Page, name: string, touch: boolean): Promise<void> {
    const button = await waitFor(page, TOGGLE);
    if ((await button.evaluate((el) => el.getAttribute('aria-expanded'))) !== 'true') await (touch ? button.tap() : button.click());
    const panel = await boxOf(page, PANEL);
    await until(() => textOf(page, inRow(guestId)), (t) => t.length > 0, `the guest listed (${name})`);
    await page.screenshot({ path: `${SHOTS}/rooms-ui-people-${name}.png` });
    const viewport = page.viewport()!;
    expect(panel.x >= 0 && panel.y >= 0 && panel.x + panel.width <= viewport.width && panel.y + panel.height <= viewport.height, `${name}: panel inside the page`).toBe(true);
    expect(overlaps(panel, await boxOf(page, `${CHAT} >>> input[name="text"]`)), `${name}: panel over the chat input`).toBe(false);
    expect(overlaps(panel, await boxOf(page, `${CHAT} >>> button[type="submit"]`)), `${name}: panel over the send button`).toBe(false);
    // The toggle sits below the top bar, which wraps to two lines on a phone.
    const toggle = await boxOf(page, TOGGLE);
    for (const item of ['expo-hall-page >>> .topbar > a', 'expo-hall-page >>> [data-testid="online"]', 'expo-hall-page >>> expo-locale-switch']) {
      expect(overlaps(toggle, await boxOf(page, item)), `${name}: toggle over ${item}`).toBe(false);
    }
    if (touch) expect(overlaps(panel, await boxOf(page, 'expo-hall-page >>> expo-touch-stick')), `${name}: panel over the joystick`).toBe(false);
  }

  it('lays the panel out beside the chat and the joystick, in both languages, and closes it', async () => {
    // The moderation above ran on a smaller page (software WebGL pays per pixel); a laptop's page now.
    await organizer.setViewport({ width: 1280, height: 720 });
    await checkLayout(organizer, 'desktop-zh', false);
    await (await waitFor(organizer, 'expo-hall-page >>> expo-locale-switch >>> button')).click();
    await until(() => textOf(organizer, TOGGLE), (t) => t.includes('People'), 'the panel in English');
    await checkLayout(organizer, 'desktop-en', false);
    // Closed by its toggle, and by Escape from inside it (focus back on the toggle).
    await (await waitFor(organizer, TOGGLE)).click();
    await until(async () => !!(await organizer.$(PANEL)), (open) => !open, 'the panel closed by its toggle');
    await (await waitFor(organizer, TOGGLE)).click();
    await (await waitFor(organizer, inRow(guestId, 'button[data-action="mute"]'))).focus();
    await organizer.keyboard.press('Escape');
    await until(async () => !!(await organizer.$(PANEL)), (open) => !open, 'the panel closed by Escape');

    // A phone: the organizer's page again at 390×844 with touch (a fresh page: touch is set before it loads).
    await organizer.close();
    const phone = await openHall(organizerBrowser, `${server.url}/hall/hall-1`, errors, { width: 390, height: 844, isMobile: true, hasTouch: true });
    await checkLayout(phone, 'phone-en', true);
    await (await waitFor(phone, 'expo-hall-page >>> expo-locale-switch >>> button')).tap();
    await until(() => textOf(phone, TOGGLE), (t) => t.includes('在场人员'), 'the phone panel in Chinese');
    await checkLayout(phone, 'phone-zh', true);
    await (await waitFor(phone, TOGGLE)).tap();
    await until(async () => !!(await phone.$(PANEL)), (open) => !open, 'the phone panel closed by a tap');
    expect(errors).toEqual([]);
  }, 180_000);
});
