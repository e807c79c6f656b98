import { describe, expect, it } from 'vitest';
import { buildWalkGrid, isWalkable } from '../../../model';
import { SeededRandom } from '../../../server';
import { AisleWalker, freeCells } from './aisle-walker';

// A 40 × 30 m hall with a row of booth blocks across the middle and a 2 m aisle between each.
const blocks = [0, 1, 2, 3].map((i) => ({ minX: 2 + i * 10, maxX: 10 + i * 10, minZ: 12, maxZ: 18 }));
const grid = buildWalkGrid({ width: 40, depth: 30 }, blocks);
const free = freeCells(grid);

function walk(seed: number, steps: number) {
  const random = new SeededRandom(seed);
  const walker = new AisleWalker(grid, free, () => random.next(), { x: 1, z: 1 });
  const poses = [];
  for (let i = 0; i < steps; i++) poses.push({ ...walker.step(0.1, 1.4) });
  return poses;
}

describe('AisleWalker', () => {
  it('lists only free cells', () => {
    expect(free.length).toBeGreaterThan(0);
    expect(free.length).toBeLessThan(grid.cols * grid.rows);
    expect(free.every((c) => grid.blocked[c] === 0)).toBe(true);
  });

  it('walks at the asked speed, only on walkable floor, and gets around', () => {
    const poses = walk(7, 1200);
    let prev = { x: 1, z: 1 };
    let farthest = 0;
    for (const p of poses) {
      expect(isWalkable(grid, p.x, p.z), `(${p.x.toFixed(2)}, ${p.z.toFixed(2)})`).toBe(true);
      expect(Math.hypot(p.x - prev.x, p.z - prev.z)).toBeLessThanOrEqual(0.14 + 1e-9);
      expect(p.yaw).toBeGreaterThanOrEqual(0);
      expect(p.yaw).toBeLessThan(360);
      farthest = Math.max(farthest, Math.hypot(p.x - 1, p.z - 1));
      prev = p;
    }
    // Two minutes of walking take it well away from the corner it started in.
    expect(farthest).toBeGreaterThan(10);
    // It keeps moving: most steps cover the full 14 cm.
    const moving = poses.filter((p, i) => i > 0 && Math.hypot(p.x - poses[i - 1]!.x, p.z - poses[i - 1]!.z) > 0.13).length;
    expect(moving / poses.length).toBeGreaterThan(0.9);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(walk(3, 200)).toEqual(walk(3, 200));
    expect(walk(3, 200)).not.toEqual(walk(4, 200));
  });
});
