import { describe, expect, it } from 'vitest';
import { ENGINE_CONFIG } from '../config';
import { moveWithCollisions, pushOutOfRects } from './collide';
import { FlatMover } from './mover';
import { stepWalk, type VisitorPose } from './walk';

/** A 0.1 m thick wall running north–south at x = 5. */
const wall = { minX: 4.95, maxX: 5.05, minZ: 0, maxZ: 10 };
const R = 0.3;

describe('pushOutOfRects', () => {
  it('pushes a circle that overlaps an edge out along the contact normal', () => {
    const p = { x: 4.8, z: 5 };
    expect(pushOutOfRects(p, R, [wall])).toBe(true);
    expect(p.x).toBeCloseTo(4.95 - R);
    expect(p.z).toBe(5);
  });

  it('pushes out of a corner diagonally', () => {
    const p = { x: 4.9, z: 10.1 };
    pushOutOfRects(p, R, [wall]);
    expect(Math.hypot(p.x - 4.95, p.z - 10)).toBeCloseTo(R);
  });

  it('leaves a circle that does not touch alone', () => {
    const p = { x: 4, z: 5 };
    expect(pushOutOfRects(p, R, [wall])).toBe(false);
    expect(p).toEqual({ x: 4, z: 5 });
  });

  it('gets a centre that ended up inside out through the nearest side', () => {
    const p = { x: 5.04, z: 5 };
    pushOutOfRects(p, R, [wall]);
    expect(p.x).toBeCloseTo(5.05 + R);
  });
});

describe('moveWithCollisions', () => {
  it('cannot walk through a thin wall, even with one long step', () => {
    const p = { x: 4, z: 5 };
    moveWithCollisions(p, 3, 0, R, [wall], ENGINE_CONFIG.visitor.maxSubstep);
    expect(p.x).toBeLessThanOrEqual(4.95 - R + 1e-9);
  });

  it('slides along a wall when walking into it at an angle', () => {
    const p = { x: 4.6, z: 5 };
    moveWithCollisions(p, 1, 1, R, [wall], ENGINE_CONFIG.visitor.maxSubstep);
    expect(p.x).toBeCloseTo(4.95 - R);
    expect(p.z).toBeCloseTo(6);
  });

  it('stops in a corner between two walls', () => {
    const north = { minX: 0, maxX: 5, minZ: 9.95, maxZ: 10.05 };
    const p = { x: 4, z: 9 };
    moveWithCollisions(p, 2, 2, R, [wall, north], ENGINE_CONFIG.visitor.maxSubstep);
    expect(p.x).toBeCloseTo(4.95 - R, 3);
    expect(p.z).toBeCloseTo(9.95 - R, 3);
  });
});

describe('stepWalk', () => {
  const pose = (): VisitorPose => ({ x: 2, z: 2, yaw: 0, pitch: 0 });
  const still = { forward: 0, strafe: 0, turn: 0, run: false };

  it('walks north at yaw 0 at walking speed, and runs faster', () => {
    const p = pose();
    stepWalk(p, { ...still, forward: 1 }, 1, new FlatMover([]));
    expect(p.z).toBeCloseTo(2 + ENGINE_CONFIG.visitor.walkSpeed);
    expect(p.x).toBeCloseTo(2);
    const q = pose();
    stepWalk(q, { ...still, forward: 1, run: true }, 1, new FlatMover([]));
    expect(q.z).toBeCloseTo(2 + ENGINE_CONFIG.visitor.runSpeed);
  });

  it('walks east at yaw 90, and strafes right toward south', () => {
    const p = { ...pose(), yaw: 90 };
    stepWalk(p, { ...still, forward: 1 }, 0.5, new FlatMover([]));
    expect(p.x).toBeCloseTo(2 + 0.8);
    const q = { ...pose(), yaw: 90 };
    stepWalk(q, { ...still, strafe: 1 }, 0.5, new FlatMover([]));
    expect(q.z).toBeCloseTo(2 - 0.8);
  });

  it('does not go faster diagonally', () => {
    const p = pose();
    stepWalk(p, { ...still, forward: 1, strafe: 1 }, 1, new FlatMover([]));
    expect(Math.hypot(p.x - 2, p.z - 2)).toBeCloseTo(ENGINE_CONFIG.visitor.walkSpeed);
  });

  it('walks slower with a stick pushed halfway (analog input)', () => {
    const p = pose();
    stepWalk(p, { ...still, forward: 0.5 }, 1, new FlatMover([]));
    expect(p.z).toBeCloseTo(2 + 0.5 * ENGINE_CONFIG.visitor.walkSpeed);
  });

  it('turns with the arrow keys, keeping yaw in [0, 360)', () => {
    const p = pose();
    stepWalk(p, { ...still, turn: -1 }, 1, new FlatMover([]));
    expect(p.yaw).toBeCloseTo(360 - ENGINE_CONFIG.visitor.turnSpeedDeg);
  });
});
