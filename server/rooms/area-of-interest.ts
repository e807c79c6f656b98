import type { StateView } from '@colyseus/schema';
import type { HallVisitor } from './hall-visitor';
import { nearestWithin, NearestScratch } from './nearest-within';
import { SpatialHash } from './spatial-hash';

/** Hysteresis: a shown avatar stays until it is beyond radius × this… */
const KEEP_RADIUS_FACTOR = 1.15;
/** …or ranked beyond the nearest K + K/5 (60 at the default 50), so a crowd's order shuffling does not churn views. */
const KEEP_EXTRA_SHARE = 0.2;

/**
 * Area of interest: each visitor's StateView holds the avatars within `radius`, at most the
 * nearest `maxVisible` when they come in; once in, an avatar stays until it is beyond
 * radius × 1.15 or ranked beyond K + K/5, so people milling at the edge do not flicker in and out
 * (every add costs that avatar's full encode for that client). Each `update` (one per patch tick)
 * rebuilds a spatial hash of every position and refreshes one `phases`-th of the viewers, so the
 * nearest-K work is spread over the ticks of one recompute period instead of landing on one.
 * Only differences reach the views, and newly shown avatars are queued on the viewer for the next
 * `poses` message. Allocates nothing per pass once warm.
 */
export class AreaOfInterest {
  private readonly hash: SpatialHash;
  private xs = new Float64Array(64);
  private zs = new Float64Array(64);
  private seen = new Uint32Array(64);
  private epoch = 0;
  private phase = 0;
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

  update(visitors: readonly HallVisitor[]): void {
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
    const phase = this.phase;
    this.phase = (phase + 1) % this.phases;
    for (let i = phase; i < n; i += this.phases) this.refresh(visitors, i);
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
    // `near` is nearest first: rank < K within the radius may come in; anything in `near` already shown stays.
    for (let rank = 0; rank < near.length; rank++) {
      const id = near[rank]!;
      const other = visitors[id]!;
      if (viewer.visible.has(other)) {
        this.seen[id] = epoch;
      } else if (rank < this.maxVisible && dist2[id]! <= r2) {
        this.seen[id] = epoch;
        viewer.visible.add(other);
        viewer.unsentPoses.push(other);
        view.add(other.avatar);
      }
    }
    for (const other of viewer.visible) {
      if (this.seen[other.index] === epoch && visitors[other.index] === other) continue;
      viewer.visible.delete(other);
      view.remove(other.avatar);
    }
  }

  /** Drops a leaving visitor from every view that showed them (their avatar is deleted next). */
  forget(leaving: HallVisitor, visitors: readonly HallVisitor[]): void {
    for (const viewer of visitors) {
      if (viewer.visible.delete(leaving)) (viewer.client.view as StateView | undefined)?.remove(leaving.avatar);
    }
  }
}
