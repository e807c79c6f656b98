import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import type { Scene } from '@babylonjs/core/scene';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWalkGrid, isWalkable, walkObstacles, type HallView } from '../../model';
import { createHallView } from '../hall-view';
import type { HallViewEvents, HallViewHandle } from '../hall-view-types';
import { buildHallFixture } from '../testing/hall-fixture';
import { CountingTarget, stubCanvas } from '../testing/headless';
import { syntheticGridLayout, syntheticInlineTemplate } from '../testing/synthetic-hall';

/** Resolves when `check` holds after a drawn frame (rejects after `ms`). */
function whenFrame(scene: Scene, check: () => boolean, ms = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      scene.onAfterRenderObservable.remove(obs);
      reject(new Error('condition not met in time'));
    }, ms);
    const obs = scene.onAfterRenderObservable.add(() => {
      if (!check()) return;
      clearTimeout(timer);
      scene.onAfterRenderObservable.remove(obs);
      resolve();
    });
  });
}

describe('moving through the hall (NullEngine + Rapier in Node)', () => {
  let engine: NullEngine;
  let canvas: CountingTarget;
  let keys: CountingTarget;
  let handle: HallViewHandle | undefined;
  let view: HallView;

  beforeEach(() => {
    engine = new NullEngine();
    canvas = new CountingTarget();
    keys = new CountingTarget();
    view = buildHallFixture(syntheticGridLayout(), [syntheticInlineTemplate()]);
    handle = createHallView(canvas as unknown as HTMLCanvasElement, view, {
      locale: 'en',
      engine,
      loadModels: false,
      createCanvas: stubCanvas,
      keyTarget: keys,
    });
  });
  afterEach(() => {
    handle?.dispose();
    engine.dispose();
  });
  const scene = () => engine.scenes[0]!;

  it('walks on the floor plan at once, hands over to Rapier after the first frame, and frees its world on dispose', async () => {
    expect(handle!.stats().physicsReady).toBe(false);
    await handle!.physicsReady;
    const stats = handle!.stats();
    expect(stats.physicsReady).toBe(true);
    expect(stats.physicsBodies).toBe(1);
    // Floor + hall shell + every blocking booth box + capsule.
    expect(stats.physicsColliders).toBeGreaterThan(60 * 4);
    const h = handle!;
    h.dispose();
    handle = undefined;
    expect(h.stats().physicsBodies).toBe(0);
    expect(h.stats().physicsColliders).toBe(0);
  });

  it('click-to-walk: walks a path across an aisle to the target, drawing it while walking', async () => {
    await handle!.physicsReady;
    const spawn = handle!.getPose();
    const grid = buildWalkGrid(view.layout.size, walkObstacles(view));
    // A walkable spot 6 m north and 5 m east of the spawn, across the foyer aisle.
    let target = { x: spawn.x + 5, z: spawn.z + 6 };
    for (let dz = 0; !isWalkable(grid, target.x, target.z) && dz < 10; dz += 0.5) target = { x: spawn.x + 5, z: spawn.z + 6 + dz };
    const ended: HallViewEvents['walkEnded'][] = [];
    handle!.on('walkEnded', (e) => ended.push(e));
    expect(handle!.walkTo(target.x, target.z)).toBe(true);
    expect(scene().getMeshByName('walk-path')).not.toBeNull();
    await whenFrame(scene(), () => ended.length > 0);
    expect(ended).toEqual([{ reason: 'arrived' }]);
    const end = handle!.getPose();
    expect(Math.hypot(end.x - target.x, end.z - target.z)).toBeLessThan(0.1);
    expect(scene().getMeshByName('walk-path')).toBeNull();
  });

  it('says walkFailed for a spot no path reaches, and keys cancel a walk', async () => {
    const failed: HallViewEvents['walkFailed'][] = [];
    handle!.on('walkFailed', (e) => failed.push(e));
    expect(handle!.walkTo(-5, 3)).toBe(false);
    expect(failed).toEqual([{ x: -5, z: 3, reason: 'unreachable' }]);

    const ended: HallViewEvents['walkEnded'][] = [];
    handle!.on('walkEnded', (e) => ended.push(e));
    const spawn = handle!.getPose();
    expect(handle!.walkTo(spawn.x + 8, spawn.z + 1)).toBe(true);
    keys.dispatchEvent(Object.assign(new Event('keydown'), { code: 'KeyS' }));
    await whenFrame(scene(), () => ended.length > 0);
    keys.dispatchEvent(Object.assign(new Event('keyup'), { code: 'KeyS' }));
    expect(ended).toEqual([{ reason: 'cancelled' }]);
  });

  it('walks with the analog stick, and runs when it is pushed far', async () => {
    await handle!.physicsReady;
    const start = handle!.getPose();
    handle!.setMoveInput(0, 0.5);
    await whenFrame(scene(), () => handle!.getPose().z > start.z + 0.3);
    handle!.setMoveInput(0, 0);
    const t0 = performance.now();
    const z0 = handle!.getPose().z;
    handle!.setMoveInput(0, 1);
    await whenFrame(scene(), () => handle!.getPose().z > z0 + 1.5);
    handle!.setMoveInput(0, 0);
    // 1.5 m at walking speed (1.6 m/s) takes ~0.94 s; running (4 m/s) ~0.38 s.
    expect(performance.now() - t0).toBeLessThan(900);
  });

  it('switches to third person with V: the camera goes behind the avatar and the body shows', async () => {
    const modes: string[] = [];
    handle!.on('cameraModeChanged', (e) => modes.push(e.mode));
    expect(handle!.cameraMode).toBe('first-person');
    keys.dispatchEvent(Object.assign(new Event('keydown'), { code: 'KeyV' }));
    keys.dispatchEvent(Object.assign(new Event('keyup'), { code: 'KeyV' }));
    expect(modes).toEqual(['third-person']);
    const pose = handle!.getPose();
    const cam = scene().activeCamera!.position;
    // Yaw 0 faces north: the camera is south of the visitor (pulled in by the south wall here) and above the head.
    expect(cam.z).toBeLessThan(pose.z);
    expect(cam.z).toBeGreaterThan(0);
    expect(cam.y).toBeGreaterThan(2);
    expect(scene().getTransformNodeByName('local-body')!.isEnabled()).toBe(true);
    handle!.setCameraMode('first-person');
    expect(scene().getTransformNodeByName('local-body')!.isEnabled()).toBe(false);
    expect(modes).toEqual(['third-person', 'first-person']);
  });
});
