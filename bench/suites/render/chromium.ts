import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/**
 * Headless Chromium with WebGL2 on SwiftShader, launched with the same flags as the e2e tests
 * (e2e/support/chromium.ts; bench/ may not import e2e/). Absolute frame times on SwiftShader mean
 * little; draw calls, active meshes and the CPU time of a render call, compared within one run, do.
 */
export function launchBenchChromium(width: number, height: number): Promise<Browser> {
  const executablePath = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p): p is string => !!p && existsSync(p));
  if (!executablePath) throw new Error('No Chromium found: install it (`apt-get install -y chromium`) or set PUPPETEER_EXECUTABLE_PATH.');
  return puppeteer.launch({
    executablePath,
    headless: true,
    // A naive build of the stress hall may draw one frame a second here: no protocol timeout,
    // the suite's own waits bound the run.
    protocolTimeout: 0,
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
