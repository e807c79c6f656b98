import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { Scene } from '@babylonjs/core/scene';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGINE_CONFIG } from '../config';
import { adaptResolution } from './adaptive-resolution';

const R = ENGINE_CONFIG.resolution;

describe('adaptive resolution', () => {
  let engine: NullEngine;
  let scene: Scene;
  beforeEach(() => {
    vi.useFakeTimers();
    engine = new NullEngine();
    // A NullEngine has no canvas to scale: keep the level the optimizer sets.
    let level = 1;
    vi.spyOn(engine, 'getHardwareScalingLevel').mockImplementation(() => level);
    vi.spyOn(engine, 'setHardwareScalingLevel').mockImplementation((next) => void (level = next));
    scene = new Scene(engine);
  });
  afterEach(() => {
    scene.dispose();
    engine.dispose();
    vi.useRealTimers();
  });

  /** Runs the optimizer's checks with the engine reporting `fps` throughout. */
  async function runAt(fps: number, checks: number): Promise<number[]> {
    vi.spyOn(engine, 'getFps').mockReturnValue(fps);
    const adapt = adaptResolution(scene);
    const levels: number[] = [];
    for (let i = 0; i < checks; i++) {
      await vi.advanceTimersByTimeAsync(R.checkMs + 50);
      levels.push(engine.getHardwareScalingLevel());
    }
    adapt.dispose();
    return levels;
  }

  it('lowers the resolution a step per check while the hall draws too slowly, down to half the CSS resolution', async () => {
    expect(engine.getHardwareScalingLevel()).toBe(1);
    const levels = await runAt(R.targetFps / 4, 5);
    expect(levels.slice(0, 2)).toEqual([1 + R.step, 1 + 2 * R.step]);
    expect(levels.at(-1)).toBe(R.maxScalingLevel);
  });

  it('leaves a hall that draws fast enough at full resolution', async () => {
    expect(await runAt(R.targetFps + 20, 3)).toEqual([1, 1, 1]);
  });

  it('stops changing the resolution once disposed', async () => {
    vi.spyOn(engine, 'getFps').mockReturnValue(5);
    adaptResolution(scene).dispose();
    await vi.advanceTimersByTimeAsync(R.checkMs * 4);
    expect(engine.getHardwareScalingLevel()).toBe(1);
  });
});
