import type { Scene } from '@babylonjs/core/scene';
import { buildWalkGrid, findPath, walkObstacles, walkSolids, type HallView, type SolidBox, type WalkGrid } from '../../model';
import type { LocalController, WalkEnd } from '../avatar/local-controller';
import { loadRapier, PhysicsWalker, type Rapier } from '../avatar/physics-walker';
import { ENGINE_CONFIG } from '../config';
import type { TypedEmitter } from '../events';
import type { HallViewEvents } from '../hall-view-types';
import { PathLine } from './path-line';

/**
 * How the local visitor gets around, beyond keys: click-to-walk on the shared walk grid (A*,
 * drawn as a line) and the Rapier character controller, loaded after the first frame. Until
 * Rapier is ready the controller's circle-vs-box mover keeps the visitor out of walls. Owns the
 * walk grid, the physics world and the path line; `dispose()` frees them.
 */
export class VisitorNavigation {
  private grid: WalkGrid | undefined;
  private physics: PhysicsWalker | undefined;
  private readonly line: PathLine;
  private disposed = false;
  /** Plinths resized before the physics world existed, applied when it is built. */
  private readonly plinths: (SolidBox | undefined)[] = [];

  constructor(
    scene: Scene,
    private readonly view: Pick<HallView, 'layout' | 'boothTemplates' | 'booths'>,
    private readonly controller: LocalController,
    private readonly events: TypedEmitter<HallViewEvents>,
    /** The engine's product plinths (default size until their model loads); the physics world gets a tall box for each. */
    plinths: readonly SolidBox[],
    private readonly onSceneChanged: () => void = () => undefined,
  ) {
    this.line = new PathLine(scene);
    plinths.forEach((p, i) => (this.plinths[i] = p));
  }

  /** The walk grid (built on first use: it costs a few ms on a big hall). */
  get walkGrid(): WalkGrid {
    return (this.grid ??= buildWalkGrid(this.view.layout.size, walkObstacles(this.view)));
  }

  /** Whether the Rapier controller moves the visitor now (false until it has loaded). */
  get physicsReady(): boolean {
    return this.physics !== undefined;
  }

  /**
   * Walks the visitor to (x, z) along a path on the walk grid; `walkFailed` and false when there
   * is none (a spot walled in, or off the floor).
   */
  walkTo(x: number, z: number): boolean {
    if (this.disposed) return false;
    const from = this.controller.getPose();
    const path = findPath(this.walkGrid, from, { x, z });
    if (!path) {
      this.events.emit('walkFailed', { x, z, reason: 'unreachable' });
      return false;
    }
    this.line.show(path);
    this.onSceneChanged();
    this.controller.followPath(path);
    const goal = path[path.length - 1]!;
    this.events.emit('walkStarted', { x: goal.x, z: goal.z, waypoints: path.length - 1 });
    return true;
  }

  /** The controller's report that a walk ended. */
  walkEnded(reason: WalkEnd): void {
    this.line.hide();
    this.onSceneChanged();
    this.events.emit('walkEnded', { reason });
  }

  /** Whether the path line is showing (for tests). */
  get pathShown(): boolean {
    return this.line.visible;
  }

  /**
   * Loads Rapier and hands the visitor to its character controller. Call after the first frame.
   * `load` is for tests (Node loads the same module).
   */
  async startPhysics(load: () => Promise<Rapier> = loadRapier): Promise<void> {
    const R = await load();
    if (this.disposed) return;
    const solids = walkSolids(this.view).filter((s) => !s.plinth);
    this.physics = new PhysicsWalker(R, this.view.layout.size, solids, this.controller.getPose());
    this.plinths.forEach((p, i) => {
      if (p) this.physics!.setSolid(`plinth:${i}`, plinthCollider(p));
    });
    this.controller.useMover(this.physics);
  }

  /** A plinth got its product's size: the physics world follows (the walk grid keeps the default size). */
  resizePlinth(index: number, box: SolidBox): void {
    this.plinths[index] = box;
    this.physics?.setSolid(`plinth:${index}`, plinthCollider(box));
  }

  /** Physics bodies and colliders alive (0 before Rapier has loaded and after dispose): for leak checks. */
  physicsCounts(): { bodies: number; colliders: number } {
    return this.physics?.counts() ?? { bodies: 0, colliders: 0 };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.controller.cancelPath();
    this.line.dispose();
    this.physics?.dispose();
    this.physics = undefined;
  }
}

/** A plinth and the product standing on it block like a wall: one box of body height over the plinth's footprint. */
function plinthCollider(p: SolidBox): SolidBox {
  return { ...p, height: Math.max(p.height, ENGINE_CONFIG.visitor.bodyHeight) };
}
