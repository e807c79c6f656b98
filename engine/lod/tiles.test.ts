import { describe, expect, it } from 'vitest';
import { groupByTile, tileGrid, tileOf } from './tiles';

describe('tiles', () => {
  it('cuts the hall into tiles of about the asked size', () => {
    expect(tileGrid({ width: 112, depth: 68 }, 24)).toEqual({ cols: 5, rows: 3, tileWidth: 22.4, tileDepth: 68 / 3 });
    expect(tileGrid({ width: 10, depth: 10 }, 24)).toMatchObject({ cols: 1, rows: 1 });
  });

  it('puts points in their tile, and points outside the hall in the nearest edge tile', () => {
    const grid = tileGrid({ width: 40, depth: 20 }, 10);
    expect(tileOf(grid, 5, 5)).toBe(0);
    expect(tileOf(grid, 35, 15)).toBe(7);
    expect(tileOf(grid, -3, 25)).toBe(4);
    expect(tileOf(grid, 99, -1)).toBe(3);
  });

  it('groups items by tile, nearest tile first', () => {
    const grid = tileGrid({ width: 40, depth: 20 }, 10);
    const points = [
      { x: 35, z: 5 },
      { x: 5, z: 5 },
      { x: 36, z: 6 },
      { x: 15, z: 15 },
    ];
    expect(groupByTile(grid, points, { x: 40, z: 0 })).toEqual([
      { tile: 3, items: [0, 2] },
      { tile: 5, items: [3] },
      { tile: 0, items: [1] },
    ]);
  });
});
