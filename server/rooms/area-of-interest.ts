import type { StateView } from '@colyseus/schema';
import type { HallVisitor } from './hall-visitor';
import { nearestWithin, NearestScratch } from './nearest-within';
import { SpatialHash } from './spatial-hash';

/** Hysteresis: a shown avatar stays until it is beyond radius × this… */
const KEEP_RADIUS_FACTOR = 1.15;
/** …or ranked beyond the nearest K + K/5 (60 at the default 50), so a crowd's order shuffling does not churn views. */
const KEEP_EXTRA_SHARE = 0.2;
/** With K shown, a newcomer takes the place of the farthest shown one only if nearer than this share of its distance. */
const REPLACE_DISTANCE_FACTOR = 0.8;

/**
 * Area of interest: each visitor's StateView holds at most `maxVisible` (K) avatars within
 * `radius`, the nearest when they come in. Once in, an avatar stays until it is beyond
 * radius × 1.15 or ranked beyond K + K/5, and with K shown a newcomer replaces the farthest only
 * when clearly nearer (× 0.8 its distance), so people milling at the edge of the radius or of the
 * nearest K do not flicker in and out (every add costs that avatar's full encode for that client). Each `update` (one per patch tick)
 * rebuilds a spatial hash of every position and refreshes one `phases`-th of the viewers — those
 * whose slot matches the tick, the same turn rule as the `poses` messages, so a view's changes
 * and its poses go out in the same tick — spreading the nearest-K work over one recompute period.
 * Only differences reach the views, and newly shown avatars are queued on the viewer for the next
 * `poses` message. Allocates nothing per pass once warm.
 */
export class AreaOfInterest {
  private readonly hash: SpatialHash;
  private xs = new Float64Array(64);
  private zs = new Float64Array(64);
  private seen = new Uint32Array(64);
  private epoch = 0;
  private readonly scratch = new NearestScratch();
  private readonly found: number[] = [];
  private readonly keepRadius: number;
  private readonly keepCount: number;

  constructor(
    size: { width: number; depth: number },
    private readonly radius: number,
    private readonly maxVisible: number,
    cellSize: number,
    private readonly phases = 1,
  ) {
    this.hash = new SpatialHash(size.width, size.depth, cellSize);
    this.keepRadius = radius * KEEP_RADIUS_FACTOR;
    this.keepCount = maxVisible + Math.round(maxVisible * KEEP_EXTRA_SHARE);
  }

  /** Refreshes the views of the visitors whose turn `tick` is (slot ≡ tick modulo `phases`). */
  update(visitors: readonly HallVisitor[], tick: number): void {
    const n = visitors.length;
    if (this.xs.length < n) {
      this.xs = new Float64Array(n * 2);
      this.zs = new Float64Array(n * 2);
      this.seen = new Uint32Array(n * 2);
    }
    // The hash is rebuilt every call (n inserts, cheap) so each share of viewers ranks fresh positions.
    this.hash.clear();
    for (let i = 0; i < n; i++) {
      const v = visitors[i]!;
      this.xs[i] = v.x;
      this.zs[i] = v.z;
      this.hash.insert(i, v.x, v.z);
    }
    const turn = tick % this.phases;
    for (let i = 0; i < n; i++) if (visitors[i]!.slot % this.phases === turn) this.refresh(visitors, i);
  }

  private refresh(visitors: readonly HallVisitor[], i: number): void {
    const viewer = visitors[i]!;
    const view = viewer.client.view as StateView | undefined;
    if (!view) return;
    const near = nearestWithin(this.hash, this.xs, this.zs, viewer.x, viewer.z, this.keepRadius, this.keepCount, i, this.scratch, this.found);
    if (this.epoch === 0xffffffff) {
      this.seen.fill(0);
      this.epoch = 0;
    }
    const epoch = ++this.epoch;
    const dist2 = this.scratch.dist2;
    const r2 = this.radius * this.radius;
    // `near` is nearest first, within the keep radius and rank. Shown ones in it stay; the rest go.
    for (const id of near) if (viewer.visible.has(visitors[id]!)) this.seen[id] = epoch;
    for (const other of viewer.visible) {
      if (this.seen[other.index] === epoch && visitors[other.index] === other) continue;
      this.hide(viewer, view, other);
    }
    // Newcomers ranked under K within the radius come in while there is room; when full, one
    // replaces the farthest shown only if clearly nearer. Sorted: once one cannot, none after can.
    const replaceBelow = REPLACE_DISTANCE_FACTOR * REPLACE_DISTANCE_FACTOR;
    let tail = near.length - 1;
    for (let rank = 0; rank < near.length && rank < this.maxVisible; rank++) {
      const id = near[rank]!;
      const other = visitors[id]!;
      if (viewer.visible.has(other)) continue;
      if (dist2[id]! > r2) break;
      if (viewer.visible.size >= this.maxVisible) {
        while (tail > rank && !viewer.visible.has(visitors[near[tail]!]!)) tail--;
        if (tail <= rank || dist2[id]! >= dist2[near[tail]!]! * replaceBelow) break;
        this.hide(viewer, view, visitors[near[tail--]!]!);
      }
      viewer.visible.add(other);
      viewer.unsentPoses.push(other);
      view.add(other.avatar);
    }
  }

  private hide(viewer: HallVisitor, view: StateView, other: HallVisitor): void {
    viewer.visible.delete(other);
    view.remove(other.avatar);
  }

  /** Drops a leaving visitor from every view that showed them (their avatar is deleted next). */
  forget(leaving: HallVisitor, visitors: readonly HallVisitor[]): void {
    for (const viewer of visitors) {
      if (viewer.visible.delete(leaving)) (viewer.client.view as StateView | undefined)?.remove(leaving.avatar);
    }
  }
}
