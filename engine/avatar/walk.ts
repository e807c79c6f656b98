import { ENGINE_CONFIG } from '../config';
import type { FloorRect } from '../geometry/world-box';
import { moveWithCollisions } from './collide';

/** The visitor's pose in model coordinates: x/z metres, yaw degrees clockwise from north, pitch degrees (positive looks down). */
export interface VisitorPose {
  x: number;
  z: number;
  yaw: number;
  pitch: number;
}

/** What the keys ask for this frame; each axis in [-1, 1]. */
export interface WalkInput {
  forward: number;
  strafe: number;
  turn: number;
  run: boolean;
}

const V = ENGINE_CONFIG.visitor;
const DEG = Math.PI / 180;

/**
 * One frame of walking: turn, then move along the view direction and collide. Mutates `pose`
 * and allocates nothing (it runs every frame).
 */
export function stepWalk(pose: VisitorPose, input: WalkInput, dt: number, blockers: readonly FloorRect[]): void {
  if (input.turn !== 0) pose.yaw = normalizeYaw(pose.yaw + input.turn * V.turnSpeedDeg * dt);
  let f = input.forward;
  let s = input.strafe;
  const len = Math.sqrt(f * f + s * s);
  if (len < 1e-6) return;
  // Diagonal keys must not walk faster than straight ones.
  if (len > 1) {
    f /= len;
    s /= len;
  }
  const speed = (input.run ? V.runSpeed : V.walkSpeed) * dt;
  const a = pose.yaw * DEG;
  const sin = Math.sin(a);
  const cos = Math.cos(a);
  // Forward is (sin, cos) on the floor; right is forward turned a quarter clockwise: (cos, -sin).
  const dx = (f * sin + s * cos) * speed;
  const dz = (f * cos - s * sin) * speed;
  moveWithCollisions(pose, dx, dz, V.radius, blockers, V.maxSubstep);
}

/** Yaw in [0, 360). */
export function normalizeYaw(deg: number): number {
  return ((deg % 360) + 360) % 360;
}
