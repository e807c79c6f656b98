import { findPath, isWalkable, type FloorPoint, type WalkGrid } from '../../../model';

/** A pose as the `move` message carries it: metres and degrees clockwise from north. */
export interface WalkPose {
  x: number;
  z: number;
  yaw: number;
}

/** Free cells of a walk grid, by index, to draw random targets from. */
export function freeCells(grid: WalkGrid): Int32Array {
  const free: number[] = [];
  for (let c = 0; c < grid.blocked.length; c++) if (grid.blocked[c] === 0) free.push(c);
  return Int32Array.from(free);
}

/**
 * One simulated visitor walking the aisles: it picks a random walkable spot within `reach` metres,
 * follows the walk grid's path there (so it never walks through a booth wall and the server's
 * move check accepts it), then picks another. Deterministic for a given `random`.
 */
export class AisleWalker {
  private readonly pose: WalkPose;
  private path: FloorPoint[] = [];
  private next = 0;

  constructor(
    private readonly grid: WalkGrid,
    private readonly free: Int32Array,
    private readonly random: () => number,
    start: FloorPoint,
    /** How far away (m) a new target may be; short paths keep A* cheap for hundreds of walkers. */
    private readonly reach = 15,
  ) {
    this.pose = { x: start.x, z: start.z, yaw: 0 };
  }

  /** Where it stands now. */
  get position(): Readonly<WalkPose> {
    return this.pose;
  }

  /** Moves `speed × dtS` metres along the path (choosing a new target when it arrives); returns the new pose. */
  step(dtS: number, speed: number): Readonly<WalkPose> {
    let budget = speed * dtS;
    for (let guard = 0; budget > 1e-9 && guard < 8; guard++) {
      const target = this.path[this.next];
      if (!target) {
        if (!this.choosePath()) break;
        continue;
      }
      const dx = target.x - this.pose.x;
      const dz = target.z - this.pose.z;
      const dist = Math.hypot(dx, dz);
      if (dist > 1e-9) this.pose.yaw = ((Math.atan2(dx, dz) * 180) / Math.PI + 360) % 360;
      if (dist <= budget) {
        this.pose.x = target.x;
        this.pose.z = target.z;
        budget -= dist;
        this.next++;
      } else {
        this.pose.x += (dx / dist) * budget;
        this.pose.z += (dz / dist) * budget;
        budget = 0;
      }
    }
    return this.pose;
  }

  private choosePath(): boolean {
    const { grid } = this;
    for (let attempt = 0; attempt < 12; attempt++) {
      const cell = this.free[Math.floor(this.random() * this.free.length)];
      if (cell === undefined) return false;
      const goal = { x: ((cell % grid.cols) + 0.5) * grid.cellSize, z: (Math.floor(cell / grid.cols) + 0.5) * grid.cellSize };
      if (Math.hypot(goal.x - this.pose.x, goal.z - this.pose.z) > this.reach) {
        // Far: aim at the point `reach` metres along the same direction, if it is free.
        const k = this.reach / Math.hypot(goal.x - this.pose.x, goal.z - this.pose.z);
        goal.x = this.pose.x + (goal.x - this.pose.x) * k;
        goal.z = this.pose.z + (goal.z - this.pose.z) * k;
        if (!isWalkable(grid, goal.x, goal.z)) continue;
      }
      const path = findPath(grid, this.pose, goal);
      if (path && path.length >= 2) {
        this.path = path;
        this.next = 1;
        return true;
      }
    }
    return false;
  }
}
