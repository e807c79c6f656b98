import { describe, expect, it } from 'vitest';
import { LodAnchor, splitByDistance } from './product-lod';

describe('LodAnchor', () => {
  it('asks for a split at first, then only after moving the refresh distance', () => {
    const anchor = new LodAnchor(2);
    expect(anchor.moved(0, 0)).toBe(true);
    expect(anchor.moved(1, 1)).toBe(false);
    expect(anchor.moved(0, 1.99)).toBe(false);
    expect(anchor.moved(0, 2.5)).toBe(true);
    expect(anchor.point).toEqual({ x: 0, z: 2.5 });
    anchor.reset();
    expect(anchor.moved(0, 2.5)).toBe(true);
  });
});

describe('splitByDistance', () => {
  it('writes near and far indices into the caller\'s arrays', () => {
    const xs = Float32Array.from([0, 10, 3, 30]);
    const zs = Float32Array.from([0, 0, 4, 0]);
    const near = new Uint32Array(4);
    const far = new Uint32Array(4);
    expect(splitByDistance(xs, zs, 0, 0, 5, near, far)).toEqual({ near: 2, far: 2 });
    expect([...near.subarray(0, 2)]).toEqual([0, 2]);
    expect([...far.subarray(0, 2)]).toEqual([1, 3]);
  });
});
