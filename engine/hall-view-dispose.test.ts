import RAPIER from '@dimforge/rapier3d-compat';
import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import type { InternalTexture } from '@babylonjs/core/Materials/Textures/internalTexture';
import { Observable } from '@babylonjs/core/Misc/observable';
import type { Scene } from '@babylonjs/core/scene';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHallView } from './hall-view';
import { buildHallFixture } from './testing/hall-fixture';
import { boxModelLoader, CountingTarget, stubCanvas } from './testing/headless';
import { syntheticGridLayout, syntheticInlineTemplate } from './testing/synthetic-hall';

/**
 * Observers registered on the observables the engine holds (its own fields), except the one each
 * compiled shader puts on `onReleaseEffectsObservable`: shaders are the engine's cache, kept for
 * the next scene, not something a hall view owns.
 */
function engineObservers(engine: NullEngine): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(engine)) {
    if (!(value instanceof Observable) || key === 'onReleaseEffectsObservable') continue;
    // Babylon unregisters removed observers on a later tick; those marked for it are gone already.
    const live = value.observers.filter((o) => !(o as unknown as { _willBeUnregistered?: boolean })._willBeUnregistered).length;
    if (live > 0) out[key] = live;
  }
  return out;
}

/** Frames until `done()` holds (never a fixed sleep). */
function framesUntil(scene: Scene, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const obs = scene.onAfterRenderObservable.add(() => {
      if (!done()) return;
      scene.onAfterRenderObservable.remove(obs);
      resolve();
    });
  });
}

describe('createHallView dispose (NullEngine)', () => {
  const engine = new NullEngine();
  // NullEngine never takes a released texture out of its cache (its `_releaseTexture` is empty);
  // do what the WebGL engine does, so the cache shows which textures were never disposed.
  const cache = engine.getLoadedTexturesCache();
  (engine as unknown as { _releaseTexture(t: InternalTexture): void })._releaseTexture = (t) => {
    const i = cache.indexOf(t);
    if (i >= 0) cache.splice(i, 1);
  };
  afterEach(() => vi.restoreAllMocks());

  it('builds, disposes and rebuilds a hall: nothing is left behind, not even physics', async () => {
    const frees = vi.spyOn(RAPIER.World.prototype, 'free');
    const view = buildHallFixture(syntheticGridLayout({ stage: true }), [syntheticInlineTemplate()]);
    const canvas = new CountingTarget();
    const keys = new CountingTarget();
    const baseline = { textures: engine.getLoadedTexturesCache().length, scenes: engine.scenes.length, observers: engineObservers(engine) };

    for (let round = 1; round <= 3; round++) {
      const handle = createHallView(canvas as unknown as HTMLCanvasElement, view, {
        locale: 'zh-CN',
        engine,
        loadModel: boxModelLoader(),
        createCanvas: stubCanvas,
        keyTarget: keys,
      });
      const scene = engine.scenes.at(-1)!;
      // Near and far visitors: bodies, name tags and the far capsules all exist.
      for (let i = 0; i < 30; i++) handle.remoteAvatars.upsert(`v${i}`, { name: `Visitor ${i}`, color: '#3366ff', x: 4 + i * 1.2, z: 6 + (i % 3) * 10, yaw: 0 });
      await handle.ready;
      await handle.physicsReady;
      await framesUntil(scene, () => handle.stats().nearAvatars > 0);
      const built = handle.stats();
      expect(built.physicsBodies).toBeGreaterThan(0);
      expect(built.productImpostors + built.productModels).toBe(180);
      expect(built.farAvatars).toBeGreaterThan(0);
      expect(canvas.listeners).toBeGreaterThan(0);
      expect(keys.listeners).toBeGreaterThan(0);

      let left: Record<string, number> = {};
      // The scene tells its observers it is going away before it releases what is left: by then
      // everything the hall view made must already be gone.
      scene.onDisposeObservable.add(() => {
        left = {
          meshes: scene.meshes.length,
          materials: scene.materials.length,
          textures: scene.textures.length,
          transformNodes: scene.transformNodes.length,
          geometries: scene.geometries.length,
          lights: scene.lights.length,
          cameras: scene.cameras.length - (scene.activeCamera ? 1 : 0),
        };
      });
      handle.dispose();
      expect(left).toEqual({ meshes: 0, materials: 0, textures: 0, transformNodes: 0, geometries: 0, lights: 0, cameras: 0 });
      expect(engine.getLoadedTexturesCache().length).toBe(baseline.textures);
      expect(engine.scenes.length).toBe(baseline.scenes);
      expect(engineObservers(engine)).toEqual(baseline.observers);
      expect(canvas.listeners).toBe(0);
      expect(keys.listeners).toBe(0);
      // The Rapier world (and with it every body and collider) is freed once per hall built.
      expect(frees).toHaveBeenCalledTimes(round);
      expect(handle.stats().physicsBodies).toBe(0);
    }
  });
});
