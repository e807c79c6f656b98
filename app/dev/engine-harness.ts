/**
 * Dev-only page that renders a hall with the engine and no server: /dev/engine-harness.html
 * (run `npx vite`). Query parameters:
 *   view=<url>      a HallView JSON to load (default: the synthetic 60-booth grid, built in the page)
 *   assets=<url>    base URL for /assets/… model paths (e.g. a static server on another port)
 *   locale=en       fascia language (default zh-CN); models=0 skips product and avatar models
 *   x, z, yaw       start pose; avatars=N puts N walking remote avatars near it; clean=1 hides the status line
 * `window.harness` exposes the handle for scripted screenshots (puppeteer).
 */
import { buildHallFixture, createHallView, syntheticGridLayout, syntheticInlineTemplate, type HallViewHandle } from '../../engine';
import { HallView, type Locale } from '../../model';

declare global {
  interface Window {
    harness?: { handle: HallViewHandle; ready: Promise<void>; phase: string; errors: string[] };
  }
}

const params = new URLSearchParams(location.search);
const canvas = document.getElementById('hall') as HTMLCanvasElement;
const status = document.getElementById('status') as HTMLElement;
if (params.get('clean') === '1') document.body.classList.add('clean');

async function loadView(): Promise<HallView> {
  const url = params.get('view');
  if (!url) return buildHallFixture(syntheticGridLayout({ stage: true }), [syntheticInlineTemplate()]);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return HallView.parse(await res.json());
}

async function main(): Promise<void> {
  const view = await loadView();
  const locale: Locale = params.get('locale') === 'en' ? 'en' : 'zh-CN';
  const assets = params.get('assets');
  const handle = createHallView(canvas, view, { locale, loadModels: params.get('models') !== '0', ...(assets ? { assetBaseUrl: assets } : {}) });
  const errors: string[] = [];
  const state = { handle, ready: handle.ready, phase: 'shell', errors };
  window.harness = state;
  handle.on('progress', (p) => {
    state.phase = p.phase;
    status.textContent = `${p.phase} ${p.loaded}/${p.total}`;
  });
  handle.on('error', (e) => {
    errors.push(e.message);
    console.warn('[harness]', e.message);
  });
  handle.on('productSelected', (p) => console.info('[harness] productSelected', p.productId, p.exhibitorId));
  const x = params.get('x');
  const z = params.get('z');
  if (x !== null && z !== null) handle.setPose({ x: Number(x), z: Number(z), yaw: Number(params.get('yaw') ?? 0) });
  spawnWalkers(handle, Number(params.get('avatars') ?? 0));
  canvas.focus();
  setInterval(() => {
    const s = handle.stats();
    const p = handle.getPose();
    status.textContent = `${state.phase} · draw calls ${s.drawCalls} · active meshes ${s.activeMeshes} · meshes ${s.meshes} · ${s.fps.toFixed(0)} fps\npose ${p.x.toFixed(1)}, ${p.z.toFixed(1)}, ${p.yaw.toFixed(0)}°`;
  }, 500);
  window.addEventListener('keydown', (e) => {
    if (e.key === 'l') handle.setLocale(params.get('locale') === 'en' ? 'zh-CN' : 'en');
  });
}

/** Fake remote visitors pacing in front of the start pose, as the room would report them. */
function spawnWalkers(handle: HallViewHandle, count: number): void {
  if (count <= 0) return;
  const origin = handle.getPose();
  const names = ['Alice', '王芳', 'Bob', '李雷', 'Chen', 'Dana'];
  const colors = ['#e4572e', '#29335c', '#f3a712', '#669bbc', '#a8c686', '#8e44ad'];
  const rad = (origin.yaw * Math.PI) / 180;
  let t = 0;
  setInterval(() => {
    t += 0.1;
    for (let i = 0; i < count; i++) {
      const ahead = 4 + 1.5 * i;
      const side = Math.sin(t * 0.5 + i) * 2;
      handle.remoteAvatars.upsert(`walker-${i}`, {
        name: names[i % names.length]!,
        color: colors[i % colors.length]!,
        x: origin.x + Math.sin(rad) * ahead + Math.cos(rad) * side,
        z: origin.z + Math.cos(rad) * ahead - Math.sin(rad) * side,
        yaw: (origin.yaw + 180 + 40 * Math.cos(t * 0.5 + i)) % 360,
      });
    }
  }, 100);
}

main().catch((err: unknown) => {
  status.textContent = `failed: ${err instanceof Error ? err.message : String(err)}`;
  console.error(err);
});
