import { ENGINE_CONFIG } from '../config';

/**
 * Where the near/far split of products was last made. The split is redone only when the visitor
 * has moved `refreshDistance` since, so walking costs one distance check per frame, and a split
 * (a pass over the products plus a buffer upload) happens every couple of metres.
 */
export class LodAnchor {
  private x = NaN;
  private z = NaN;

  constructor(private readonly refreshDistance: number = ENGINE_CONFIG.lod.refreshDistance) {}

  /** True (and remembers the point) when (x, z) is far enough from the last split, or none was made yet. */
  moved(x: number, z: number): boolean {
    const dx = x - this.x;
    const dz = z - this.z;
    // NaN (no split yet) fails this comparison, so the first call always splits.
    if (dx * dx + dz * dz < this.refreshDistance * this.refreshDistance) return false;
    this.x = x;
    this.z = z;
    return true;
  }

  /** Forces the next `moved` to split again (something new arrived). */
  reset(): void {
    this.x = NaN;
    this.z = NaN;
  }

  get point(): { x: number; z: number } | undefined {
    return Number.isNaN(this.x) ? undefined : { x: this.x, z: this.z };
  }
}

/**
 * Splits placements into near (drawn as the real model) and far (an impostor): writes the indices
 * of near ones into `near` and of far ones into `far`, and returns both counts. Pure; the index arrays are the caller's, reused between splits.
 */
export function splitByDistance(
  xs: Float32Array,
  zs: Float32Array,
  x: number,
  z: number,
  radius: number,
  near: Uint32Array,
  far: Uint32Array,
): { near: number; far: number } {
  let n = 0;
  let f = 0;
  const r2 = radius * radius;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - x;
    const dz = zs[i]! - z;
    if (dx * dx + dz * dz <= r2) near[n++] = i;
    else far[f++] = i;
  }
  return { near: n, far: f };
}
