import type { Page } from 'puppeteer-core';

export interface Account {
  email: string;
  password: string;
}

/** The seeded demo accounts (server/seed/demo-accounts.ts; the README lists them too). */
export const DEMO = {
  organizer: { email: 'organizer@expo.example', password: 'organizer-demo-2026' },
  exhibitor: { email: 'exhibitor@expo.example', password: 'exhibitor-demo-2026' },
  visitor: { email: 'visitor@expo.example', password: 'visitor-demo-2026' },
} as const satisfies Record<string, Account>;

/** Signs in through the API from the test (not the page, whose own scripts may navigate meanwhile); answers the session token. */
export async function apiToken(url: string, account: Account): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify(account) });
  if (response.status !== 200) throw new Error(`sign-in of ${account.email} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Gives the page's browser context this session, as the session cookie the login page would set. */
export async function setSession(page: Page, url: string, token: string): Promise<void> {
  await page.setCookie({ name: 'expo_session', value: token, domain: new URL(url).hostname, path: '/', httpOnly: true, sameSite: 'Strict' });
}

/** Signs in through the API and hands the session to the page. */
export async function signInPage(page: Page, url: string, account: Account): Promise<void> {
  await setSession(page, url, await apiToken(url, account));
}

/** Signs in through the login page as a person would, and waits for the page it leads to. */
export async function signInThroughForm(page: Page, url: string, account: Account): Promise<void> {
  await page.goto(`${url}/login?lang=en`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
  await page.type('expo-login-page >>> [name="email"]', account.email);
  await page.type('expo-login-page >>> [name="password"]', account.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 30_000 }), page.keyboard.press('Enter')]);
}

/** Opens the booth editor (English) and waits until it has loaded its booth. */
export async function openBoothEditor(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/editor?lang=en`, { waitUntil: 'domcontentloaded' });
  await boothEditorReady(page);
}

/** Reloads the booth editor and waits until it has loaded again. */
export async function reloadBoothEditor(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'domcontentloaded' });
  await boothEditorReady(page);
}

function boothEditorReady(page: Page): Promise<unknown> {
  return page.waitForFunction(() => window.openExpoEditor?.ready === true, { timeout: 90_000, polling: 200 });
}
