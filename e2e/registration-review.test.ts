import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { textOf, waitFor } from './support/deep-query';
import { DEMO, signInThroughForm } from './support/sign-in';

const SHOTS = resolve(import.meta.dirname, '../.e2e-screenshots');
const DESKTOP = { width: 1280, height: 800 };
// Not `isMobile`: changing it reloads the page, and the screenshots are of the state the test reached.
const PHONE = { width: 390, height: 844 };

const COMPANY = { zh: '福州闽江精密机械有限公司', en: 'Fuzhou Minjiang Precision Machinery Co., Ltd.' };
const EXHIBITOR = { email: 'sales@minjiang-precision.example', password: 'minjiang-lathes-2026' };
const GOOD_USCC = '91350100M000100Y43';
const BAD_USCC = '91350100M000100Y44';
const REASON = 'The licence scan is unreadable: please upload a clearer copy.';

/** Saves a full-page screenshot at desktop and phone size. */
async function screenshots(page: Page, name: string, ready: string): Promise<void> {
  for (const [size, viewport] of [['1280', DESKTOP], ['390', PHONE]] as const) {
    await page.setViewport(viewport);
    await waitFor(page, ready, 15_000);
    await page.screenshot({ path: join(SHOTS, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewport(DESKTOP);
}


async function newPage(context: BrowserContext | Browser, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  await page.setViewport(DESKTOP);
  page.on('pageerror', (error) => errors.push(String(error)));
  return page;
}

describe('registration and review', () => {
  let server: ServerProcess;
  let browser: Browser;
  let fileDir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    fileDir = mkdtempSync(join(tmpdir(), 'open-expo-licence-'));
    server = await startServerProcess();
    browser = await launchChromium(DESKTOP.width, DESKTOP.height);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (fileDir) rmSync(fileDir, { recursive: true, force: true });
  });

  it('an exhibitor registers, the organizer rejects with a reason, and the exhibitor reads it', async () => {
    const licence = join(fileDir, 'business-licence.pdf');
    writeFileSync(licence, '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');

    // The exhibitor, in a browser profile of their own (their own session cookie).
    const exhibitorContext = await browser.createBrowserContext();
    const exhibitor = await newPage(exhibitorContext, pageErrors);
    const signUps: string[] = [];
    exhibitor.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/exhibitor-registrations')) signUps.push(request.url());
    });
    await exhibitor.goto(`${server.url}/register?lang=en`, { waitUntil: 'domcontentloaded' });
    const form = 'expo-register-page >>> expo-exhibitor-sign-up';
    await waitFor(exhibitor, `${form} >>> expo-category-checklist >>> details summary`, 30_000);
    await screenshots(exhibitor, 'register-empty', `${form} >>> form`);

    await exhibitor.type(`${form} >>> [name="companyName.zh-CN"]`, COMPANY.zh);
    await exhibitor.type(`${form} >>> [name="companyName.en"]`, COMPANY.en);
    await exhibitor.type(`${form} >>> [name="uscc"]`, BAD_USCC);
    await exhibitor.type(`${form} >>> [name="contactPerson"]`, '林晓');
    await exhibitor.type(`${form} >>> [name="phone"]`, '138 0013 8000');
    await exhibitor.type(`${form} >>> [name="email"]`, EXHIBITOR.email);
    await exhibitor.type(`${form} >>> [name="password"]`, EXHIBITOR.password);
    // Categories by keyboard: open the first industry, tick its first category.
    await exhibitor.focus(`${form} >>> expo-category-checklist >>> details summary`);
    await exhibitor.keyboard.press('Enter');
    await waitFor(exhibitor, `${form} >>> expo-category-checklist >>> details[open] input[type="checkbox"]`);
    await exhibitor.focus(`${form} >>> expo-category-checklist >>> details[open] input[type="checkbox"]`);
    await exhibitor.keyboard.press('Space');
    expect(await textOf(exhibitor, `${form} >>> expo-category-checklist >>> details[open] .count`)).toBe('1 chosen');
    const fileInput = await waitFor(exhibitor, `${form} >>> input[name="licence"]`);
    await (fileInput as ElementHandle<HTMLInputElement>).uploadFile(licence);
    await exhibitor.click(`${form} >>> input[name="acceptTerms"]`);
    await exhibitor.click(`${form} >>> [data-testid="register-submit"]`);

    // The model's schema catches the wrong check character before anything is sent.
    const usccProblem = await textOf(exhibitor, `${form} >>> [data-problems-for="uscc"]`);
    expect(usccProblem).toContain('check character is wrong');
    expect(usccProblem).toContain('"3"');
    expect(await exhibitor.$eval(`${form} >>> [name="uscc"]`, (el) => [el.getAttribute('aria-invalid'), el === (el.getRootNode() as ShadowRoot).activeElement])).toEqual(['true', true]);
    expect(signUps).toEqual([]);
    await screenshots(exhibitor, 'register-uscc-error', `${form} >>> [data-problems-for="uscc"]`);

    await exhibitor.click(`${form} >>> [name="uscc"]`, { count: 3 });
    await exhibitor.keyboard.press('Backspace');
    await exhibitor.type(`${form} >>> [name="uscc"]`, GOOD_USCC);
    // Typing clears the field's problem.
    expect(await exhibitor.$(`${form} >>> [data-problems-for="uscc"]`)).toBeNull();
    await Promise.all([exhibitor.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 30_000 }), exhibitor.click(`${form} >>> [data-testid="register-submit"]`)]);
    expect(new URL(exhibitor.url()).pathname).toBe('/account');
    expect(signUps).toHaveLength(1);
    expect(await textOf(exhibitor, 'expo-account-page >>> [data-testid="account-status"]')).toContain('under review');
    expect(await exhibitor.$eval('expo-account-page >>> [data-testid="account-status"]', (el) => el.getAttribute('data-status'))).toBe('pending');
    expect(await textOf(exhibitor, 'expo-account-page >>> [data-testid="account-role"]')).toBe('Exhibitor');
    await screenshots(exhibitor, 'account-pending', 'expo-account-page >>> [data-testid="account-status"]');

    // The organizer signs in elsewhere; a wrong password first shows the server's message.
    const organizerContext = await browser.createBrowserContext();
    const organizer = await newPage(organizerContext, pageErrors);
    await organizer.goto(`${server.url}/login?lang=en`, { waitUntil: 'domcontentloaded' });
    const login = 'expo-login-page';
    await waitFor(organizer, `${login} >>> [name="email"]`);
    await screenshots(organizer, 'login', `${login} >>> form`);
    await organizer.type(`${login} >>> [name="email"]`, DEMO.organizer.email);
    await organizer.type(`${login} >>> [name="password"]`, 'not-the-password');
    await organizer.keyboard.press('Enter');
    expect(await textOf(organizer, `${login} >>> [data-testid="login-error"]`)).toContain('wrong email or password');
    await screenshots(organizer, 'login-wrong-password', `${login} >>> [data-testid="login-error"]`);
    await organizer.click(`${login} >>> [name="password"]`, { count: 3 });
    await organizer.type(`${login} >>> [name="password"]`, DEMO.organizer.password);
    await Promise.all([organizer.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 30_000 }), organizer.keyboard.press('Enter')]);
    expect(new URL(organizer.url()).pathname).toBe('/organizer/review');

    const review = 'expo-organizer-review-page';
    const card = `${review} >>> article[data-registration-id]`;
    await waitFor(organizer, card, 30_000);
    const ours = await organizer.waitForFunction(
      (companyEn) => {
        const root = document.querySelector('expo-organizer-review-page')?.shadowRoot;
        const article = [...(root?.querySelectorAll('article[data-registration-id]') ?? [])].find((a) => a.textContent?.includes(companyEn));
        return article?.getAttribute('data-registration-id') ?? null;
      },
      { timeout: 15_000 },
      COMPANY.en,
    );
    const registrationId = (await ours.jsonValue()) as string;
    const row = `${review} >>> article[data-registration-id="${registrationId}"]`;
    const rowText = await textOf(organizer, row);
    for (const shown of [COMPANY.zh, COMPANY.en, GOOD_USCC, '林晓', '13800138000', EXHIBITOR.email]) expect(rowText).toContain(shown);
    expect(await organizer.$eval(`${row} [data-testid="view-licence"]`, (a) => [a.getAttribute('href'), a.getAttribute('target')])).toEqual([
      `/api/exhibitor-registrations/${registrationId}/licence`,
      '_blank',
    ]);
    // The licence opens for the organizer (same cookie as the page).
    const licenceStatus = await organizer.evaluate((href) => fetch(href).then((r) => [r.status, r.headers.get('content-type')]), `/api/exhibitor-registrations/${registrationId}/licence`);
    expect(licenceStatus[0]).toBe(200);
    expect(licenceStatus[1]).toContain('pdf');
    await screenshots(organizer, 'review-queue', row);

    // Reject: the dialog will not take an empty reason.
    await organizer.click(`${row} [data-testid="reject"]`);
    const dialog = `${review} >>> expo-reject-dialog >>> dialog[open]`;
    await waitFor(organizer, dialog);
    await organizer.click(`${dialog} [data-testid="reject-confirm"]`);
    expect(await textOf(organizer, `${dialog} #reason-problem`)).toBe('Please give a reason');
    await organizer.type(`${dialog} textarea`, REASON);
    await screenshots(organizer, 'review-reject-dialog', dialog);
    await organizer.click(`${dialog} [data-testid="reject-confirm"]`);
    await waitFor(organizer, `${row}[data-status="rejected"]`, 15_000);
    expect(await textOf(organizer, `${row} [data-testid="registration-reason"]`)).toContain(REASON);
    expect(await organizer.$(`${row} [data-testid="approve"]`)).toBeNull();
    await screenshots(organizer, 'review-rejected', `${row}[data-status="rejected"]`);

    // The exhibitor's account now says why.
    await exhibitor.reload({ waitUntil: 'domcontentloaded' });
    await waitFor(exhibitor, 'expo-account-page >>> [data-status="rejected"]', 15_000);
    expect(await textOf(exhibitor, 'expo-account-page >>> [data-testid="account-review-reason"]')).toBe(REASON);
    await screenshots(exhibitor, 'account-rejected', 'expo-account-page >>> [data-testid="account-review-reason"]');

    // The review page in Chinese.
    await organizer.goto(`${server.url}/organizer/review?lang=zh-CN&status=rejected`, { waitUntil: 'domcontentloaded' });
    await waitFor(organizer, row, 15_000);
    expect(await textOf(organizer, `${review} >>> h1`)).toBe('注册审核');
    expect(await textOf(organizer, `${review} >>> [data-testid="queue-exhibitors"]`)).toBe('展商');
    expect(await textOf(organizer, `${review} >>> [data-testid="queue-visitors"]`)).toBe('观众');
    expect(await textOf(organizer, `${row} [data-testid="registration-status"]`)).toBe('未通过');
    expect(await textOf(organizer, `${row} [data-testid="view-licence"]`)).toContain('查看营业执照');
    expect(await textOf(organizer, `${row} h2`)).toBe(COMPANY.zh);
    await screenshots(organizer, 'review-zh', row);

    // The lobby knows who is signed in; signed out, it offers to sign in.
    await organizer.goto(`${server.url}/?lang=en`, { waitUntil: 'domcontentloaded' });
    expect(await textOf(organizer, 'expo-lobby-page >>> expo-account-nav >>> [data-testid="account-name"]')).toBe('Demo organizer');
    await screenshots(organizer, 'lobby-signed-in', 'expo-lobby-page >>> [data-hall-id]');
    const guest = await newPage(browser, pageErrors);
    await guest.goto(`${server.url}/?lang=en`, { waitUntil: 'domcontentloaded' });
    expect(await textOf(guest, 'expo-lobby-page >>> expo-account-nav >>> a[href^="/login"]')).toBe('Sign in');
    await screenshots(guest, 'lobby-signed-out', 'expo-lobby-page >>> [data-hall-id]');
    await guest.goto(`${server.url}/organizer/review?lang=en`, { waitUntil: 'domcontentloaded' });
    expect(await textOf(guest, `${review} >>> [data-testid="review-gate"]`)).toContain('Sign in as an organizer');

    await Promise.all([exhibitorContext.close(), organizerContext.close(), guest.close()]);
    expect(pageErrors).toEqual([]);
  });

  it('with manual visitor review on, a visitor signs up in Chinese and the organizer approves them', async () => {
    const organizerContext = await browser.createBrowserContext();
    const organizer = await newPage(organizerContext, pageErrors);
    await signInThroughForm(organizer, server.url, DEMO.organizer);
    const review = 'expo-organizer-review-page';
    const toggle = `${review} >>> [data-testid="visitor-review-mode"]`;
    await waitFor(organizer, `${toggle}:not([disabled])`, 15_000);
    expect(await organizer.$eval(toggle, (el) => (el as HTMLInputElement).checked)).toBe(false);
    const saved = await Promise.all([organizer.waitForResponse((r) => r.url().endsWith('/settings') && r.request().method() === 'PUT'), organizer.click(toggle)]);
    expect(saved[0].status()).toBe(200);
    const settings = await organizer.evaluate(() => fetch('/api/expos/demo-expo').then((r) => r.json() as Promise<{ settings?: { visitorReview: string } }>));
    expect(settings.settings?.visitorReview).toBe('manual');

    const visitorContext = await browser.createBrowserContext();
    const visitor = await newPage(visitorContext, pageErrors);
    await visitor.goto(`${server.url}/register?lang=zh-CN&as=visitor`, { waitUntil: 'domcontentloaded' });
    const form = 'expo-register-page >>> expo-visitor-sign-up';
    await waitFor(visitor, `${form} >>> expo-category-checklist >>> details summary`, 30_000);
    expect(await textOf(visitor, 'expo-register-page >>> [data-testid="tab-visitor"]')).toBe('观众');
    await visitor.type(`${form} >>> [name="displayName"]`, 'Ana Ribeiro');
    await visitor.type(`${form} >>> [name="company"]`, 'Lisboa Importações');
    await visitor.type(`${form} >>> [name="email"]`, 'ana@lisboa-import.example');
    await visitor.type(`${form} >>> [name="password"]`, 'lisbon-buyer-2026');
    await visitor.select(`${form} >>> [name="country"]`, 'PT');
    await visitor.click(`${form} >>> expo-category-checklist >>> details summary`);
    await visitor.click(`${form} >>> expo-category-checklist >>> details[open] input[type="checkbox"]`);
    await visitor.type(`${form} >>> [name="intent.tags"]`, '数控机床，激光切割');
    await visitor.select(`${form} >>> [name="intent.budget.currency"]`, 'EUR');
    await visitor.type(`${form} >>> [name="intent.budget.min"]`, '90000');
    await visitor.type(`${form} >>> [name="intent.budget.max"]`, '5000');
    await visitor.click(`${form} >>> [name="acceptTerms"]`);
    await visitor.click(`${form} >>> [data-testid="register-submit"]`);
    // The schema's problem, under the budget, in Chinese.
    expect(await textOf(visitor, `${form} >>> [data-problems-for="intent.budget"]`)).toBe('最高预算不能低于最低预算');
    await screenshots(visitor, 'register-visitor-zh', `${form} >>> [data-problems-for="intent.budget"]`);
    await visitor.click(`${form} >>> [name="intent.budget.max"]`, { count: 3 });
    await visitor.type(`${form} >>> [name="intent.budget.max"]`, '250000');
    await Promise.all([visitor.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 30_000 }), visitor.click(`${form} >>> [data-testid="register-submit"]`)]);
    await waitFor(visitor, 'expo-account-page >>> [data-status="pending"]', 15_000);
    expect(await textOf(visitor, 'expo-account-page >>> [data-testid="account-status"] h2')).toBe('注册审核中');

    await organizer.click(`${review} >>> [data-testid="queue-visitors"]`);
    const row = await organizer.waitForFunction(
      () => {
        const root = document.querySelector('expo-organizer-review-page')?.shadowRoot;
        const article = [...(root?.querySelectorAll('article[data-registration-id]') ?? [])].find((a) => a.textContent?.includes('Ana Ribeiro'));
        return article?.getAttribute('data-registration-id') ?? null;
      },
      { timeout: 15_000 },
    );
    const card = `${review} >>> article[data-registration-id="${(await row.jsonValue()) as string}"]`;
    const cardText = await textOf(organizer, card);
    for (const shown of ['Lisboa Importações', 'ana@lisboa-import.example', 'Portugal', '数控机床', '激光切割', '€90,000']) expect(cardText).toContain(shown);
    await screenshots(organizer, 'review-visitors', card);
    await organizer.click(`${card} [data-testid="approve"]`);
    await waitFor(organizer, `${card}[data-status="approved"]`, 15_000);

    await visitor.reload({ waitUntil: 'domcontentloaded' });
    await waitFor(visitor, 'expo-account-page >>> [data-status="approved"]', 15_000);
    expect(await textOf(visitor, 'expo-account-page >>> [data-testid="account-status"] h2')).toBe('注册已通过');
    await screenshots(visitor, 'account-approved-zh', 'expo-account-page >>> [data-status="approved"]');

    // Back to automatic approval, and an emptied queue says so.
    await Promise.all([organizer.waitForResponse((r) => r.url().endsWith('/settings') && r.request().method() === 'PUT'), organizer.click(toggle)]);
    await organizer.goto(`${server.url}/organizer/review?lang=en&queue=visitors&status=pending`, { waitUntil: 'domcontentloaded' });
    expect(await textOf(organizer, `${review} >>> [data-testid="review-empty"]`)).toContain('the queue is clear');
    expect(await organizer.$eval(toggle, (el) => (el as HTMLInputElement).checked)).toBe(false);

    await Promise.all([organizerContext.close(), visitorContext.close()]);
    expect(pageErrors).toEqual([]);
  });

  it('the hall page reports its visit with a beacon the server accepts', async () => {
    const page = await newPage(browser, pageErrors);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    // The queue goes out every 10 s while the page stays.
    const beacon = page.waitForResponse((r) => r.url().endsWith('/api/beacons') && r.request().method() === 'POST', { timeout: 45_000 });
    await page.goto(`${server.url}/hall/hall-1?lang=en`, { waitUntil: 'domcontentloaded' });
    const response = await beacon.catch((error: unknown) => {
      throw new Error(`no beacon; requests: ${requests.join(', ')}`, { cause: error });
    });
    // A Blob body is not in the request event; ask the browser for it.
    const sent = JSON.parse((await response.request().fetchPostData()) ?? '{}') as { events?: { type: string; hallId?: string; visitorId: string }[] };
    expect(sent.events?.map((e) => [e.type, e.hallId])).toContainEqual(['hall_enter', 'hall-1']);
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ accepted: sent.events!.length, rejected: 0 });
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
