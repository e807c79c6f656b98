import type { BoothSlot, BoothTemplate } from '../../model';
import type { FloorFrame } from '../geometry/world-box';

/**
 * How a template's frame lands on a slot: the slot's centre and rotation, plus a stretch when
 * the slot's footprint differs from the template's (a 3×3 template on a 3×4 slot). Stretching
 * positions and fixture sizes keeps every fixture inside the slot.
 */
export interface BoothFrame extends FloorFrame {
  scaleX: number;
  scaleZ: number;
}

export function boothFrame(slot: BoothSlot, template: BoothTemplate): BoothFrame {
  return {
    x: slot.x,
    z: slot.z,
    yawDeg: slot.rotation,
    scaleX: slot.width / template.footprint.width,
    scaleZ: slot.depth / template.footprint.depth,
  };
}

/** A box in the template frame (centre x/z, bottom y) stretched to the slot, still in booth coordinates. */
export function stretchBox<T extends { x: number; z: number; width: number; depth: number }>(frame: BoothFrame, box: T): T {
  return { ...box, x: box.x * frame.scaleX, z: box.z * frame.scaleZ, width: box.width * frame.scaleX, depth: box.depth * frame.scaleZ };
}
