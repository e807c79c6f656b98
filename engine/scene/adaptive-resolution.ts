import type { Scene } from '@babylonjs/core/scene';
import { HardwareScalingOptimization, SceneOptimizer, SceneOptimizerOptions } from '@babylonjs/core/Misc/sceneOptimizer';
import { ENGINE_CONFIG } from '../config';

const R = ENGINE_CONFIG.resolution;

/**
 * Keeps a slow hall walkable: while the scene draws below `targetFps`, Babylon's scene optimizer
 * lowers the 3D resolution a step at a time (the hardware scaling level, up to half the CSS
 * resolution) and stops once the frame rate holds. Start it when the hall is built: loading
 * frames are slow on any machine. `dispose()` stops it; the level it set stays.
 */
export function adaptResolution(scene: Scene): { dispose(): void } {
  const options = new SceneOptimizerOptions(R.targetFps, R.checkMs);
  const from = scene.getEngine().getHardwareScalingLevel();
  options.addOptimization(new HardwareScalingOptimization(0, Math.max(from, R.maxScalingLevel), R.step));
  const optimizer = new SceneOptimizer(scene, options);
  optimizer.start();
  return { dispose: () => optimizer.dispose() };
}
