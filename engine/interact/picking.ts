import '@babylonjs/core/Culling/ray';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { Scene } from '@babylonjs/core/scene';
import type { ProductMeshMetadata } from '../booth/product-models';
import { ENGINE_CONFIG } from '../config';

export interface ProductHit {
  productId: string;
  exhibitorId: string;
}

const I = ENGINE_CONFIG.interact;

function productInstances(mesh: AbstractMesh): ProductMeshMetadata['productInstances'] | undefined {
  return (mesh.metadata as Partial<ProductMeshMetadata> | null)?.productInstances;
}

/** The product under canvas point (x, y) in CSS pixels, if a product model is the nearest thing there. */
export function pickProduct(scene: Scene, x: number, y: number): ProductHit | undefined {
  // Walls and fascias are not pickable, so they cannot hide a product from the ray; this is fine
  // for now because products stand in the open fronts of booths.
  const hit = scene.pick(x, y, (mesh) => mesh.isPickable && productInstances(mesh) !== undefined);
  if (!hit?.hit || !hit.pickedMesh) return undefined;
  const instances = productInstances(hit.pickedMesh);
  return instances?.[Math.max(0, hit.thinInstanceIndex)];
}

/**
 * Tap-to-select: a pointer that goes down and up without moving much (a drag looks around
 * instead) does one pick. No picking on pointer moves: that would cost a ray per mouse event.
 */
export class ProductPicker {
  private down: { id: number; x: number; y: number; t: number } | undefined;
  private readonly removers: (() => void)[] = [];

  constructor(
    private readonly scene: Scene,
    private readonly canvas: HTMLCanvasElement,
    private readonly onSelect: (hit: ProductHit) => void,
  ) {
    const on = (type: string, fn: (e: PointerEvent) => void) => {
      const handler = (e: Event) => fn(e as PointerEvent);
      canvas.addEventListener(type, handler);
      this.removers.push(() => canvas.removeEventListener(type, handler));
    };
    on('pointerdown', (e) => {
      this.down = { id: e.pointerId, x: e.clientX, y: e.clientY, t: performance.now() };
    });
    on('pointerup', (e) => this.onUp(e));
  }

  dispose(): void {
    for (const remove of this.removers.splice(0)) remove();
  }

  private onUp(e: PointerEvent): void {
    const d = this.down;
    this.down = undefined;
    if (!d || d.id !== e.pointerId) return;
    if (Math.hypot(e.clientX - d.x, e.clientY - d.y) > I.tapMaxMovePx || performance.now() - d.t > I.tapMaxMs) return;
    const rect = this.canvas.getBoundingClientRect?.() ?? { left: 0, top: 0 };
    const hit = pickProduct(this.scene, e.clientX - rect.left, e.clientY - rect.top);
    if (hit) this.onSelect(hit);
  }
}

export interface ProductOnScreen extends ProductHit {
  /** Canvas point in CSS pixels where a tap selects this product. */
  x: number;
  y: number;
}

/**
 * The products a tap could select right now, each with one canvas point that hits it: the canvas
 * is sampled on a grid (`stepPx` apart) with the same pick a tap uses. For tests and for
 * accessibility aids that list what is in view; not for per-frame use.
 */
export function productsOnScreen(scene: Scene, width: number, height: number, stepPx = 24): ProductOnScreen[] {
  const found = new Map<string, ProductOnScreen>();
  for (let y = stepPx / 2; y < height; y += stepPx) {
    for (let x = stepPx / 2; x < width; x += stepPx) {
      const hit = pickProduct(scene, x, y);
      if (hit && !found.has(hit.productId)) found.set(hit.productId, { ...hit, x, y });
    }
  }
  return [...found.values()];
}
