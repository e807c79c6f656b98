import { describe, expect, it } from 'vitest';
import type { BoothSlot } from '../../model';
import { rectGap, slotsNear } from './preview-neighbourhood';

const slot = (id: string, x: number, z: number, rotation: BoothSlot['rotation'] = 0, width = 3, depth = 3): BoothSlot => ({ id, label: id, kind: 'inline', x, z, width, depth, rotation });

describe('rectGap', () => {
  it('is 0 for touching or overlapping rectangles, the edge distance otherwise', () => {
    const a = { minX: 0, maxX: 2, minZ: 0, maxZ: 2 };
    expect(rectGap(a, { minX: 2, maxX: 4, minZ: 0, maxZ: 2 })).toBe(0);
    expect(rectGap(a, { minX: 1, maxX: 3, minZ: 1, maxZ: 3 })).toBe(0);
    expect(rectGap(a, { minX: 5, maxX: 6, minZ: 0, maxZ: 1 })).toBe(3);
    expect(rectGap(a, { minX: 5, maxX: 6, minZ: 6, maxZ: 7 })).toBe(5);
  });
});

describe('slotsNear', () => {
  // A row of 3 m slots every 3 m along x, the focus at x = 1.5.
  const row = Array.from({ length: 10 }, (_, i) => slot(`s${i}`, 1.5 + i * 3, 1.5));

  it('keeps the focused slot and those within the radius, footprint to footprint', () => {
    expect([...slotsNear(row, 's0', 6)!].sort()).toEqual(['s0', 's1', 's2', 's3']);
    expect([...slotsNear(row, 's4', 0)!].sort()).toEqual(['s3', 's4', 's5']);
  });

  it('measures turned footprints as turned', () => {
    const slots = [slot('a', 0, 0), slot('long', 10, 0, 90, 2, 12), slot('far', 10, 20, 0, 2, 12)];
    // Turned by 90°, "long" spans x 4…16: 2.5 m from a's edge at x = 1.5.
    expect([...slotsNear(slots, 'a', 3)!].sort()).toEqual(['a', 'long']);
  });

  it('answers undefined (every slot) without a focus or for a slot not in the layout', () => {
    expect(slotsNear(row, undefined, 5)).toBeUndefined();
    expect(slotsNear(row, 'nope', 5)).toBeUndefined();
  });
});
