import type { FloorRect } from '../geometry/world-box';

/** A mutable point on the floor; collision moves it in place so the walk loop allocates nothing. */
export interface FloorPoint {
  x: number;
  z: number;
}

/**
 * Pushes a circle of `radius` centred at `p` out of every rectangle it overlaps, along the
 * shortest way out. Pushing only along the contact normal keeps the sideways part of a move,
 * which is what makes a visitor slide along a wall instead of sticking to it. A few passes
 * settle corners where two rectangles push against each other. Returns true on any contact.
 */
export function pushOutOfRects(p: FloorPoint, radius: number, rects: readonly FloorRect[], passes = 3): boolean {
  let touched = false;
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i]!;
      // Cheap reject before the exact test: most rectangles are far away.
      if (p.x < r.minX - radius || p.x > r.maxX + radius || p.z < r.minZ - radius || p.z > r.maxZ + radius) continue;
      const qx = p.x < r.minX ? r.minX : p.x > r.maxX ? r.maxX : p.x;
      const qz = p.z < r.minZ ? r.minZ : p.z > r.maxZ ? r.maxZ : p.z;
      const dx = p.x - qx;
      const dz = p.z - qz;
      const d2 = dx * dx + dz * dz;
      if (d2 >= radius * radius) continue;
      if (d2 > 1e-12) {
        const d = Math.sqrt(d2);
        const k = (radius - d) / d;
        p.x += dx * k;
        p.z += dz * k;
      } else {
        // Centre inside the rectangle: leave through the nearest side.
        const west = p.x - r.minX;
        const east = r.maxX - p.x;
        const south = p.z - r.minZ;
        const north = r.maxZ - p.z;
        const least = Math.min(west, east, south, north);
        if (least === west) p.x = r.minX - radius;
        else if (least === east) p.x = r.maxX + radius;
        else if (least === south) p.z = r.minZ - radius;
        else p.z = r.maxZ + radius;
      }
      moved = true;
      touched = true;
    }
    if (!moved) break;
  }
  return touched;
}

/**
 * Moves `p` by (dx, dz) in steps no longer than `maxStep`, resolving contacts after each, so a
 * long move (a slow frame at running speed) cannot jump across a wall thinner than one step.
 */
export function moveWithCollisions(p: FloorPoint, dx: number, dz: number, radius: number, rects: readonly FloorRect[], maxStep: number): void {
  const len = Math.sqrt(dx * dx + dz * dz);
  const steps = Math.max(1, Math.ceil(len / maxStep));
  const sx = dx / steps;
  const sz = dz / steps;
  for (let i = 0; i < steps; i++) {
    p.x += sx;
    p.z += sz;
    pushOutOfRects(p, radius, rects);
  }
}
