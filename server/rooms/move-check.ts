import type { HallLayout } from '../../model';

/** Fastest a visitor may move (running is 4 m/s); a little slack absorbs network jitter. */
export const MAX_SPEED_MPS = 6;
/** Moves arriving closer together than this are judged over this window, so bursts can't teleport. */
const MIN_WINDOW_S = 0.1;

export interface Pose {
  x: number;
  z: number;
}

/**
 * The position the server accepts for a requested move: clamped to the hall floor and to the
 * distance the visitor could have covered since the last accepted move. A later issue adds
 * booth walls (Rapier or a grid); this is the skeleton's speed and bounds check.
 */
export function acceptMove(layout: Pick<HallLayout, 'size'>, from: Pose, to: Pose, elapsedS: number, out: Pose): Pose {
  const margin = 0.3;
  let x = Math.min(layout.size.width - margin, Math.max(margin, to.x));
  let z = Math.min(layout.size.depth - margin, Math.max(margin, to.z));
  const dx = x - from.x;
  const dz = z - from.z;
  const dist = Math.hypot(dx, dz);
  const allowed = MAX_SPEED_MPS * Math.max(elapsedS, MIN_WINDOW_S);
  if (dist > allowed) {
    x = from.x + (dx / dist) * allowed;
    z = from.z + (dz / dist) * allowed;
  }
  out.x = x;
  out.z = z;
  return out;
}
