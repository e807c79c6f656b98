import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's Chromium unless PUPPETEER_EXECUTABLE_PATH names another. */
export function chromiumPath(): string {
  const candidates = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('No Chromium found: install it (`apt-get install -y chromium`) or set PUPPETEER_EXECUTABLE_PATH.');
  return found;
}

/**
 * Headless Chromium with WebGL2 on SwiftShader (see shared/TOOLCHAIN.md). Background tabs are
 * not throttled, so two pages in one browser both keep rendering and talking to the server.
 */
export function launchChromium(width = 960, height = 540): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    defaultViewport: { width, height },
    args: [
      '--no-sandbox',
      '--headless=new',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--disable-dev-shm-usage',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      `--window-size=${width},${height}`,
    ],
  });
}
