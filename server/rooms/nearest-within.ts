import type { SpatialHash } from './spatial-hash';

/**
 * Reusable buffers for `nearestWithin`, sized for the room's avatar slots; one per room so the
 * area-of-interest pass allocates nothing per client.
 */
export class NearestScratch {
  candidates: number[] = [];
  ids: number[] = [];
  dist2: Float64Array = new Float64Array(0);
  ensure(slots: number): void {
    if (this.dist2.length < slots) this.dist2 = new Float64Array(Math.max(slots, this.dist2.length * 2, 64));
  }
}

/**
 * The ids within `radius` of (x, z) — at most `max`, the nearest — written into `out` (cleared
 * first). `xs`/`zs` hold each id's position; `skip` is left out (the viewer itself).
 */
export function nearestWithin(
  hash: SpatialHash,
  xs: ArrayLike<number>,
  zs: ArrayLike<number>,
  x: number,
  z: number,
  radius: number,
  max: number,
  skip: number,
  scratch: NearestScratch,
  out: number[],
): number[] {
  out.length = 0;
  const candidates = hash.query(x, z, radius, (scratch.candidates.length = 0, scratch.candidates));
  scratch.ensure(xs.length);
  const r2 = radius * radius;
  const dist2 = scratch.dist2;
  for (const id of candidates) {
    if (id === skip) continue;
    const dx = xs[id]! - x;
    const dz = zs[id]! - z;
    const d2 = dx * dx + dz * dz;
    if (d2 > r2) continue;
    dist2[id] = d2;
    out.push(id);
  }
  if (out.length > max) {
    // Crowds are the rare case; a sort of the few hundred in range is cheaper than a heap here.
    out.sort((a, b) => dist2[a]! - dist2[b]!);
    out.length = max;
  }
  return out;
}
