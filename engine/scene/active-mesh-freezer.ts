import type { Camera } from '@babylonjs/core/Cameras/camera';
import type { Scene } from '@babylonjs/core/scene';
import { ENGINE_CONFIG } from '../config';

/** Movements below these (m, rad) do not count as moving: they change nothing on screen. */
const POS_EPS = 1e-3;
const ROT_EPS = 1e-4;
const far = (a: number, b: number, eps: number) => !(Math.abs(a - b) <= eps);

/**
 * Freezes the scene's active-mesh list while the view stands still, and thaws it as soon as the
 * camera moves or something changes what could be drawn (a booth tile streamed in, the product
 * LOD split, an avatar gaining or losing its body). Frozen, a frame skips culling and mesh
 * selection entirely; meshes that move on their own (avatars) must be `alwaysSelectAsActiveMesh`
 * so they stay in the frozen list, and their world matrices are still updated each frame.
 *
 * Freezing is only safe with a still camera: a frozen list does not follow a turning view.
 */
export class ActiveMeshFreezer {
  private still = 0;
  private frozen = false;
  private readonly last = new Float64Array(6);

  constructor(
    private readonly scene: Scene,
    private readonly settleFrames: number = ENGINE_CONFIG.lod.freezeAfterStillFrames,
  ) {}

  get isFrozen(): boolean {
    return this.frozen;
  }

  /** Per frame, before rendering: counts still frames and freezes after enough of them. Allocates nothing. */
  update(camera: Camera | null): void {
    if (this.settleFrames <= 0 || !camera) return;
    const p = camera.position;
    const r = (camera as Camera & { rotation?: { x: number; y: number; z: number } }).rotation;
    const l = this.last;
    // A physics-driven eye settles by fractions of a millimetre: that is still standing still.
    const moved = far(p.x, l[0]!, POS_EPS) || far(p.y, l[1]!, POS_EPS) || far(p.z, l[2]!, POS_EPS) || (r !== undefined && (far(r.x, l[3]!, ROT_EPS) || far(r.y, l[4]!, ROT_EPS) || far(r.z, l[5]!, ROT_EPS)));
    if (moved) {
      l[0] = p.x;
      l[1] = p.y;
      l[2] = p.z;
      if (r) {
        l[3] = r.x;
        l[4] = r.y;
        l[5] = r.z;
      }
      this.invalidate();
      return;
    }
    if (this.frozen || ++this.still < this.settleFrames) return;
    // Babylon defers a freeze until the scene is ready, and a deferred freeze could land after
    // the camera moved: freeze only a ready scene (then it happens at once), else try next frame.
    if (!this.scene.isReady(false)) return;
    // Keep world matrices live (freezeMeshes=false): avatars in the list still move.
    this.scene.freezeActiveMeshes(false, () => (this.frozen = true), undefined, false);
    if (!this.frozen) this.scene.unfreezeActiveMeshes();
  }

  /** Thaws at once (before a mesh in the list is disposed, or when new meshes must be considered). */
  invalidate(): void {
    this.still = 0;
    if (!this.frozen) return;
    this.frozen = false;
    this.scene.unfreezeActiveMeshes();
  }
}
