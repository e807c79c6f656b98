import { describe, expect, it } from 'vitest';
import { AreaOfInterest } from './area-of-interest';
import type { HallVisitor } from './hall-visitor';

/** Just what the area of interest reads and writes of a visitor; the view records its avatars. */
function crowd(positions: [number, number][]): HallVisitor[] {
  return positions.map(([x, z], index) => {
    const shown = new Set<unknown>();
    const avatar = { index };
    return {
      index,
      slot: index,
      x,
      z,
      avatar,
      visible: new Set<HallVisitor>(),
      unsentPoses: [] as HallVisitor[],
      client: { view: { add: (a: unknown) => shown.add(a), remove: (a: unknown) => shown.delete(a), shown } },
    } as unknown as HallVisitor;
  });
}
const shownBy = (v: HallVisitor) => [...(v.client.view as unknown as { shown: Set<{ index: number }> }).shown].map((a) => a.index).sort((a, b) => a - b);

describe('AreaOfInterest', () => {
  it('shows the nearest K within the radius, and queues their poses', () => {
    const visitors = crowd([[50, 50], [51, 50], [53, 50], [56, 50], [90, 50]]);
    const aoi = new AreaOfInterest({ width: 100, depth: 100 }, 30, 2, 10);
    aoi.update(visitors, 0);
    expect(shownBy(visitors[0]!)).toEqual([1, 2]);
    expect(visitors[0]!.unsentPoses.map((v) => v.index)).toEqual([1, 2]);
    expect(shownBy(visitors[4]!)).toEqual([]);
  });

  it('keeps a shown avatar until beyond radius × 1.15, and adds nobody beyond the radius', () => {
    const visitors = crowd([[10, 10], [20, 10]]);
    const aoi = new AreaOfInterest({ width: 100, depth: 100 }, 30, 50, 10);
    aoi.update(visitors, 0);
    expect(shownBy(visitors[0]!)).toEqual([1]);
    visitors[1]!.x = 10 + 33; // past the radius, inside the 34.5 m keep radius
    aoi.update(visitors, 1);
    expect(shownBy(visitors[0]!)).toEqual([1]);
    visitors[1]!.x = 10 + 35;
    aoi.update(visitors, 2);
    expect(shownBy(visitors[0]!)).toEqual([]);
    visitors[1]!.x = 10 + 33; // coming back: only inside the radius again
    aoi.update(visitors, 3);
    expect(shownBy(visitors[0]!)).toEqual([]);
  });

  it('keeps a shown avatar while ranked within K + K/5, so a shuffling crowd does not churn', () => {
    // K = 5: one extra rank of slack. The viewer at 0; others at 1..7 m.
    const visitors = crowd([[0, 0], [1, 0], [2, 0], [3, 0], [4, 0], [5, 0], [6, 0], [7, 0]].map(([x, z]) => [x! + 10, z! + 10] as [number, number]));
    const aoi = new AreaOfInterest({ width: 100, depth: 100 }, 30, 5, 10);
    aoi.update(visitors, 0);
    expect(shownBy(visitors[0]!)).toEqual([1, 2, 3, 4, 5]);
    // Number 6 steps just in front of number 5: the view is full and 6 is not clearly nearer, so nothing changes.
    visitors[6]!.x = 10 + 4.5;
    aoi.update(visitors, 1);
    expect(shownBy(visitors[0]!)).toEqual([1, 2, 3, 4, 5]);
    // Number 7 also passes: 5 ranks seventh, beyond K + 1, and goes; 6 (fifth) takes the place, 7 (sixth) does not.
    visitors[7]!.x = 10 + 4.6;
    aoi.update(visitors, 2);
    expect(shownBy(visitors[0]!)).toEqual([1, 2, 3, 4, 6]);
  });

  it('never shows more than K: a newcomer replaces the farthest shown only when clearly nearer', () => {
    const visitors = crowd([[10, 10], [15, 10], [16, 10], [40, 10]]);
    const aoi = new AreaOfInterest({ width: 100, depth: 100 }, 30, 2, 10);
    aoi.update(visitors, 0);
    expect(shownBy(visitors[0]!)).toEqual([1, 2]);
    // 3 walks up to 14 m away (farther than both: stays out), then to 4.5 m: under 0.8 × 6 m, it replaces 2, the farthest shown.
    visitors[3]!.x = 10 + 14;
    aoi.update(visitors, 1);
    expect(shownBy(visitors[0]!)).toEqual([1, 2]);
    visitors[3]!.x = 10 + 4.5;
    aoi.update(visitors, 2);
    expect(shownBy(visitors[0]!)).toEqual([1, 3]);
    expect(visitors[0]!.unsentPoses.map((v) => v.index)).toEqual([1, 2, 3]);
    for (const v of visitors) expect(shownBy(v).length).toBeLessThanOrEqual(2);
  });

  it('spreads the views over the ticks: with 3 phases each viewer is refreshed on the ticks its slot matches', () => {
    const visitors = crowd([[10, 10], [11, 10], [12, 10]]);
    const aoi = new AreaOfInterest({ width: 100, depth: 100 }, 30, 50, 10, 3);
    aoi.update(visitors, 0);
    expect(visitors.map(shownBy)).toEqual([[1, 2], [], []]);
    aoi.update(visitors, 1);
    expect(visitors.map(shownBy)).toEqual([[1, 2], [0, 2], []]);
    aoi.update(visitors, 2);
    expect(visitors.map(shownBy)).toEqual([[1, 2], [0, 2], [0, 1]]);
  });
});
