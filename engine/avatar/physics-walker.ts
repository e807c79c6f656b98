import type RapierModule from '@dimforge/rapier3d-compat';
import type * as RapierApi from '@dimforge/rapier3d-compat';
import { boxFloorRect, type SolidBox, type WalkSolid } from '../../model';
import { ENGINE_CONFIG } from '../config';
import type { FloorPoint } from './collide';
import type { Mover } from './mover';

/** The Rapier module after `init()` (the compat build with its WASM inlined). */
export type Rapier = typeof RapierModule;

const V = ENGINE_CONFIG.visitor;
const P = ENGINE_CONFIG.physics;
const DEG = Math.PI / 180;
/** Capsule: radius = the walk rule's visitor radius, total height = body height. */
const RADIUS = V.radius;
const HALF_HEIGHT = V.bodyHeight / 2 - RADIUS;
/** Body centre above the feet. */
const CENTRE = HALF_HEIGHT + RADIUS;

let loading: Promise<Rapier> | undefined;

/**
 * Loads Rapier (a dynamic import: its ~1.6 MB of WASM is not part of the first-frame JavaScript)
 * and initialises its WASM, once for every caller. Two `init()` calls in flight each instantiate
 * the WASM, and the later one to finish replaces the module's memory under objects made in the
 * earlier one (a hall left and another entered while Rapier was still loading).
 */
export function loadRapier(): Promise<Rapier> {
  loading ??= (async () => {
    const R = (await import('@dimforge/rapier3d-compat')).default;
    await R.init();
    return R;
  })();
  // A failed load (the network, in a browser) may be tried again.
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * The visitor's body in a Rapier world: a kinematic capsule moved by Rapier's character
 * controller among static boxes built from the walk rule's solids (model `walkSolids`): what
 * blocks walking stands as a box of its real height, what is stepped onto (booth platforms)
 * too, so the controller slides along walls and steps up low edges by itself. Every box is the
 * axis-aligned floor rectangle the walk grid uses, so physics and click-to-walk agree.
 * Owns the world: `dispose()` frees it.
 */
export class PhysicsWalker implements Mover {
  private readonly world: RapierApi.World;
  private readonly body: RapierApi.RigidBody;
  private readonly collider: RapierApi.Collider;
  private readonly controller: RapierApi.KinematicCharacterController;
  private readonly solids = new Map<string, RapierApi.Collider>();
  private readonly wish: RapierApi.Vector3;
  private readonly moved: RapierApi.Vector3;
  private readonly next: RapierApi.Vector3;
  private vy = 0;
  private feet = 0;
  private disposed = false;

  constructor(
    private readonly R: Rapier,
    hall: { width: number; depth: number },
    solids: readonly WalkSolid[],
    start: FloorPoint,
  ) {
    this.world = new R.World(new R.Vector3(0, -P.gravity, 0));
    this.wish = new R.Vector3(0, 0, 0);
    this.moved = new R.Vector3(0, 0, 0);
    this.next = new R.Vector3(0, 0, 0);
    // The floor: one slab under the whole hall (cutouts are walled solids of their own).
    this.world.createCollider(R.ColliderDesc.cuboid(hall.width / 2 + 2, 0.5, hall.depth / 2 + 2).setTranslation(hall.width / 2, -0.5, hall.depth / 2));
    solids.forEach((s, i) => this.setSolid(`solid:${i}`, s.box));
    this.next.x = start.x;
    this.next.y = CENTRE + P.skin;
    this.next.z = start.z;
    this.body = this.world.createRigidBody(R.RigidBodyDesc.kinematicPositionBased().setTranslation(start.x, this.next.y, start.z));
    this.collider = this.world.createCollider(R.ColliderDesc.capsule(HALF_HEIGHT, RADIUS), this.body);
    this.controller = this.world.createCharacterController(P.skin);
    this.controller.setUp({ x: 0, y: 1, z: 0 });
    this.controller.setSlideEnabled(true);
    this.controller.enableAutostep(P.maxStepHeight, P.minStepWidth, false);
    this.controller.enableSnapToGround(P.snapToGround);
    this.controller.setMaxSlopeClimbAngle(P.maxSlopeDeg * DEG);
    this.controller.setMinSlopeSlideAngle(P.maxSlopeDeg * DEG);
    // Broad phase: the static boxes must be known before the first query.
    this.world.step();
  }

  /**
   * Adds a static box, or replaces the one under `key` (a plinth resized once its product's size
   * is known). Rotated boxes stand as their bounding rectangle, like on the walk grid.
   */
  setSolid(key: string, box: SolidBox): void {
    const old = this.solids.get(key);
    if (old) this.world.removeCollider(old, false);
    const r = boxFloorRect(box);
    const desc = this.R.ColliderDesc.cuboid((r.maxX - r.minX) / 2, box.height / 2, (r.maxZ - r.minZ) / 2).setTranslation(
      (r.minX + r.maxX) / 2,
      box.y + box.height / 2,
      (r.minZ + r.maxZ) / 2,
    );
    this.solids.set(key, this.world.createCollider(desc));
  }

  get feetY(): number {
    return this.feet;
  }

  /** Per frame: one controller query and one world step; reuses its vectors. */
  move(p: FloorPoint, dx: number, dz: number, dt: number): void {
    if (this.disposed || dt <= 0) return;
    // The body may have been placed elsewhere (teleport) since the last frame; `next` is where it is.
    if (Math.abs(this.next.x - p.x) > 1e-4 || Math.abs(this.next.z - p.z) > 1e-4) this.place(p);
    const grounded = this.controller.computedGrounded();
    // On the ground, snap-to-ground keeps the feet down; pushing down as well makes the controller stall on the floor now and then.
    this.vy = grounded ? 0 : Math.max(-P.maxFallSpeed, this.vy - P.gravity * dt);
    this.wish.x = dx;
    this.wish.y = this.vy * dt;
    this.wish.z = dz;
    this.controller.computeColliderMovement(this.collider, this.wish);
    this.controller.computedMovement(this.moved);
    this.next.x += this.moved.x;
    this.next.y += this.moved.y;
    this.next.z += this.moved.z;
    this.body.setNextKinematicTranslation(this.next);
    this.world.timestep = dt;
    this.world.step();
    p.x = this.next.x;
    p.z = this.next.z;
    this.feet = Math.max(0, this.next.y - CENTRE - P.skin);
  }

  /** Teleports the body to `p` on the floor (then settles on whatever is under it). */
  place(p: FloorPoint): void {
    if (this.disposed) return;
    this.next.x = p.x;
    this.next.y = CENTRE + P.skin + this.feet;
    this.next.z = p.z;
    this.body.setTranslation(this.next, true);
    this.vy = 0;
    this.world.propagateModifiedBodyPositionsToColliders();
  }

  /** Bodies and colliders alive in the world (the floor, the boxes, the capsule): for leak checks. */
  counts(): { bodies: number; colliders: number } {
    if (this.disposed) return { bodies: 0, colliders: 0 };
    return { bodies: this.world.bodies.len(), colliders: this.world.colliders.len() };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.world.removeCharacterController(this.controller);
    this.solids.clear();
    this.world.free();
  }
}
