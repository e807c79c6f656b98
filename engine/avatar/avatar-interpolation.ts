import { ENGINE_CONFIG } from '../config';

/**
 * Poses of remote avatars as parallel typed arrays (structure of arrays): slot i holds one
 * avatar's latest network pose (target*) and its rendered pose. Arrays grow only when an avatar
 * is added, never in the frame loop.
 */
export interface AvatarPoseState {
  count: number;
  targetX: Float64Array;
  targetZ: Float64Array;
  /** Degrees clockwise from north. */
  targetYaw: Float64Array;
  x: Float64Array;
  z: Float64Array;
  yaw: Float64Array;
}

const FIELDS = ['targetX', 'targetZ', 'targetYaw', 'x', 'z', 'yaw'] as const;

export function createAvatarPoseState(capacity = 16): AvatarPoseState {
  return {
    count: 0,
    targetX: new Float64Array(capacity),
    targetZ: new Float64Array(capacity),
    targetYaw: new Float64Array(capacity),
    x: new Float64Array(capacity),
    z: new Float64Array(capacity),
    yaw: new Float64Array(capacity),
  };
}

/** Adds a slot standing exactly at its first pose (no glide in from the origin); returns its index. */
export function addAvatarSlot(s: AvatarPoseState, x: number, z: number, yaw: number): number {
  if (s.count === s.x.length) {
    for (const f of FIELDS) {
      const grown = new Float64Array(s[f].length * 2);
      grown.set(s[f]);
      s[f] = grown;
    }
  }
  const i = s.count++;
  s.targetX[i] = s.x[i] = x;
  s.targetZ[i] = s.z[i] = z;
  s.targetYaw[i] = s.yaw[i] = yaw;
  return i;
}

/**
 * Removes slot i by moving the last slot into it (order does not matter, holes would). Returns
 * the index that moved into i, or -1 when i was the last one, so the caller can update its maps.
 */
export function removeAvatarSlot(s: AvatarPoseState, i: number): number {
  const last = --s.count;
  if (i === last) return -1;
  for (const f of FIELDS) s[f][i] = s[f][last]!;
  return last;
}

/** Sets the latest network pose; a jump longer than the snap distance is shown at once (a teleport). */
export function setAvatarTarget(s: AvatarPoseState, i: number, x: number, z: number, yaw: number): void {
  s.targetX[i] = x;
  s.targetZ[i] = z;
  s.targetYaw[i] = yaw;
  const dx = x - s.x[i]!;
  const dz = z - s.z[i]!;
  const snap = ENGINE_CONFIG.remote.snapDistance;
  if (dx * dx + dz * dz > snap * snap) {
    s.x[i] = x;
    s.z[i] = z;
    s.yaw[i] = yaw;
  }
}

/**
 * Per-frame system: moves every rendered pose toward its target by an exponential approach
 * (frame-rate independent: the same fraction of the gap closes per second at any fps). Yaw
 * takes the short way round. Allocates nothing.
 */
export function avatarInterpolationSystem(s: AvatarPoseState, dt: number): void {
  const k = 1 - Math.exp(-dt / ENGINE_CONFIG.remote.smoothingSeconds);
  const { x, z, yaw, targetX, targetZ, targetYaw } = s;
  for (let i = 0; i < s.count; i++) {
    x[i] = x[i]! + (targetX[i]! - x[i]!) * k;
    z[i] = z[i]! + (targetZ[i]! - z[i]!) * k;
    const d = ((((targetYaw[i]! - yaw[i]!) % 360) + 540) % 360) - 180;
    yaw[i] = yaw[i]! + d * k;
  }
}
