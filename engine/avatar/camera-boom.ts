import type { FloorRect } from '../geometry/world-box';

/**
 * How far back from (x, z) along the unit direction (dirX, dirZ) a third-person camera may sit
 * before a blocker rectangle cuts the line: `max` when nothing is in the way, else the hit
 * distance less `margin`, never under `min`. Works on the floor plan (blockers have no height),
 * so a counter between camera and avatar also pulls the camera in. Allocates nothing.
 */
export function boomLength(blockers: readonly FloorRect[], x: number, z: number, dirX: number, dirZ: number, max: number, margin: number, min: number): number {
  let best = max + margin;
  for (let i = 0; i < blockers.length; i++) {
    const r = blockers[i]!;
    // Slab test: where the ray enters the rectangle along each axis.
    let t0 = 0;
    let t1 = best;
    if (Math.abs(dirX) < 1e-9) {
      if (x < r.minX || x > r.maxX) continue;
    } else {
      let a = (r.minX - x) / dirX;
      let b = (r.maxX - x) / dirX;
      if (a > b) [a, b] = [b, a];
      t0 = Math.max(t0, a);
      t1 = Math.min(t1, b);
    }
    if (Math.abs(dirZ) < 1e-9) {
      if (z < r.minZ || z > r.maxZ) continue;
    } else {
      let a = (r.minZ - z) / dirZ;
      let b = (r.maxZ - z) / dirZ;
      if (a > b) [a, b] = [b, a];
      t0 = Math.max(t0, a);
      t1 = Math.min(t1, b);
    }
    // An origin inside a rectangle (t0 = 0) is the body brushing it: not a wall behind.
    if (t0 <= t1 && t0 > 1e-6 && t0 < best) best = t0;
  }
  return Math.max(min, Math.min(max, best - margin));
}
