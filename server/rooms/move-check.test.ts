import { describe, expect, it } from 'vitest';
import { acceptMove, MAX_SPEED_MPS } from './move-check';

const hall = { size: { width: 40, depth: 30, height: 8 } };

describe('acceptMove', () => {
  it('accepts a walking step as asked', () => {
    const out = acceptMove(hall, { x: 10, z: 10 }, { x: 10.15, z: 10 }, 0.1, { x: 0, z: 0 });
    expect(out).toEqual({ x: 10.15, z: 10 });
  });

  it('cuts a teleport down to the distance the speed cap allows', () => {
    const out = acceptMove(hall, { x: 10, z: 10 }, { x: 30, z: 10 }, 0.5, { x: 0, z: 0 });
    expect(out.x).toBeCloseTo(10 + MAX_SPEED_MPS * 0.5);
    expect(out.z).toBe(10);
  });

  it('judges bursts of quick messages over a minimum window, so they cannot add up to a teleport', () => {
    let pose = { x: 10, z: 10 };
    for (let i = 0; i < 10; i++) pose = acceptMove(hall, pose, { x: pose.x + 5, z: 10 }, 0.001, { x: 0, z: 0 });
    expect(pose.x - 10).toBeLessThanOrEqual(10 * MAX_SPEED_MPS * 0.1 + 1e-9);
  });

  it('keeps the avatar inside the hall walls', () => {
    const out = acceptMove(hall, { x: 39.5, z: 0.5 }, { x: 41, z: -1 }, 1, { x: 0, z: 0 });
    expect(out.x).toBeLessThanOrEqual(40);
    expect(out.z).toBeGreaterThanOrEqual(0);
  });
});
