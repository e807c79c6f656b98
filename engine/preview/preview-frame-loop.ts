import type { ArcRotateCamera } from '@babylonjs/core/Cameras/arcRotateCamera';
import type { AbstractEngine } from '@babylonjs/core/Engines/abstractEngine';
import type { Scene } from '@babylonjs/core/scene';
import { PREVIEW_CONFIG as P } from './preview-config';

/** Camera changes below these (rad, m) change nothing on screen. */
const ANGLE_EPS = 1e-5;
const DIST_EPS = 1e-4;

/**
 * The editors' render loop, on demand: a frame is drawn only when something asked for one (an
 * edit, a selection, a model that arrived, a pointer over the canvas) or the camera moved (orbit,
 * pan, zoom, inertia). An idle editor draws nothing; and with nothing drawn before it, an edit's
 * frame does not wait behind frames the GPU is still working on, so the `frame` after an edit is
 * that edit's frame.
 *
 * The camera is updated here every tick (its inputs and inertia), then the scene is drawn without
 * updating it again, so inertia is not applied twice.
 */
export class PreviewFrameLoop {
  /** Frames drawn so far. */
  frames = 0;
  private dirty = true;
  private settling = 0;
  private running = false;
  private readonly last = new Float64Array(6);

  constructor(
    private readonly engine: AbstractEngine,
    private readonly scene: Scene,
    private readonly camera: ArcRotateCamera,
    private readonly draw: () => void,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.engine.runRenderLoop(this.tick);
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.engine.stopRenderLoop(this.tick);
  }

  /** Something on screen changed: draw it in the next frame. */
  requestFrame(): void {
    this.dirty = true;
    this.settling = 0;
  }

  private readonly tick = (): void => {
    this.camera.update();
    const moved = this.cameraMoved();
    if (!this.dirty && !moved) return;
    this.dirty = false;
    this.draw();
    this.frames++;
    // What was not ready (a shader still compiling, a texture still loading) was left out of
    // this frame: keep drawing until it is in, for a bounded while (a texture that never loads
    // must not keep the loop busy for good). Cheap checks on purpose: `scene.isReady` walks every
    // mesh and counts dynamic textures that are simply never "loaded" as not ready.
    if (this.settling < P.maxSettleFrames && (!this.engine.areAllEffectsReady() || this.scene.getWaitingItemsCount() > 0)) {
      this.settling++;
      this.dirty = true;
    }
  };

  /** Whether the camera differs from the one the last frame was drawn with (and remembers it). */
  private cameraMoved(): boolean {
    const c = this.camera;
    const t = c.target;
    const l = this.last;
    const moved =
      Math.abs(c.alpha - l[0]!) > ANGLE_EPS ||
      Math.abs(c.beta - l[1]!) > ANGLE_EPS ||
      Math.abs(c.radius - l[2]!) > DIST_EPS ||
      Math.abs(t.x - l[3]!) > DIST_EPS ||
      Math.abs(t.y - l[4]!) > DIST_EPS ||
      Math.abs(t.z - l[5]!) > DIST_EPS;
    if (moved) {
      l[0] = c.alpha;
      l[1] = c.beta;
      l[2] = c.radius;
      l[3] = t.x;
      l[4] = t.y;
      l[5] = t.z;
    }
    return moved;
  }
}
