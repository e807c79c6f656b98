import { isWalkable, type HallLayout, type WalkGrid } from '../../model';

/** Fastest a visitor may move (running is 4 m/s); a little slack absorbs network jitter. */
export const MAX_SPEED_MPS = 6;
/** Moves arriving closer together than this are judged over this window, so bursts can't teleport. */
const MIN_WINDOW_S = 0.1;
/** Steps along a move at which the walk grid is sampled (metres; under the thinnest blocked band). */
const SAMPLE_M = 0.1;

export interface Pose {
  x: number;
  z: number;
}

/**
 * The position the server accepts for a requested move, never trusting the client: clamped to
 * the hall floor and to the distance the visitor could have covered since the last accepted
 * move, then checked against the walk grid (hall walls, stages, booth walls and counters — the
 * same `walkObstacles` rule the engine walks by). A move into an obstacle slides along it (the
 * free axis is kept) or stops at the last free point before it.
 */
export function acceptMove(layout: Pick<HallLayout, 'size'>, from: Pose, to: Pose, elapsedS: number, out: Pose, grid?: WalkGrid): Pose {
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
  // Someone standing in a blocked cell (the layout changed under them) may walk out of it.
  if (!grid || !isWalkable(grid, from.x, from.z) || clearPath(grid, from, x, z)) return out;
  // Sliding needs a diagonal move: the blocked part is dropped, the free part kept.
  const diagonal = x !== from.x && z !== from.z;
  if (diagonal && clearPath(grid, from, x, from.z)) {
    out.z = from.z;
  } else if (diagonal && clearPath(grid, from, from.x, z)) {
    out.x = from.x;
  } else {
    lastFreePoint(grid, from, x, z, out);
  }
  return out;
}

function clearPath(grid: WalkGrid, from: Pose, x: number, z: number): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x - from.x, z - from.z) / SAMPLE_M));
  for (let s = 1; s <= steps; s++) {
    const t = s / steps;
    if (!isWalkable(grid, from.x + (x - from.x) * t, from.z + (z - from.z) * t)) return false;
  }
  return true;
}

function lastFreePoint(grid: WalkGrid, from: Pose, x: number, z: number, out: Pose): void {
  const steps = Math.max(1, Math.ceil(Math.hypot(x - from.x, z - from.z) / SAMPLE_M));
  out.x = from.x;
  out.z = from.z;
  for (let s = 1; s <= steps; s++) {
    const t = s / steps;
    const px = from.x + (x - from.x) * t;
    const pz = from.z + (z - from.z) * t;
    if (!isWalkable(grid, px, pz)) return;
    out.x = px;
    out.z = pz;
  }
}
