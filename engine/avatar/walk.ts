import { ENGINE_CONFIG } from '../config';
import type { Mover } from './mover';

/** The visitor's pose in model coordinates: x/z metres, yaw degrees clockwise from north, pitch degrees (positive looks down). */
export interface VisitorPose {
  x: number;
  z: number;
  yaw: number;
  pitch: number;
}

/** What the keys or the touch stick ask for this frame; each axis in [-1, 1] (analog on a stick). */
export interface WalkInput {
  forward: number;
  strafe: number;
  turn: number;
  run: boolean;
}

const V = ENGINE_CONFIG.visitor;
const DEG = Math.PI / 180;

/**
 * One frame of walking: turn, then move along the view direction through `mover` (which
 * collides). Mutates `pose` and allocates nothing (it runs every frame).
 */
export function stepWalk(pose: VisitorPose, input: WalkInput, dt: number, mover: Mover): void {
  if (input.turn !== 0) pose.yaw = normalizeYaw(pose.yaw + input.turn * V.turnSpeedDeg * dt);
  let f = input.forward;
  let s = input.strafe;
  const len = Math.sqrt(f * f + s * s);
  if (len < 1e-6) {
    // Still a step: the physics mover keeps the body on the ground (falling off a ledge, snapping).
    mover.move(pose, 0, 0, dt);
    return;
  }
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
  mover.move(pose, dx, dz, dt);
}

/** Yaw in [0, 360). */
export function normalizeYaw(deg: number): number {
  return ((deg % 360) + 360) % 360;
}
