import type { WorldBox } from '../geometry/world-box';
import type { BoothPickGroup, PickBox } from './interaction-targets';

/** A ray in hall coordinates; `d` need not be unit length (distances are then in its units). */
export interface RayLike {
  origin: { x: number; y: number; z: number };
  direction: { x: number; y: number; z: number };
}

/**
 * Distance along the ray to where it enters `box` (slab test in the box's own frame), or
 * undefined when it misses, when the box is behind, farther than `max`, or around the origin
 * (a ray starting inside a box is not stopped by it: that box is not what the visitor points at).
 */
export function rayBoxDistance(ray: RayLike, box: WorldBox, max = Infinity): number | undefined {
  const c = Math.cos(box.yaw);
  const s = Math.sin(box.yaw);
  // World → box frame: the inverse of frameToWorld's turn (see geometry/world-box.ts).
  const px = ray.origin.x - box.x;
  const pz = ray.origin.z - box.z;
  const ox = px * c - pz * s;
  const oz = px * s + pz * c;
  const oy = ray.origin.y - (box.y + box.height / 2);
  const dx = ray.direction.x * c - ray.direction.z * s;
  const dz = ray.direction.x * s + ray.direction.z * c;
  const dy = ray.direction.y;
  let near = -Infinity;
  let far = Infinity;
  const slabs: [number, number, number][] = [
    [ox, dx, box.width / 2],
    [oy, dy, box.height / 2],
    [oz, dz, box.depth / 2],
  ];
  for (const [o, d, h] of slabs) {
    if (Math.abs(d) < 1e-12) {
      if (o < -h || o > h) return undefined;
      continue;
    }
    let t0 = (-h - o) / d;
    let t1 = (h - o) / d;
    if (t0 > t1) [t0, t1] = [t1, t0];
    near = Math.max(near, t0);
    far = Math.min(far, t1);
    if (near > far) return undefined;
  }
  if (near < 0 || near > max) return undefined;
  return near;
}

/** Distance to where the ray meets the floor plane (y = 0) from above, or undefined. */
export function rayFloorDistance(ray: RayLike, max = Infinity): number | undefined {
  if (ray.direction.y >= -1e-9 || ray.origin.y <= 0) return undefined;
  const t = -ray.origin.y / ray.direction.y;
  return t <= max ? t : undefined;
}

/** The nearest booth box the ray enters within `max`, with its distance. */
export function nearestBoothBox(ray: RayLike, groups: readonly BoothPickGroup[], max = Infinity): { hit: PickBox; distance: number } | undefined {
  let best: PickBox | undefined;
  let bestDistance = max;
  for (const group of groups) {
    // The group's bounds hold every box: a ray that misses them misses the booth. A ray that
    // starts inside the bounds (a visitor in the booth) must test the boxes.
    const enter = rayBoxDistance(ray, group.bounds, bestDistance);
    if (enter === undefined && !contains(group.bounds, ray.origin)) continue;
    for (const box of group.boxes) {
      const t = rayBoxDistance(ray, box.box, bestDistance);
      if (t !== undefined && t < bestDistance) {
        best = box;
        bestDistance = t;
      }
    }
  }
  return best ? { hit: best, distance: bestDistance } : undefined;
}

function contains(b: WorldBox, p: { x: number; y: number; z: number }): boolean {
  return Math.abs(p.x - b.x) <= b.width / 2 && Math.abs(p.z - b.z) <= b.depth / 2 && p.y >= b.y && p.y <= b.y + b.height;
}
