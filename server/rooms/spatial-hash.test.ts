import { describe, expect, it } from 'vitest';
import { nearestWithin, NearestScratch } from './nearest-within';
import { SpatialHash } from './spatial-hash';

describe('SpatialHash', () => {
  it('returns the ids of the cells around a point, including border cells for points outside', () => {
    const hash = new SpatialHash(100, 50, 10);
    expect([hash.cols, hash.rows]).toEqual([10, 5]);
    hash.insert(1, 5, 5);
    hash.insert(2, 95, 45);
    hash.insert(3, -20, 5); // outside the floor: clamped into the first column
    hash.insert(4, 25, 5);
    expect(hash.query(5, 5, 4, []).sort()).toEqual([1, 3]);
    expect(hash.query(99, 49, 1, [])).toEqual([2]);
    expect(hash.query(15, 5, 10, []).sort()).toEqual([1, 3, 4]);
    hash.clear();
    expect(hash.query(5, 5, 100, [])).toEqual([]);
  });
});

describe('nearestWithin', () => {
  function scene(points: [number, number][]) {
    const hash = new SpatialHash(200, 200, 10);
    const xs = points.map((p) => p[0]);
    const zs = points.map((p) => p[1]);
    points.forEach(([x, z], id) => hash.insert(id, x, z));
    return { hash, xs, zs };
  }

  it('keeps only ids within the radius, never the viewer itself', () => {
    const { hash, xs, zs } = scene([[50, 50], [60, 50], [79, 50], [81, 50], [50, 19.9]]);
    const out = nearestWithin(hash, xs, zs, 50, 50, 30, 50, 0, new NearestScratch(), []);
    expect(out.sort()).toEqual([1, 2]);
  });

  it('caps at the nearest K', () => {
    const points: [number, number][] = [[100, 100]];
    for (let i = 1; i <= 80; i++) points.push([100 + (i % 2 ? 1 : -1) * i * 0.3, 100]);
    const { hash, xs, zs } = scene(points);
    const out = nearestWithin(hash, xs, zs, 100, 100, 30, 10, 0, new NearestScratch(), []);
    expect(out.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('agrees with a brute-force scan on a random crowd', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const points: [number, number][] = Array.from({ length: 600 }, () => [random() * 200, random() * 200]);
    const { hash, xs, zs } = scene(points);
    const scratch = new NearestScratch();
    for (let viewer = 0; viewer < 600; viewer += 37) {
      const [x, z] = points[viewer]!;
      const brute = points
        .map(([px, pz], id) => ({ id, d: Math.hypot(px - x, pz - z) }))
        .filter((p) => p.id !== viewer && p.d <= 30)
        .sort((a, b) => a.d - b.d)
        .slice(0, 20)
        .map((p) => p.id)
        .sort((a, b) => a - b);
      expect(nearestWithin(hash, xs, zs, x, z, 30, 20, viewer, scratch, []).sort((a, b) => a - b)).toEqual(brute);
    }
  });
});

describe('nearestWithin order', () => {
  it('lists the nearest first, whether or not the cap cut the list', () => {
    const hash = new SpatialHash(200, 200, 10);
    const points: [number, number][] = [[100, 100], [110, 100], [101, 100], [105, 100], [100, 103], [120, 100]];
    points.forEach(([x, z], id) => hash.insert(id, x, z));
    const xs = points.map((p) => p[0]);
    const zs = points.map((p) => p[1]);
    expect(nearestWithin(hash, xs, zs, 100, 100, 30, 50, 0, new NearestScratch(), [])).toEqual([2, 4, 3, 1, 5]);
    expect(nearestWithin(hash, xs, zs, 100, 100, 30, 3, 0, new NearestScratch(), [])).toEqual([2, 4, 3]);
  });
});
