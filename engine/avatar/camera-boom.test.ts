import { describe, expect, it } from 'vitest';
import { boomLength } from './camera-boom';

describe('boomLength', () => {
  const wall = { minX: 4, maxX: 4.3, minZ: -10, maxZ: 10 };
  it('keeps the full length when nothing is behind', () => {
    expect(boomLength([wall], 0, 0, -1, 0, 3, 0.25, 0.6)).toBe(3);
  });
  it('stops in front of a wall behind the avatar', () => {
    expect(boomLength([wall], 2, 0, 1, 0, 3, 0.25, 0.6)).toBeCloseTo(1.75);
    // At an angle: the wall is 2 m away along x, so 2/cos45° along the ray.
    expect(boomLength([wall], 2, 0, Math.SQRT1_2, Math.SQRT1_2, 4, 0.25, 0.6)).toBeCloseTo(2 * Math.SQRT2 - 0.25);
  });
  it('never comes closer than the minimum', () => {
    expect(boomLength([wall], 3.9, 0, 1, 0, 3, 0.25, 0.6)).toBe(0.6);
  });
});
