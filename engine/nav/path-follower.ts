import type { FloorPoint } from '../../model';
import { ENGINE_CONFIG } from '../config';

const C = ENGINE_CONFIG.path;

export type PathStep = 'walking' | 'arrived' | 'stuck';

/**
 * Walks a path of floor points one frame at a time: says which way to move this frame (at most
 * `maxDistance`), skips waypoints once reached, and notices being stuck (no progress toward the
 * next waypoint for `stuckSeconds`: something not on the walk grid is in the way, or another
 * visitor). A per-frame system: `step` allocates nothing.
 */
export class PathFollower {
  private points: readonly FloorPoint[] = [];
  private index = 0;
  private best = Infinity;
  private stuckFor = 0;

  get active(): boolean {
    return this.index < this.points.length;
  }

  /** The path being walked (first point: where it started). */
  get path(): readonly FloorPoint[] {
    return this.points;
  }

  start(points: readonly FloorPoint[]): void {
    this.points = points;
    this.index = points.length > 1 ? 1 : points.length;
    this.best = Infinity;
    this.stuckFor = 0;
  }

  cancel(): void {
    this.points = [];
    this.index = 0;
  }

  /** Writes this frame's move into `out` (dx, dz) for a body at (x, z). */
  step(x: number, z: number, maxDistance: number, dt: number, out: { dx: number; dz: number }): PathStep {
    out.dx = 0;
    out.dz = 0;
    while (this.index < this.points.length) {
      const p = this.points[this.index]!;
      const last = this.index === this.points.length - 1;
      const d = Math.hypot(p.x - x, p.z - z);
      // Corners are cut a little (reached at a distance) so the walk flows; the goal is reached exactly.
      if (d > (last ? 0.02 : C.reachedDistance)) break;
      this.index++;
      this.best = Infinity;
      this.stuckFor = 0;
    }
    if (this.index >= this.points.length) {
      this.cancel();
      return 'arrived';
    }
    const target = this.points[this.index]!;
    const dx = target.x - x;
    const dz = target.z - z;
    const d = Math.hypot(dx, dz);
    if (d < this.best - 0.01) {
      this.best = d;
      this.stuckFor = 0;
    } else {
      this.stuckFor += dt;
      if (this.stuckFor > C.stuckSeconds) {
        this.cancel();
        return 'stuck';
      }
    }
    const k = Math.min(1, maxDistance / d);
    out.dx = dx * k;
    out.dz = dz * k;
    return 'walking';
  }
}
