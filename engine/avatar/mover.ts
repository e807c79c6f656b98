import { ENGINE_CONFIG } from '../config';
import type { FloorRect } from '../geometry/world-box';
import { moveWithCollisions, pushOutOfRects, type FloorPoint } from './collide';

/**
 * What moves the visitor's body: given a wished move on the floor, it moves the point in place
 * as far as the hall allows (sliding along walls) and says how high the feet stand. Two kinds:
 * the flat circle-vs-box mover below (from the first frame) and the Rapier character controller
 * (physics-walker.ts, once its WASM has loaded after the first frame).
 */
export interface Mover {
  /** Moves `p` by (dx, dz) metres, resolving collisions; mutates `p`, allocates nothing. */
  move(p: FloorPoint, dx: number, dz: number, dt: number): void;
  /** Puts the body at `p` (a teleport); a spot inside an obstacle is moved to the nearest free one. */
  place(p: FloorPoint): void;
  /** Height of the feet above the hall floor (0 on the floor, more on a platform). */
  readonly feetY: number;
}

const V = ENGINE_CONFIG.visitor;

/** Circle-vs-rectangle collision on the floor plan: no heights, so platforms are walked over as floor. */
export class FlatMover implements Mover {
  readonly feetY = 0;
  /** @param blockers read on every move, so the owner may grow rectangles in place (plinths resized after loading). */
  constructor(private readonly blockers: readonly FloorRect[]) {}

  move(p: FloorPoint, dx: number, dz: number): void {
    if (dx === 0 && dz === 0) return;
    moveWithCollisions(p, dx, dz, V.radius, this.blockers, V.maxSubstep);
  }

  place(p: FloorPoint): void {
    pushOutOfRects(p, V.radius, this.blockers);
  }
}
