import RAPIER from '@dimforge/rapier3d-compat';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SolidBox, WalkSolid } from '../../model';
import { ENGINE_CONFIG } from '../config';
import { PhysicsWalker, type Rapier } from './physics-walker';
import { stepWalk, type VisitorPose, type WalkInput } from './walk';

const V = ENGINE_CONFIG.visitor;
const HALL = { width: 20, depth: 20 };
const box = (minX: number, maxX: number, minZ: number, maxZ: number, height: number): SolidBox => ({
  x: (minX + maxX) / 2,
  z: (minZ + maxZ) / 2,
  width: maxX - minX,
  depth: maxZ - minZ,
  y: 0,
  height,
  yaw: 0,
});
const solid = (b: SolidBox, blocks = true): WalkSolid => ({ box: b, blocks, source: 'test' });

let R: Rapier;
let walker: PhysicsWalker | undefined;
beforeAll(async () => {
  await RAPIER.init();
  R = RAPIER;
});
afterEach(() => {
  walker?.dispose();
  walker = undefined;
});

/** Walks `seconds` at 60 fps with `input`, returning the largest x and the feet heights seen. */
function walk(w: PhysicsWalker, pose: VisitorPose, input: Partial<WalkInput>, seconds: number): { maxX: number; maxFeet: number } {
  const full: WalkInput = { forward: 0, strafe: 0, turn: 0, run: false, ...input };
  let maxX = -Infinity;
  let maxFeet = 0;
  for (let frame = 0; frame < Math.round(seconds * 60); frame++) {
    stepWalk(pose, full, 1 / 60, w);
    maxX = Math.max(maxX, pose.x);
    maxFeet = Math.max(maxFeet, w.feetY);
  }
  return { maxX, maxFeet };
}

describe('PhysicsWalker (Rapier character controller)', () => {
  it('stops at a wall: the capsule never gets closer than its radius', () => {
    // A 2.5 m wall across x = 10..10.1; walk east (yaw 90) into it.
    walker = new PhysicsWalker(R, HALL, [solid(box(10, 10.1, 0, 20, 2.5))], { x: 5, z: 10 });
    const pose = { x: 5, z: 10, yaw: 90, pitch: 0 };
    const { maxX } = walk(walker, pose, { forward: 1, run: true }, 4);
    expect(maxX).toBeLessThan(10 - V.radius + 0.01);
    expect(pose.x).toBeGreaterThan(10 - V.radius - 0.1);
  });

  it('slides along a wall when walking into it at an angle', () => {
    walker = new PhysicsWalker(R, HALL, [solid(box(10, 10.1, 0, 20, 2.5))], { x: 8, z: 5 });
    // Yaw 60: mostly east (into the wall), partly north (along it).
    const pose = { x: 8, z: 5, yaw: 60, pitch: 0 };
    walk(walker, pose, { forward: 1 }, 4);
    expect(pose.x).toBeLessThan(10 - V.radius + 0.01);
    // Sliding keeps the north part of the move: at least half of 1.6 m/s × cos 60° × 4 s.
    expect(pose.z - 5).toBeGreaterThan(1.6);
  });

  it('steps up a 0.15 m edge (a booth platform) and stands on it', () => {
    walker = new PhysicsWalker(R, HALL, [solid(box(10, 14, 5, 15, 0.15), false)], { x: 7, z: 10 });
    const pose = { x: 7, z: 10, yaw: 90, pitch: 0 };
    walk(walker, pose, { forward: 1 }, 3);
    expect(pose.x).toBeGreaterThan(11);
    expect(walker.feetY).toBeGreaterThan(0.12);
    expect(walker.feetY).toBeLessThan(0.2);
  });

  it('does not step up a 0.5 m edge', () => {
    walker = new PhysicsWalker(R, HALL, [solid(box(10, 14, 5, 15, 0.5))], { x: 7, z: 10 });
    const pose = { x: 7, z: 10, yaw: 90, pitch: 0 };
    const { maxX, maxFeet } = walk(walker, pose, { forward: 1, run: true }, 3);
    expect(maxX).toBeLessThan(10 - V.radius + 0.02);
    expect(maxFeet).toBeLessThan(0.05);
  });

  it('walks at walking speed and runs at running speed on open floor', () => {
    walker = new PhysicsWalker(R, HALL, [], { x: 2, z: 2 });
    const pose = { x: 2, z: 2, yaw: 0, pitch: 0 };
    walk(walker, pose, { forward: 1 }, 2);
    expect(pose.z - 2).toBeCloseTo(2 * V.walkSpeed, 1);
    const start = pose.z;
    walk(walker, pose, { forward: 1, run: true }, 2);
    expect(pose.z - start).toBeCloseTo(2 * V.runSpeed, 1);
  });

  it('replaces a resized box and frees everything on dispose', () => {
    walker = new PhysicsWalker(R, HALL, [solid(box(10, 10.1, 0, 20, 2.5))], { x: 5, z: 10 });
    // Floor + wall + capsule.
    expect(walker.counts()).toEqual({ bodies: 1, colliders: 3 });
    walker.setSolid('plinth', box(3, 4, 3, 4, 0.25));
    walker.setSolid('plinth', box(3, 4.5, 3, 4.5, 0.9));
    expect(walker.counts()).toEqual({ bodies: 1, colliders: 4 });
    walker.dispose();
    expect(walker.counts()).toEqual({ bodies: 0, colliders: 0 });
    // Moving a disposed walker is a no-op, not a crash.
    const p = { x: 1, z: 1 };
    walker.move(p, 1, 0, 1 / 60);
    expect(p).toEqual({ x: 1, z: 1 });
  });
});
