import { ArcRotateCamera } from '@babylonjs/core/Cameras/arcRotateCamera';
import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { Scene } from '@babylonjs/core/scene';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREVIEW_CONFIG } from './preview-config';
import { PreviewFrameLoop } from './preview-frame-loop';

describe('PreviewFrameLoop (NullEngine)', () => {
  let engine: NullEngine;
  let scene: Scene;
  let camera: ArcRotateCamera;
  let loop: PreviewFrameLoop;
  let ticks = 0;
  const waiters: { at: number; done: () => void }[] = [];
  const counter = () => {
    ticks++;
    for (const w of waiters.splice(0)) if (ticks >= w.at) w.done();
    else waiters.push(w);
  };
  /** Resolves after `n` more ticks of the engine's loop (no timers). */
  const afterTicks = (n: number) => new Promise<void>((done) => waiters.push({ at: ticks + n, done }));

  beforeEach(() => {
    engine = new NullEngine();
    scene = new Scene(engine);
    camera = new ArcRotateCamera('c', 0, 1, 10, Vector3.Zero(), scene);
    loop = new PreviewFrameLoop(engine, scene, camera, () => scene.render(false));
    loop.start();
    engine.runRenderLoop(counter);
  });
  afterEach(() => {
    loop.stop();
    engine.stopRenderLoop(counter);
    scene.dispose();
    engine.dispose();
  });

  it('draws once at start, then only when asked', async () => {
    await afterTicks(5);
    expect(loop.frames).toBe(1);
    loop.requestFrame();
    loop.requestFrame();
    await afterTicks(5);
    expect(loop.frames, 'two requests in one tick are one frame').toBe(2);
  });

  it('follows the camera while it moves, inertia included, and stops when it rests', async () => {
    await afterTicks(3);
    const start = loop.frames;
    camera.inertialAlphaOffset = 0.2;
    await afterTicks(3);
    expect(loop.frames - start).toBeGreaterThanOrEqual(3);
    // Inertia decays to nothing; then the loop goes quiet.
    let seen = -1;
    for (let i = 0; i < 100 && loop.frames !== seen; i++) {
      seen = loop.frames;
      await afterTicks(10);
    }
    expect(camera.inertialAlphaOffset).toBe(0);
    const quiet = loop.frames;
    await afterTicks(5);
    expect(loop.frames).toBe(quiet);
  });

  it('keeps drawing while shaders compile, for a bounded number of frames', async () => {
    await afterTicks(3);
    let compiling = true;
    engine.areAllEffectsReady = () => !compiling;
    const start = loop.frames;
    loop.requestFrame();
    await afterTicks(5);
    expect(loop.frames - start).toBeGreaterThanOrEqual(4);
    compiling = false;
    await afterTicks(2);
    const settled = loop.frames;
    await afterTicks(5);
    expect(loop.frames).toBe(settled);
    // Something that never gets ready: drawing stops after maxSettleFrames.
    compiling = true;
    loop.requestFrame();
    await afterTicks(PREVIEW_CONFIG.maxSettleFrames + 5);
    const capped = loop.frames;
    await afterTicks(5);
    expect(loop.frames).toBe(capped);
    expect(capped - settled).toBe(PREVIEW_CONFIG.maxSettleFrames + 1);
  }, 60_000);
});
