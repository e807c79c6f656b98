import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { build } from 'vite';
import { stressHallView } from '../../engine';
import { onInterrupt } from '../support/interrupt';
import type { BenchSuite } from './index';
import { launchBenchChromium } from './render/chromium';
import { criticalJs } from './render/critical-js';
import { summarizeRender, type BuildFigures, type ViewFigures } from './render/render-summary';
import { serveStaticFiles, type StaticFiles } from './render/static-files';

const repo = resolve(import.meta.dirname, '../..');
const WIDTH = 1280;
const HEIGHT = 720;
/** SwiftShader on two shared cores builds 2,000 cloned products slowly: be patient. */
const READY_TIMEOUT_MS = 480_000;

/**
 * `npm run bench -- render`: the stress hall (200 booths × 10 products, 100 simulated visitors)
 * in headless Chromium at 1280×720, built twice in one run: by the engine and by the naive
 * builder (engine/testing/naive-hall.ts). Each is measured standing at the entrance and at the
 * hall centre, and panning at the centre. Also builds the production pages (into a temporary
 * folder, with a manifest) to weigh the hall page's first-frame JavaScript.
 */
export const renderSuite: BenchSuite = {
  describe: 'stress hall (200 booths, 2,000 products, 100 visitors) in headless Chromium: engine vs naive build, critical JS',
  async run(log) {
    const prodDir = mkdtempSync(join(tmpdir(), 'bench-render-prod-'));
    const pageDir = mkdtempSync(join(tmpdir(), 'bench-render-page-'));
    let files: StaticFiles | undefined;
    let browser: Awaited<ReturnType<typeof launchBenchChromium>> | undefined;
    let cleaning: Promise<void> | undefined;
    const cleanup = () =>
      (cleaning ??= (async () => {
        await browser?.close().catch(() => undefined);
        await files?.close();
        rmSync(prodDir, { recursive: true, force: true });
        rmSync(pageDir, { recursive: true, force: true });
      })());
    const stopListening = onInterrupt(cleanup);
    try {
      log('building the production pages (with a manifest) to weigh the hall page…');
      await build({ configFile: resolve(repo, 'vite.config.ts'), logLevel: 'warn', build: { outDir: prodDir, emptyOutDir: true, manifest: true } });
      const critical = criticalJs(prodDir, 'hall.html');
      const criticalJsKB = critical.brotliBytes / 1024;
      log(`hall page first-frame JS: ${critical.files.length} files, ${(critical.bytes / 1024).toFixed(0)} KB raw, ${criticalJsKB.toFixed(1)} KB brotli`);

      log('building the benchmark page…');
      await build({
        configFile: false,
        root: resolve(repo, 'app'),
        publicDir: false,
        logLevel: 'warn',
        build: { outDir: pageDir, emptyOutDir: true, target: 'es2022', assetsDir: 'static', chunkSizeWarningLimit: 5000, rollupOptions: { input: resolve(repo, 'app/dev/render-bench.html') } },
      });
      files = await serveStaticFiles({ '/assets/models/': resolve(repo, 'assets/models'), '/': pageDir });
      browser = await launchBenchChromium(WIDTH, HEIGHT);

      const view = stressHallView();
      const spawn = view.layout.spawnPoints[0]!;
      const poses = {
        entrance: { x: spawn.x, z: spawn.z, yaw: spawn.yaw },
        // The middle lane runs north–south through the hall's centre: look north along it.
        centre: { x: view.layout.size.width / 2, z: view.layout.size.depth / 2, yaw: 0 },
      };
      const measureBuild = async (mode: 'normal' | 'naive'): Promise<BuildFigures> => {
        const page = await browser!.newPage();
        const problems: string[] = [];
        page.on('pageerror', (e) => problems.push(String(e)));
        page.on('console', (m) => {
          if (m.type() === 'error') problems.push(m.text());
        });
        try {
          log(`${mode}: loading the stress hall…`);
          await page.goto(`${files!.url}/dev/render-bench.html?mode=${mode}`);
          await page.waitForFunction(() => window.renderBench?.readyMs !== undefined || (window.renderBench?.errors.length ?? 0) > 0, { timeout: READY_TIMEOUT_MS, polling: 250 });
          const errors = await page.evaluate(() => window.renderBench!.errors);
          if (errors.length) throw new Error(`${mode} build failed: ${errors.join('; ')}`);
          const timing = await page.evaluate(() => ({ firstFrameMs: window.renderBench!.firstFrameMs ?? NaN, readyMs: window.renderBench!.readyMs ?? NaN }));
          log(`${mode}: first frame at ${timing.firstFrameMs.toFixed(0)} ms, everything in at ${timing.readyMs.toFixed(0)} ms`);
          const entrance = await measure(page, poses.entrance, false);
          const centre = await measure(page, poses.centre, false);
          const centreTurning = await measure(page, poses.centre, true);
          for (const [name, v] of Object.entries({ entrance, centre, centreTurning })) log(`${mode} ${name}: ${v.drawCalls} draw calls, ${v.activeMeshes} active meshes (${v.meshes} in scene), render ${v.frameCpuMs.toFixed(3)} ms CPU ${JSON.stringify(v.extra)}`);
          if (problems.length) log(`${mode}: page reported ${problems.length} problem(s): ${problems.slice(0, 3).join(' | ')}`);
          return { ...timing, views: { entrance, centre, centreTurning } };
        } finally {
          await page.close();
        }
      };
      const normal = await measureBuild('normal');
      const naive = await measureBuild('naive');
      const summary = summarizeRender(normal, naive, criticalJsKB);
      log(`budgets: ${Object.entries(summary.budgets).map(([k, ok]) => `${k} ${ok ? 'ok' : 'MISSED'}`).join(', ')}`);
      return { viewport: `${WIDTH}x${HEIGHT}`, booths: view.booths.length, products: view.products.length, avatars: 100, criticalJsFiles: critical.files, ...summary };
    } finally {
      stopListening();
      await cleanup();
    }
  },
};

function measure(page: Page, pose: { x: number; z: number; yaw: number }, turn: boolean): Promise<ViewFigures> {
  return page.evaluate((p, t) => window.renderBench!.measure(p, t), pose, turn);
}
