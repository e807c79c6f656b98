import type { StateView } from '@colyseus/schema';
import type { HallVisitor } from './hall-visitor';
import { nearestWithin, NearestScratch } from './nearest-within';
import { SpatialHash } from './spatial-hash';

/**
 * Area of interest: each visitor's StateView holds the avatars within `radius`, at most the
 * nearest `maxVisible`. One pass rebuilds a spatial hash of every position, asks it for each
 * visitor's neighbours and adds/removes only the difference from the last pass, so a crowd that
 * stands still costs no view changes. Allocates nothing per pass once warm.
 */
export class AreaOfInterest {
  private readonly hash: SpatialHash;
  private xs = new Float64Array(64);
  private zs = new Float64Array(64);
  private seen = new Uint32Array(64);
  private epoch = 0;
  private readonly scratch = new NearestScratch();
  private readonly found: number[] = [];

  constructor(
    size: { width: number; depth: number },
    private readonly radius: number,
    private readonly maxVisible: number,
    cellSize: number,
  ) {
    this.hash = new SpatialHash(size.width, size.depth, cellSize);
  }

  update(visitors: readonly HallVisitor[]): void {
    const n = visitors.length;
    if (this.xs.length < n) {
      this.xs = new Float64Array(n * 2);
      this.zs = new Float64Array(n * 2);
      this.seen = new Uint32Array(n * 2);
    }
    this.hash.clear();
    for (let i = 0; i < n; i++) {
      const v = visitors[i]!;
      this.xs[i] = v.x;
      this.zs[i] = v.z;
      this.hash.insert(i, v.x, v.z);
    }
    for (let i = 0; i < n; i++) {
      const viewer = visitors[i]!;
      const view = viewer.client.view as StateView | undefined;
      if (!view) continue;
      const near = nearestWithin(this.hash, this.xs, this.zs, viewer.x, viewer.z, this.radius, this.maxVisible, i, this.scratch, this.found);
      if (this.epoch === 0xffffffff) {
        this.seen.fill(0);
        this.epoch = 0;
      }
      const epoch = ++this.epoch;
      for (const id of near) {
        this.seen[id] = epoch;
        const other = visitors[id]!;
        if (!viewer.visible.has(other)) {
          viewer.visible.add(other);
          view.add(other.avatar);
        }
      }
      for (const other of viewer.visible) {
        if (this.seen[other.index] === epoch && visitors[other.index] === other) continue;
        viewer.visible.delete(other);
        view.remove(other.avatar);
      }
    }
  }

  /** Drops a leaving visitor from every view that showed them (their avatar is deleted next). */
  forget(leaving: HallVisitor, visitors: readonly HallVisitor[]): void {
    for (const viewer of visitors) {
      if (viewer.visible.delete(leaving)) (viewer.client.view as StateView | undefined)?.remove(leaving.avatar);
    }
  }
}
