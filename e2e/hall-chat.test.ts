import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { CHAT, chatLines, chatTab, hallView, joined, openHall, seenAt, spotsInBooth, textOf, typeChat, until, waitFor, walkGridOf, walkTo } from './support/hall-page';
import { startServerProcess, type ServerProcess } from './support/server-process';

const SHOTS = resolve(import.meta.dirname, '../.e2e-screenshots');
const BOOTH = 'b-05';
/** A booth down the same aisle, 19 m from BOOTH: its link places the far visitor. */
const FAR_BOOTH = 'b-10';
/** The room's 'near' chat radius (EXPO_ROOM_CHAT_RADIUS, default 15 m); the far visitor stands well beyond it. */
const CHAT_RADIUS = 15;

/**
 * The hall chat in real browsers: three visitors (three Chromiums, as three people), two of them
 * in one booth and one far down the hall. Near chat reaches only those within the radius and is
 * shown as text; sensitive words arrive masked; emotes show; the booth channel reaches the booth
 * and a newcomer to it is shown its last lines.
 * Visitors arrive by booth links (the room places them at the booth) and walk only the last few
 * metres: walking the length of a hall in software rendering takes minutes.
 */
describe('hall chat', () => {
  let server: ServerProcess;
  const browsers: Browser[] = [];
  const errors: string[] = [];
  let ada: Page;
  let bo: Page;
  let cy: Page;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServerProcess();
    browsers.push(...(await Promise.all([launchChromium(640, 480), launchChromium(640, 480), launchChromium(640, 480)])));
    const hall = `${server.url}/hall/hall-1`;
    // Bo's page is in Chinese: the panel's text and the masked line are checked in zh-CN too.
    [ada, bo, cy] = await Promise.all([
      openHall(browsers[0]!, `${hall}?booth=${BOOTH}&lang=en`, errors),
      openHall(browsers[1]!, `${hall}?booth=${BOOTH}&lang=zh-CN`, errors),
      openHall(browsers[2]!, `${hall}?booth=${FAR_BOOTH}&lang=en`, errors),
    ]);
    for (const [name, page] of [['ada', ada], ['bo', bo], ['cy', cy]] as const) ids[name] = (await page.evaluate(() => window.openExpo!.sessionId))!;
  }, 300_000);

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await server?.stop();
  });

  it('places two visitors at a booth by its link and a third at a far booth; the two walk in (the room follows)', async () => {
    const view = await hallView(server.url, 'hall-1');
    const [spotA, spotB] = spotsInBooth(view, walkGridOf(view), BOOTH, 2, 0.25);
    await Promise.all([walkTo(ada, spotA!), walkTo(bo, spotB!)]);
    // The room says both stand in the booth: the chat panel shows its presence.
    for (const page of [ada, bo]) await waitFor(page, `${CHAT} >>> [data-testid="booth-presence"]`, 30_000);
    // Ada's room shows Cy (within the area of interest) beyond the chat radius.
    const adaAt = spotA!;
    await until(
      () => seenAt(ada, ids.cy!),
      (p) => !!p && Math.hypot(p.x - adaAt.x, p.z - adaAt.z) > CHAT_RADIUS + 3,
      "the room's Cy far from Ada",
    );
    expect(await cy.$(`${CHAT} >>> [data-testid="booth-presence"]`)).toBeNull();
  }, 300_000);

  it('delivers a near message typed with Enter to the visitor nearby, as text, and not to the one far away', async () => {
    const markup = '<b>x</b> from Ada';
    await typeChat(ada, markup);
    const lines = await until(() => chatLines(bo), (l) => l.some((line) => line.includes(markup)), 'Bo to get the message');
    expect(lines.find((line) => line.includes(markup))).toContain(markup);
    // Shown as the characters typed: no <b> element made from them.
    expect(await bo.$$(`${CHAT} >>> [data-testid="chat-lines"] b`)).toHaveLength(0);
    // Ada hears her own line back; the input is empty for the next one.
    await until(() => chatLines(ada), (l) => l.some((line) => line.includes(markup)), 'Ada to see her line');
    expect(await (await waitFor(ada, `${CHAT} >>> input[name="text"]`)).evaluate((el) => (el as HTMLInputElement).value)).toBe('');

    // Cy is far. Cy's own line comes back after Ada's was handled (Bo had it), so had Ada's
    // been sent to Cy it would be here by then.
    await typeChat(cy, 'ping from Cy');
    const cyLines = await until(() => chatLines(cy), (l) => l.some((line) => line.includes('ping from Cy')), 'Cy to see its own line');
    expect(cyLines.some((line) => line.includes(markup))).toBe(false);
    // And Ada, 20-odd metres away, did not hear Cy.
    expect((await chatLines(ada)).some((line) => line.includes('ping from Cy'))).toBe(false);
  });

  it('masks a sensitive word and says so', async () => {
    await typeChat(ada, '这里有毒品吗');
    const lines = await until(() => chatLines(bo), (l) => l.some((line) => line.includes('这里有＊＊吗')), 'Bo to get the masked line');
    const line = lines.find((l) => l.includes('这里有＊＊吗'))!;
    expect(line).not.toContain('毒品');
    // Bo's page is in Chinese: the note says so in Chinese.
    expect(line).toContain('部分词语已屏蔽');
  });

  it('shows an emote to the visitor nearby', async () => {
    await (await waitFor(ada, `${CHAT} >>> button[aria-label="Wave"]`)).click();
    // A wave shows as its sender's name beside a hand icon (SVG: no emoji font needed).
    const wave = `${CHAT} >>> [data-testid="chat-emotes"] [data-emote="wave"]`;
    const shown = await until(() => textOf(bo, wave), (t) => t.length > 0, 'Bo to see the wave');
    expect(shown).not.toBe('You');
    // Bo's page is in Chinese: the emote's name is too.
    expect(await bo.$eval(wave, (el) => [el.getAttribute('title'), el.querySelectorAll('svg').length])).toEqual(['挥手', 1]);
    // Ada's own wave comes back on her own socket, not necessarily before Bo's.
    await until(() => textOf(ada, wave), (t) => t === 'You', 'Ada to see her own wave');
  });

  it('reaches the booth on its channel, and shows its last lines to a newcomer', async () => {
    await chatTab(ada, 'booth');
    await chatTab(bo, 'booth');
    await typeChat(ada, 'welcome to the booth');
    await until(() => chatLines(bo), (l) => l.some((line) => line.includes('welcome to the booth')), 'Bo to get the booth line');
    // Cy, far away and in no booth, has no booth line.
    await chatTab(cy, 'booth');
    expect((await chatLines(cy)).some((line) => line.includes('welcome to the booth'))).toBe(false);

    // Cy follows the booth's link and walks in: the room hands over its last lines.
    await cy.goto(`${server.url}/hall/hall-1?booth=${BOOTH}&lang=en`, { waitUntil: 'domcontentloaded' });
    await joined(cy);
    const view = await hallView(server.url, 'hall-1');
    const [, , spotC] = spotsInBooth(view, walkGridOf(view), BOOTH, 3, 0.25);
    await walkTo(cy, spotC!);
    await waitFor(cy, `${CHAT} >>> [data-testid="booth-presence"]`, 30_000);
    await chatTab(cy, 'booth');
    await until(() => chatLines(cy), (l) => l.some((line) => line.includes('welcome to the booth')), 'Cy to be shown the booth history');

    // A screenshot of the panel in Chinese (Bo): near lines, the masked line, the emote, the booth tab.
    await chatTab(bo, 'near');
    const panel = await waitFor(bo, CHAT);
    await panel.screenshot({ path: `${SHOTS}/rooms-ui-chat-zh.png` });
    await bo.screenshot({ path: `${SHOTS}/rooms-ui-chat-page-zh.png` });
    expect(errors).toEqual([]);
  }, 300_000);
});
