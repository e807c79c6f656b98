import { describe, expect, it } from 'vitest';
import { buildWalkGrid, isWalkable } from '../../model';
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

describe('acceptMove against the walk grid', () => {
  // A 40 × 30 hall with one booth wall: x 19.9–20.1, z 5–25 (clearance 0.3 around it).
  const grid = buildWalkGrid(hall.size, [{ minX: 19.9, maxX: 20.1, minZ: 5, maxZ: 25 }], { cellSize: 0.25, clearance: 0.3 });

  it('stops a move through a booth wall at the wall, even over a long window', () => {
    const out = acceptMove(hall, { x: 18, z: 15 }, { x: 22, z: 15 }, 1, { x: 0, z: 0 }, grid);
    expect(out.z).toBe(15);
    expect(out.x).toBeLessThan(19.9 - 0.2);
    expect(out.x).toBeGreaterThan(19);
    expect(isWalkable(grid, out.x, out.z)).toBe(true);
  });

  it('slides along the wall, keeping the free axis', () => {
    const out = acceptMove(hall, { x: 19.4, z: 15 }, { x: 20.2, z: 15.5 }, 0.2, { x: 0, z: 0 }, grid);
    expect(out).toEqual({ x: 19.4, z: 15.5 });
  });

  it('lets a visitor standing inside an obstacle walk out', () => {
    const out = acceptMove(hall, { x: 20, z: 15 }, { x: 20.5, z: 15 }, 0.2, { x: 0, z: 0 }, grid);
    expect(out).toEqual({ x: 20.5, z: 15 });
  });

  it('accepts free moves past the end of the wall', () => {
    const out = acceptMove(hall, { x: 19.5, z: 26 }, { x: 20.5, z: 26 }, 0.2, { x: 0, z: 0 }, grid);
    expect(out).toEqual({ x: 20.5, z: 26 });
  });
});
