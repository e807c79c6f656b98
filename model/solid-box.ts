import type { Rect } from './geometry';

/** Axis-aligned rectangle on the floor (metres, x east, z north): the shape walking works with. */
export type FloorRect = Rect;

/**
 * A box in hall coordinates: centre x/z, bottom y, size along its own axes, turned by `yaw`
 * (radians, clockwise from north seen from above, which is Babylon's `rotation.y`). Right-angle
 * turns are folded into width/depth so most boxes stay axis-aligned (yaw 0).
 */
export interface SolidBox {
  x: number;
  y: number;
  z: number;
  width: number;
  height: number;
  depth: number;
  yaw: number;
}

/** A box in some frame's own coordinates: centre x/z, bottom y, an optional own turn in degrees. */
export interface LocalBox {
  x: number;
  y: number;
  z: number;
  width: number;
  height: number;
  depth: number;
  yawDeg?: number;
}

/** A frame on the floor: origin (x, z) and a turn in degrees clockwise from north. Booths, stages and items each have one. */
export interface FloorFrame {
  x: number;
  z: number;
  yawDeg: number;
}

const DEG = Math.PI / 180;

/**
 * Local (x, z) in `frame` → world (x, z). Clockwise from above means local +z (north) turns
 * toward +x (east): at 90°, (0, 1) → (1, 0). This is exactly Babylon's RotationY.
 */
export function frameToWorld(frame: FloorFrame, lx: number, lz: number): { x: number; z: number } {
  const a = frame.yawDeg * DEG;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return { x: frame.x + lx * c + lz * s, z: frame.z - lx * s + lz * c };
}

/** Degrees in [0, 360). */
export function normalizeDeg(deg: number): number {
  return ((deg % 360) + 360) % 360;
}

/**
 * Places a box given in `frame`'s coordinates into the world. Quarter turns swap width and
 * depth instead of setting a yaw, so walls stay axis-aligned for merging and collision.
 */
export function placeSolid(frame: FloorFrame, local: LocalBox): SolidBox {
  const p = frameToWorld(frame, local.x, local.z);
  const total = normalizeDeg(frame.yawDeg + (local.yawDeg ?? 0));
  const quarter = Math.round(total / 90);
  if (Math.abs(total - quarter * 90) < 1e-6) {
    const turned = quarter % 2 === 1;
    return { x: p.x, y: local.y, z: p.z, width: turned ? local.depth : local.width, height: local.height, depth: turned ? local.width : local.depth, yaw: 0 };
  }
  return { x: p.x, y: local.y, z: p.z, width: local.width, height: local.height, depth: local.depth, yaw: total * DEG };
}

/** The floor rectangle a box covers (its bounding rectangle when it is turned). */
export function boxFloorRect(b: SolidBox): FloorRect {
  const c = Math.abs(Math.cos(b.yaw));
  const s = Math.abs(Math.sin(b.yaw));
  const hx = (b.width * c + b.depth * s) / 2;
  const hz = (b.width * s + b.depth * c) / 2;
  return { minX: b.x - hx, maxX: b.x + hx, minZ: b.z - hz, maxZ: b.z + hz };
}
