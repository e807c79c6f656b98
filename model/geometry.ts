import { LIMITS } from './limits';

/** An axis-aligned rectangle on the hall floor (x east, z north, metres). */
export interface Rect {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** A footprint placed by its centre, with a right-angle rotation. */
export interface PlacedFootprint {
  x: number;
  z: number;
  width: number;
  depth: number;
  rotation?: number;
}

/** The floor rectangle a footprint covers; 90° and 270° swap width and depth. */
export function footprintRect(f: PlacedFootprint): Rect {
  const turned = f.rotation === 90 || f.rotation === 270;
  const halfW = (turned ? f.depth : f.width) / 2;
  const halfD = (turned ? f.width : f.depth) / 2;
  return { minX: f.x - halfW, maxX: f.x + halfW, minZ: f.z - halfD, maxZ: f.z + halfD };
}

/** True when the rectangles share area (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect, epsilon: number = LIMITS.epsilon): boolean {
  return a.minX < b.maxX - epsilon && b.minX < a.maxX - epsilon && a.minZ < b.maxZ - epsilon && b.minZ < a.maxZ - epsilon;
}

export function rectContainsPoint(r: Rect, x: number, z: number): boolean {
  return x >= r.minX && x <= r.maxX && z >= r.minZ && z <= r.maxZ;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
