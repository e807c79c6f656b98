import '@babylonjs/core/Culling/ray';
import type { Camera } from '@babylonjs/core/Cameras/camera';
import { Ray } from '@babylonjs/core/Culling/ray';
import { Matrix, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { Scene } from '@babylonjs/core/scene';
import type { ProductMeshMetadata } from '../booth/product-models';
import type { BoothInteractionData, InteractionTarget } from './interaction-targets';
import { nearestBoothBox, rayFloorDistance } from './ray-cast';
import type { WorldBox } from '../geometry/world-box';

/** Where a ray landed: something the page cares about, or the hall floor. */
export type PickResult =
  | {
      kind: 'target';
      target: InteractionTarget;
      distance: number;
      /** Where the ray met it, in hall coordinates. */
      point: { x: number; y: number; z: number };
      /** For a product: the mesh and thin instance hit (to outline it). */
      product?: { mesh: AbstractMesh; instance: number };
      /** For a booth or screen: the box hit (a booth is outlined whole, see `HallPicker.boothBounds`). */
      box?: WorldBox;
    }
  | { kind: 'floor'; x: number; z: number; distance: number };

function productInstances(mesh: AbstractMesh): ProductMeshMetadata['productInstances'] | undefined {
  return (mesh.metadata as Partial<ProductMeshMetadata> | null)?.productInstances;
}

const isProductMesh = (mesh: AbstractMesh) => mesh.isPickable && mesh.isEnabled() && productInstances(mesh) !== undefined;

/**
 * One explicit ray against what a visitor can point at: product models (Babylon's pick on
 * their thin instances, the only meshes left pickable), booth shells and screens (pure boxes
 * that know their booth, see interaction-targets.ts) and the hall floor. The nearest wins, so a
 * booth wall hides the product behind it. Called on taps, throttled hover and XR triggers;
 * never every frame.
 */
export class HallPicker {
  private readonly ray = new Ray(Vector3.Zero(), Vector3.Forward(), 1);
  private readonly identity = Matrix.Identity();

  constructor(
    private readonly scene: Scene,
    private readonly data: BoothInteractionData,
    /** Whether (x, z) is hall floor (not outside the walls or in a cutout). */
    private readonly isFloor: (x: number, z: number) => boolean,
    private readonly maxDistance: number,
  ) {}

  /** What is under canvas point (x, y) (CSS pixels) seen through `camera` (default: the active one). */
  pickCanvas(x: number, y: number, camera: Camera | null = this.scene.activeCamera): PickResult | undefined {
    if (!camera) return undefined;
    this.scene.createPickingRayToRef(x, y, this.identity, this.ray, camera);
    return this.pickRay(this.ray);
  }

  /** What `ray` (hall coordinates, unit direction) meets first within the pick distance. */
  pickRay(ray: Ray): PickResult | undefined {
    let max = this.maxDistance;
    let best: PickResult | undefined;
    const saved = ray.length;
    ray.length = max;
    const info = this.scene.pickWithRay(ray, isProductMesh, false);
    ray.length = saved;
    if (info?.hit && info.pickedMesh) {
      const instances = productInstances(info.pickedMesh);
      const instance = Math.max(0, info.thinInstanceIndex);
      const product = instances?.[instance];
      if (product) {
        best = { kind: 'target', target: { kind: 'product', ...product }, distance: info.distance, point: along(ray, info.distance), product: { mesh: info.pickedMesh, instance } };
        max = info.distance;
      }
    }
    const box = nearestBoothBox(ray, this.data.groups, max);
    if (box) {
      best = { kind: 'target', target: box.hit.target, distance: box.distance, point: along(ray, box.distance), box: box.hit.box };
      max = box.distance;
    }
    const floor = rayFloorDistance(ray, max);
    if (floor !== undefined) {
      const x = ray.origin.x + ray.direction.x * floor;
      const z = ray.origin.z + ray.direction.z * floor;
      if (this.isFloor(x, z)) best = { kind: 'floor', x, z, distance: floor };
    }
    return best;
  }

  /** The bounds of the booth on `slotId` (all its pickable boxes), to outline it whole. */
  boothBounds(slotId: string): WorldBox | undefined {
    return this.data.groups.find((g) => g.booth.slotId === slotId)?.bounds;
  }
}

/** Same identity for two targets (hover changes only when the thing pointed at changes). */
export function sameTarget(a: InteractionTarget | undefined, b: InteractionTarget | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'product' && b.kind === 'product') return a.productId === b.productId && a.exhibitorId === b.exhibitorId;
  if (a.kind === 'booth' && b.kind === 'booth') return a.slotId === b.slotId;
  if (a.kind === 'screen' && b.kind === 'screen') return a.slotId === b.slotId && a.itemId === b.itemId;
  return false;
}

function along(ray: Ray, distance: number): { x: number; y: number; z: number } {
  return { x: ray.origin.x + ray.direction.x * distance, y: ray.origin.y + ray.direction.y * distance, z: ray.origin.z + ray.direction.z * distance };
}
