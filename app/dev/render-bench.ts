/**
 * Dev-only page driven by `npm run bench -- render` (bench/suites/render.ts), never part of the
 * production pages: builds the stress hall (200 booths × 10 products) with 100 simulated remote
 * visitors, either with the engine (`?mode=normal`) or the naive builder (`?mode=naive`), and
 * exposes `window.renderBench` for the benchmark to place the camera and read the figures.
 */
import { AVATAR_URL, createHallView, createNaiveHallView, stressHallView, type RemoteAvatarState } from '../../engine';
import type { HallView } from '../../model';

/** What the benchmark reads after placing the camera. */
export interface RenderBenchFigures {
  drawCalls: number;
  activeMeshes: number;
  meshes: number;
  frameCpuMs: number;
  extra: Record<string, number | boolean>;
}

declare global {
  interface Window {
    renderBench?: {
      mode: string;
      /** ms from navigation start to the first drawn frame (the hall shell). */
      firstFrameMs: number | undefined;
      /** ms from navigation start until every booth, model and avatar is in. */
      readyMs: number | undefined;
      errors: string[];
      /** Puts the eye at (x, z) looking along yaw; `turn` pans the view a little every frame. */
      measure(pose: { x: number; z: number; yaw: number }, turn: boolean): Promise<RenderBenchFigures>;
      /** The build's figures right now (for watching a slow run). */
      now(): RenderBenchFigures | undefined;
    };
  }
}

const AVATARS = 100;
const SETTLE_FRAMES = 15;
const MEASURE_FRAMES = 30;

const mode = new URLSearchParams(location.search).get('mode') === 'naive' ? 'naive' : 'normal';
const canvas = document.getElementById('hall') as HTMLCanvasElement;
const view = stressHallView();
const errors: string[] = [];
const bench: NonNullable<Window['renderBench']> = { mode, firstFrameMs: undefined, readyMs: undefined, errors, measure: () => Promise.reject(new Error('not ready')), now: () => undefined };
window.renderBench = bench;

const frames = (n: number, each?: (i: number) => void) =>
  new Promise<void>((resolve) => {
    let i = 0;
    const tick = () => {
      each?.(i);
      if (++i >= n) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

/** Visitors strolling along the aisles, deterministic: the room would report much the same. */
function visitors(hall: HallView, t: number): [string, RemoteAvatarState][] {
  const { width } = hall.layout.size;
  const aisles = hall.layout.aisles;
  const out: [string, RemoteAvatarState][] = [];
  for (let i = 0; i < AVATARS; i++) {
    const aisle = aisles[i % aisles.length]!;
    const along = aisle.width >= aisle.depth;
    const phase = (i * 0.618) % 1;
    const swing = Math.sin(t * 0.3 + i) * 1.5;
    const x = along ? Math.min(width - 1, Math.max(1, aisle.x - aisle.width / 2 + aisle.width * phase + swing)) : aisle.x + (phase - 0.5);
    const z = along ? aisle.z + (phase - 0.5) : aisle.z - aisle.depth / 2 + aisle.depth * phase + swing;
    out.push([`v${i}`, { name: i % 2 ? `Visitor ${i}` : `访客 ${i}`, color: hexOf(i), x, z, yaw: (i * 37) % 360 }]);
  }
  return out;
}

function hexOf(i: number): string {
  const c = (n: number) => (((i * n) % 200) + 40).toString(16).padStart(2, '0');
  return `#${c(67)}${c(131)}${c(29)}`;
}

async function main(): Promise<void> {
  if (mode === 'normal') {
    const handle = createHallView(canvas, view, { locale: 'en', keyTarget: null, adaptiveResolution: false });
    const figures = (): RenderBenchFigures => {
      const s = handle.stats();
      return {
        drawCalls: s.drawCalls,
        activeMeshes: s.activeMeshes,
        meshes: s.meshes,
        frameCpuMs: s.renderCpuMs,
        extra: { productModels: s.productModels, productImpostors: s.productImpostors, nearAvatars: s.nearAvatars, farAvatars: s.farAvatars, frozen: s.activeMeshesFrozen, fps: s.fps },
      };
    };
    bench.now = figures;
    handle.on('error', (e) => errors.push(e.message));
    handle.on('progress', (p) => {
      if (p.phase === 'shell' && bench.firstFrameMs === undefined) bench.firstFrameMs = performance.now();
    });
    let t = 0;
    const feed = () => {
      t += 0.1;
      for (const [id, s] of visitors(view, t)) handle.remoteAvatars.upsert(id, s);
    };
    feed();
    setInterval(feed, 100);
    await handle.ready;
    bench.readyMs = performance.now();
    bench.measure = async (pose, turn) => {
      handle.setPose(pose);
      await frames(SETTLE_FRAMES);
      if (turn) await frames(MEASURE_FRAMES, (i) => handle.setPose({ ...pose, yaw: pose.yaw + (i % 2 ? 0.5 : -0.5) }));
      else await frames(MEASURE_FRAMES);
      return figures();
    };
  } else {
    const naive = createNaiveHallView(canvas, view, { locale: 'en', avatarUrl: AVATAR_URL });
    const figures = (): RenderBenchFigures => {
      const s = naive.stats();
      return { drawCalls: s.drawCalls, activeMeshes: s.activeMeshes, meshes: s.meshes, frameCpuMs: s.renderCpuMs, extra: {} };
    };
    bench.now = figures;
    void naive.firstFrame.then(() => (bench.firstFrameMs = performance.now()));
    let t = 0;
    const feed = () => {
      t += 0.1;
      for (const [id, s] of visitors(view, t)) naive.upsertAvatar(id, s);
    };
    feed();
    setInterval(feed, 100);
    await naive.ready;
    bench.readyMs = performance.now();
    bench.measure = async (pose, turn) => {
      naive.setPose(pose);
      await frames(SETTLE_FRAMES);
      if (turn) await frames(MEASURE_FRAMES, (i) => naive.setPose({ ...pose, yaw: pose.yaw + (i % 2 ? 0.5 : -0.5) }));
      else await frames(MEASURE_FRAMES);
      return figures();
    };
  }
}

main().catch((err: unknown) => errors.push(`failed: ${err instanceof Error ? err.message : String(err)}`));
