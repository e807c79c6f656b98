import { placeSolid, type LocalBox, type SolidBox } from '../../model';
import type { Rgb } from './color';

// The frame maths and floor rectangles live in model/ (shared with the server's walk checks); re-exported for engine code.
export { frameToWorld, normalizeDeg, boxFloorRect, type FloorRect, type FloorFrame } from '../../model';

/** A SolidBox (hall coordinates, centre x/z, bottom y, yaw in radians) with the colour it is drawn in. */
export interface WorldBox extends SolidBox {
  color: Rgb;
}

/**
 * Places a box given in `frame`'s coordinates (centre lx/lz, bottom y, its own yaw in degrees)
 * into the world. Quarter turns swap width and depth instead of setting a yaw, so walls stay
 * axis-aligned for merging and collision.
 */
export function placeBox(frame: { x: number; z: number; yawDeg: number }, local: LocalBox, color: Rgb): WorldBox {
  return { ...placeSolid(frame, local), color };
}
