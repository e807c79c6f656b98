import type { TargetCamera } from '@babylonjs/core/Cameras/targetCamera';
import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import type { Scene } from '@babylonjs/core/scene';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boxFloorRect, walkObstacles, walkSolids, type FloorRect } from '../model';
import { createHallView } from './hall-view';
import type { HallViewEvents, HallViewHandle } from './hall-view-types';
import { pickProduct } from './interact/picking';
import { buildHallFixture } from './testing/hall-fixture';
import { boxModelLoader, CountingTarget, stubCanvas } from './testing/headless';
import { syntheticGridLayout, syntheticInlineTemplate } from './testing/synthetic-hall';

describe('createHallView (NullEngine)', () => {
  let engine: NullEngine;
  let canvas: CountingTarget;
  let keys: CountingTarget;
  let handle: HallViewHandle | undefined;
  const canvases: ReturnType<typeof stubCanvas>[] = [];

  beforeEach(() => {
    engine = new NullEngine();
    canvas = new CountingTarget();
    keys = new CountingTarget();
  });
  afterEach(() => {
    handle?.dispose();
    engine.dispose();
  });

  function open(loadModels = true, view = buildHallFixture(syntheticGridLayout(), [syntheticInlineTemplate()])) {
    const loader = boxModelLoader();
    canvases.length = 0;
    handle = createHallView(canvas as unknown as HTMLCanvasElement, view, {
      locale: 'zh-CN',
      engine,
      loadModels,
      loadModel: loader,
      createCanvas: (w, h) => {
        const c = stubCanvas(w, h);
        canvases.push(c);
        return c;
      },
      keyTarget: keys,
    });
    return { handle, loader, view, scene: engine.scenes[0] as Scene };
  }

  it('builds the 60-booth hall in phases, loading each model once, nearest first', async () => {
    const { handle, loader, scene } = open();
    const progress: HallViewEvents['progress'][] = [];
    const errors: string[] = [];
    handle.on('progress', (p) => progress.push(p));
    handle.on('error', (e) => errors.push(e.message));
    await handle.ready;
    expect(errors).toEqual([]);
    expect(progress.map((p) => p.phase).filter((p, i, all) => all[i - 1] !== p)).toEqual(['shell', 'booths', 'products', 'done']);
    expect(progress.find((p) => p.phase === 'booths' && p.loaded === 60)).toBeDefined();
    // 8 small sample models in use (inline booths only) plus the avatar, each fetched once.
    const productUrls = loader.calls.filter((u) => !u.includes('avatar'));
    expect(new Set(productUrls).size).toBe(productUrls.length);
    expect(productUrls).toHaveLength(8);
    const last = progress.filter((p) => p.phase === 'products').pop()!;
    expect(last).toEqual({ phase: 'products', loaded: 8, total: 8 });

    // Merged static meshes per floor tile + one thin-instanced mesh per model part: tens, not hundreds.
    const names = scene.meshes.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['hall-matte', 'hall-satin', 'hall-labels', 'product-impostors', 'avatars-far']));
    const tiles = new Set(names.flatMap((n) => /^booths-\w+-(\d+)$/.exec(n)?.[1] ?? []));
    expect(tiles.size).toBeGreaterThan(1);
    for (const tile of tiles) expect(names).toEqual(expect.arrayContaining(['matte', 'satin', 'labels', 'plinths'].map((kind) => `booths-${kind}-${tile}`)));
    expect(scene.meshes.length).toBeLessThan(60);
    // The hall's label atlas and the visitors' name-tag atlas: two textures for every text.
    expect(scene.textures).toHaveLength(2);
    const plinths = scene.meshes.filter((m) => m.name.startsWith('booths-plinths-'));
    expect(plinths.reduce((n, m) => n + (m as unknown as { thinInstanceCount: number }).thinInstanceCount, 0)).toBe(180);
    scene.render();
    expect(handle.stats().meshes).toBe(scene.meshes.length);
    expect(handle.stats().activeMeshes).toBeGreaterThan(0);
  });

  it('frees every mesh, material, texture and listener it made on dispose', async () => {
    const { handle, scene } = open();
    await handle.ready;
    handle.remoteAvatars.upsert('v1', { name: '小明', color: '#ff8800', x: 20, z: 3, yaw: 0 });
    expect(canvas.listeners).toBeGreaterThan(0);
    expect(keys.listeners).toBeGreaterThan(0);
    // The scene tells its observers it is going away before it releases what is left: by
    // then everything the hall view made must already be gone.
    let left: Record<string, number> = {};
    scene.onDisposeObservable.add(() => {
      left = {
        meshes: scene.meshes.length,
        materials: scene.materials.length,
        textures: scene.textures.length,
        transformNodes: scene.transformNodes.length,
        lights: scene.lights.length,
        geometries: scene.geometries.length,
      };
    });
    handle.dispose();
    expect(left).toEqual({ meshes: 0, materials: 0, textures: 0, transformNodes: 0, lights: 0, geometries: 0 });
    expect(scene.meshes.length).toBe(0);
    expect(canvas.listeners).toBe(0);
    expect(keys.listeners).toBe(0);
    expect(engine.scenes).toHaveLength(0);
  });

  it('draws every name into one atlas, and redraws it when the locale changes', async () => {
    const { handle, view } = open(false);
    await handle.ready;
    // One canvas for all fascias and signs, one for every visitor's name tag.
    expect(canvases).toHaveLength(2);
    const atlas = canvases[0]!;
    const names = view.booths.map((b) => b.design.fasciaName);
    expect(atlas.texts).toEqual(expect.arrayContaining(names.map((n) => n['zh-CN'])));
    atlas.texts.length = 0;
    handle.setLocale('en');
    expect(atlas.texts).toEqual(expect.arrayContaining(names.map((n) => n.en)));
    expect(atlas.texts).not.toContain(names[0]!['zh-CN']);
  });

  it('reports what blocks walking with each plinth at its loaded model\'s size', async () => {
    const { handle, view } = open();
    const key = (r: FloorRect) => [r.minX, r.maxX, r.minZ, r.maxZ].map((v) => v.toFixed(3)).join();
    const defaults = new Set(walkSolids(view).filter((s) => s.plinth).map((s) => key(boxFloorRect(s.box))));
    const defaultsIn = (rects: FloorRect[]) => rects.filter((r) => defaults.has(key(r))).length;
    expect(defaults.size).toBeGreaterThan(0);
    // Before the models load: exactly the walk rule's obstacles, default plinths included.
    expect(handle.walkObstacles().map(key).sort()).toEqual(walkObstacles(view).map(key).sort());
    expect(defaultsIn(handle.walkObstacles())).toBe(defaults.size);
    await handle.ready;
    const after = handle.walkObstacles();
    expect(after.length).toBe(walkObstacles(view).length);
    expect(defaultsIn(after), 'after: every plinth sized to its model').toBe(0);
  });

  it('settles ready when disposed while still building', async () => {
    const { handle } = open();
    handle.dispose();
    await expect(handle.ready).resolves.toBeUndefined();
  });

  it('can skip models, and still reaches done', async () => {
    const { handle, scene } = open(false);
    const phases: string[] = [];
    handle.on('progress', (p) => phases.push(p.phase));
    await handle.ready;
    expect(phases.at(-1)).toBe('done');
    expect(scene.meshes.some((m) => m.name === 'part')).toBe(false);
  });

  it('reports a model that fails to load and goes on', async () => {
    const view = buildHallFixture(syntheticGridLayout({ blocks: 1, boothsPerRun: 2 }), [syntheticInlineTemplate()], { modelUrl: (n) => (n === 'chair' ? '/assets/models/missing.glb' : `/assets/models/${n}.glb`) });
    const { handle } = open(true, view);
    const errors: string[] = [];
    handle.on('error', (e) => errors.push(e.message));
    await handle.ready;
    expect(errors).toEqual([expect.stringContaining('missing.glb')]);
  });

  it('starts at the first spawn point, teleports, and cannot be put inside a wall', async () => {
    const { handle, view } = open(false);
    const spawn = view.layout.spawnPoints[0]!;
    expect(handle.getPose()).toEqual({ x: spawn.x, z: spawn.z, yaw: spawn.yaw });
    handle.setPose({ x: 10, z: 6, yaw: 90 });
    expect(handle.getPose()).toEqual({ x: 10, z: 6, yaw: 90 });
    // The south hall wall stands just outside z = 0.
    handle.setPose({ x: 10, z: 0.05, yaw: 0 });
    expect(handle.getPose().z).toBeGreaterThanOrEqual(0.3 - 1e-9);
  });

  it('walks with the keyboard and reports the pose, throttled', async () => {
    const { handle } = open(false);
    await handle.ready;
    const poses: { x: number; z: number }[] = [];
    handle.on('poseChanged', (p) => poses.push(p));
    const start = handle.getPose();
    keys.dispatchEvent(Object.assign(new Event('keydown'), { code: 'KeyW' }));
    await new Promise<void>((resolve) => {
      const scene = engine.scenes[0]!;
      const obs = scene.onAfterRenderObservable.add(() => {
        if (handle.getPose().z > start.z + 0.05 && poses.length > 0) {
          scene.onAfterRenderObservable.remove(obs);
          resolve();
        }
      });
    });
    keys.dispatchEvent(Object.assign(new Event('keyup'), { code: 'KeyW' }));
    expect(handle.getPose().x).toBeCloseTo(start.x);
    expect(poses.at(-1)!.z).toBeGreaterThan(start.z);
  });

  it('draws remote avatars where the room says, gliding toward new poses', async () => {
    const { handle, scene } = open(false);
    await handle.ready;
    const avatars = handle.remoteAvatars;
    avatars.upsert('a', { name: 'Alice', color: '#3366ff', x: 10, z: 6, yaw: 0 });
    avatars.upsert('b', { name: '王芳', color: '#ff3366', x: 12, z: 6, yaw: 90 });
    expect(avatars.ids().sort()).toEqual(['a', 'b']);
    expect(avatars.positionOf('a')).toEqual({ x: 10, z: 6 });
    avatars.upsert('a', { name: 'Alice', color: '#3366ff', x: 11, z: 6, yaw: 0 });
    await new Promise<void>((resolve) => {
      const obs = scene.onAfterRenderObservable.add(() => {
        if (avatars.positionOf('a')!.x > 10.99) {
          scene.onAfterRenderObservable.remove(obs);
          resolve();
        }
      });
    });
    avatars.remove('a');
    expect(avatars.ids()).toEqual(['b']);
    expect(avatars.positionOf('a')).toBeUndefined();
    expect(avatars.positionOf('b')).toEqual({ x: 12, z: 6 });
  });

  it('picks a product model by its thin instance and names its product and exhibitor', async () => {
    const { handle, scene, view } = open();
    await handle.ready;
    // Stand in the aisle south of booth a-01 and look at its front stand (stand-3).
    const slot = view.layout.slots[0]!;
    handle.setPose({ x: slot.x - 0.9, z: slot.z - 4, yaw: 0 });
    scene.render();
    const camera = scene.activeCamera as TargetCamera;
    camera.rotation.x = 0.15; // look down a little, at the model on its table-height plinth
    scene.render();
    const hit = pickProduct(scene, engine.getRenderWidth() / 2, engine.getRenderHeight() / 2);
    expect(hit).toEqual({ productId: `product-${slot.id}-3`, exhibitorId: `exhibitor-${slot.id}` });
  });
});
