import { describe, expect, it } from 'vitest';
import type { FloorRect } from './solid-box';
import { buildWalkGrid, clearLine, findPath, isWalkable, type FloorPoint, type WalkGrid } from './walk-grid';

const SIZE = { width: 20, depth: 12 };

/** Whether any sampled point of the path comes closer than `margin` to an obstacle. */
function pathTouches(path: FloorPoint[], obstacles: readonly FloorRect[], margin: number): boolean {
  for (let k = 0; k + 1 < path.length; k++) {
    const a = path[k]!;
    const b = path[k + 1]!;
    const steps = Math.ceil(Math.hypot(b.x - a.x, b.z - a.z) / 0.02) + 1;
    for (let s = 0; s <= steps; s++) {
      const x = a.x + ((b.x - a.x) * s) / steps;
      const z = a.z + ((b.z - a.z) * s) / steps;
      for (const r of obstacles) {
        const dx = Math.max(r.minX - x, 0, x - r.maxX);
        const dz = Math.max(r.minZ - z, 0, z - r.maxZ);
        if (Math.hypot(dx, dz) < margin) return true;
      }
    }
  }
  return false;
}

const length = (path: FloorPoint[]) => path.reduce((sum, p, k) => (k === 0 ? 0 : sum + Math.hypot(p.x - path[k - 1]!.x, p.z - path[k - 1]!.z)), 0);

/** The four outer walls of a SIZE hall, as bands outside the floor (like hallSolids makes them). */
const WALLS: FloorRect[] = [
  { minX: -0.3, maxX: 20.3, minZ: -0.3, maxZ: 0 },
  { minX: -0.3, maxX: 20.3, minZ: 12, maxZ: 12.3 },
  { minX: -0.3, maxX: 0, minZ: 0, maxZ: 12 },
  { minX: 20, maxX: 20.3, minZ: 0, maxZ: 12 },
];

describe('buildWalkGrid', () => {
  it('covers the hall with cells and blocks those within the clearance of an obstacle', () => {
    const grid = buildWalkGrid(SIZE, [{ minX: 5, maxX: 6, minZ: 5, maxZ: 6 }], { cellSize: 0.5, clearance: 0.3 });
    expect([grid.cols, grid.rows, grid.blocked.length]).toEqual([40, 24, 960]);
    expect(isWalkable(grid, 5.5, 5.5)).toBe(false);
    // Cell centre 4.75 is 0.25 m from the west face: inside the clearance.
    expect(isWalkable(grid, 4.8, 5.5)).toBe(false);
    // Cell centre 4.25 is 0.75 m away.
    expect(isWalkable(grid, 4.3, 5.5)).toBe(true);
    // Corners are rounded: the diagonal cell centre (4.75, 4.75) is 0.35 m from the corner.
    expect(isWalkable(grid, 4.8, 4.8)).toBe(true);
    expect(isWalkable(grid, 1, 1)).toBe(true);
  });

  it('is off the floor outside the hall', () => {
    const grid = buildWalkGrid(SIZE, [], { cellSize: 0.5 });
    expect(isWalkable(grid, -0.1, 3)).toBe(false);
    expect(isWalkable(grid, 3, 12.01)).toBe(false);
    expect(isWalkable(grid, Number.NaN, 3)).toBe(false);
  });

  it('keeps the visitor off the walls by default (clearance = visitor radius)', () => {
    const grid = buildWalkGrid(SIZE, WALLS);
    expect(grid.cellSize).toBe(0.25);
    expect(isWalkable(grid, 0.1, 6)).toBe(false);
    expect(isWalkable(grid, 0.4, 6)).toBe(true);
    expect(isWalkable(grid, 19.9, 6)).toBe(false);
  });

  it('refuses a cell size of zero', () => {
    expect(() => buildWalkGrid(SIZE, [], { cellSize: 0 })).toThrow(RangeError);
  });
});

describe('findPath', () => {
  // A booth-like wall across the middle with a 2 m gap at its north end.
  const wall: FloorRect = { minX: 9.8, maxX: 10.2, minZ: 0, maxZ: 10 };
  const obstacles = [...WALLS, wall];
  const grid: WalkGrid = buildWalkGrid(SIZE, obstacles);

  it('walks around an obstacle without coming within the clearance', () => {
    const path = findPath(grid, { x: 5, z: 2 }, { x: 15, z: 2 });
    expect(path).toBeDefined();
    expect(path![0]).toEqual({ x: 5, z: 2 });
    expect(path![path!.length - 1]).toEqual({ x: 15, z: 2 });
    // It has to pass the gap north of the wall.
    expect(Math.max(...path!.map((p) => p.z))).toBeGreaterThan(10);
    expect(pathTouches(path!, obstacles, 0.25)).toBe(false);
  });

  it('smooths the grid steps into a few straight legs close to the shortest way', () => {
    const path = findPath(grid, { x: 5, z: 2 }, { x: 15, z: 2 })!;
    expect(path.length).toBeLessThanOrEqual(5);
    // Shortest: around the wall end (10, 10) with 0.3 m clearance ≈ 2 × hypot(4.8, 8.3).
    const shortest = 2 * Math.hypot(4.8, 8.3);
    expect(length(path)).toBeLessThan(shortest * 1.08);
    for (let k = 0; k + 1 < path.length; k++) expect(clearLine(grid, path[k]!, path[k + 1]!)).toBe(true);
  });

  it('goes straight across open floor', () => {
    expect(findPath(grid, { x: 1, z: 1 }, { x: 8, z: 9 })).toEqual([
      { x: 1, z: 1 },
      { x: 8, z: 9 },
    ]);
  });

  it('says undefined when the target is walled in', () => {
    const box: FloorRect[] = [
      { minX: 14, maxX: 18, minZ: 4, maxZ: 4.3 },
      { minX: 14, maxX: 18, minZ: 7.7, maxZ: 8 },
      { minX: 14, maxX: 14.3, minZ: 4, maxZ: 8 },
      { minX: 17.7, maxX: 18, minZ: 4, maxZ: 8 },
    ];
    const closed = buildWalkGrid(SIZE, [...WALLS, ...box]);
    expect(isWalkable(closed, 16, 6)).toBe(true);
    expect(findPath(closed, { x: 2, z: 2 }, { x: 16, z: 6 })).toBeUndefined();
    expect(findPath(closed, { x: 16, z: 6 }, { x: 15.5, z: 5.5 })).toBeDefined();
  });

  it('moves a goal on a wall to the nearest walkable spot, but not from far away', () => {
    const path = findPath(grid, { x: 5, z: 2 }, { x: 10, z: 5 })!;
    const end = path[path.length - 1]!;
    expect(isWalkable(grid, end.x, end.z)).toBe(true);
    expect(Math.abs(end.x - 10)).toBeLessThan(0.8);
    expect(findPath(grid, { x: 5, z: 2 }, { x: 30, z: 5 })).toBeUndefined();
  });

  it('starts from a spot just inside the clearance (a visitor pressed against a wall)', () => {
    const path = findPath(grid, { x: 9.55, z: 2 }, { x: 5, z: 2 });
    expect(path?.[0]).toEqual({ x: 9.55, z: 2 });
    expect(path?.[path.length - 1]).toEqual({ x: 5, z: 2 });
  });

  it('finds a path across a 60 × 40 m hall quickly', () => {
    const big = buildWalkGrid({ width: 60, depth: 40 }, [{ minX: 29, maxX: 31, minZ: 0, maxZ: 38 }]);
    const t0 = performance.now();
    const path = findPath(big, { x: 1, z: 1 }, { x: 59, z: 1 });
    expect(path).toBeDefined();
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
