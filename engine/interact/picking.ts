import '@babylonjs/core/Culling/ray';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { Scene } from '@babylonjs/core/scene';
import type { ProductMeshMetadata } from '../booth/product-models';

export interface ProductHit {
  productId: string;
  exhibitorId: string;
}

function productInstances(mesh: AbstractMesh): ProductMeshMetadata['productInstances'] | undefined {
  return (mesh.metadata as Partial<ProductMeshMetadata> | null)?.productInstances;
}

/** The product under canvas point (x, y) in CSS pixels, if a product model is the nearest thing there. */
export function pickProduct(scene: Scene, x: number, y: number): ProductHit | undefined {
  // Products only: booth walls do not stop this ray. Taps and hover use HallPicker, which does.
  const hit = scene.pick(x, y, (mesh) => mesh.isPickable && productInstances(mesh) !== undefined);
  if (!hit?.hit || !hit.pickedMesh) return undefined;
  const instances = productInstances(hit.pickedMesh);
  return instances?.[Math.max(0, hit.thinInstanceIndex)];
}

export interface ProductOnScreen extends ProductHit {
  /** Canvas point in CSS pixels where a tap selects this product. */
  x: number;
  y: number;
  /** Where that tap's ray meets the product, in hall coordinates (when the pick knows it). */
  world?: { x: number; y: number; z: number };
}

/**
 * The products a tap could select right now, each with one canvas point that hits it: the canvas
 * is sampled on a grid (`stepPx` apart) with `pick`, which should be the pick a tap uses (so a
 * product behind a booth wall is not listed). For tests and for accessibility aids that list
 * what is in view; not for per-frame use.
 */
export function productsOnScreen(pick: (x: number, y: number) => (ProductHit & Pick<ProductOnScreen, 'world'>) | undefined, width: number, height: number, stepPx = 24): ProductOnScreen[] {
  const found = new Map<string, ProductOnScreen>();
  for (let y = stepPx / 2; y < height; y += stepPx) {
    for (let x = stepPx / 2; x < width; x += stepPx) {
      const hit = pick(x, y);
      if (hit && !found.has(hit.productId)) found.set(hit.productId, { ...hit, x, y });
    }
  }
  return [...found.values()];
}
