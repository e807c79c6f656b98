import '@babylonjs/core/Meshes/thinInstanceMesh';
import type { AssetContainer } from '@babylonjs/core/assetContainer';
import { Matrix, Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import type { ModelLoader } from '../scene/load-glb';
import { plinthFor, type ModelSize, type PlinthSize, type ProductPlacement } from './product-placement';

/** What a product mesh carries in `metadata`: the product of each thin instance, by index. */
export interface ProductMeshMetadata {
  productInstances: readonly { productId: string; exhibitorId: string }[];
}

export interface ProductModelsOptions {
  load: ModelLoader;
  resolveUrl: (glbUrl: string) => string;
  /** Models nearest to this point load first. */
  origin: { x: number; z: number };
  onLoaded: (loaded: number, total: number) => void;
  onError: (message: string) => void;
  /** A plinth's size once its product's model size is known. */
  onPlinth: (plinthIndex: number, size: PlinthSize) => void;
}

const DEG = Math.PI / 180;

/**
 * Product models: each distinct GLB is loaded once and drawn as thin instances, one per stand,
 * so 180 products of 10 kinds cost one draw call per model part, not one per product.
 */
export class ProductModels {
  private readonly containers: AssetContainer[] = [];
  private disposed = false;

  constructor(
    private readonly scene: Scene,
    private readonly placements: readonly ProductPlacement[],
    private readonly options: ProductModelsOptions,
  ) {}

  /** Distinct model URLs, nearest first (by the closest stand using each). */
  urlsByDistance(): string[] {
    const best = new Map<string, number>();
    const { x, z } = this.options.origin;
    for (const p of this.placements) {
      if (!p.glbUrl) continue;
      const d = Math.hypot(p.x - x, p.z - z);
      best.set(p.glbUrl, Math.min(d, best.get(p.glbUrl) ?? Infinity));
    }
    return [...best.entries()].sort((a, b) => a[1] - b[1]).map(([url]) => url);
  }

  /** Loads every model one after the other (nearest first); failures are reported and skipped. */
  async loadAll(): Promise<void> {
    const urls = this.urlsByDistance();
    let loaded = 0;
    this.options.onLoaded(0, urls.length);
    for (const url of urls) {
      if (this.disposed) return;
      try {
        const container = await this.options.load(this.options.resolveUrl(url), this.scene);
        if (this.disposed) {
          container.dispose();
          return;
        }
        this.containers.push(container);
        this.instantiate(url, container);
      } catch (err) {
        this.options.onError(`could not load model ${url}: ${err instanceof Error ? err.message : String(err)}`);
      }
      this.options.onLoaded(++loaded, urls.length);
    }
  }

  /** Meshes made so far (for counting). */
  meshes(): AbstractMesh[] {
    return this.containers.flatMap((c) => c.meshes);
  }

  dispose(): void {
    this.disposed = true;
    for (const c of this.containers.splice(0)) c.dispose();
  }

  private instantiate(url: string, container: AssetContainer): void {
    container.addAllToScene();
    const parts = container.meshes.filter((m): m is Mesh => m instanceof Mesh && m.getTotalVertices() > 0);
    // Bake each part's place in the model (including the glTF root's handedness flip) into its
    // vertices, so the thin-instance matrices below are just "where this product stands".
    // All world matrices first: detaching one part must not move another parented to it.
    const worlds = parts.map((part) => part.computeWorldMatrix(true).clone());
    const min = new Vector3(Infinity, Infinity, Infinity);
    const max = new Vector3(-Infinity, -Infinity, -Infinity);
    parts.forEach((part, k) => {
      const world = worlds[k]!;
      part.makeGeometryUnique();
      part.parent = null;
      part.position.setAll(0);
      part.rotationQuaternion = null;
      part.rotation.setAll(0);
      part.scaling.setAll(1);
      part.bakeTransformIntoVertices(world);
      part.refreshBoundingInfo();
      const box = part.getBoundingInfo().boundingBox;
      min.minimizeInPlace(box.minimum);
      max.maximizeInPlace(box.maximum);
    });
    const size: ModelSize | undefined = parts.length ? { width: max.x - min.x, height: max.y - min.y, depth: max.z - min.z } : undefined;

    const mine = this.placements.filter((p) => p.glbUrl === url);
    const matrices = new Float32Array(mine.length * 16);
    const m = new Matrix();
    mine.forEach((p, i) => {
      const plinth = p.plinth >= 0 ? plinthFor(size, p.scale) : undefined;
      if (plinth) this.options.onPlinth(p.plinth, plinth);
      const lift = plinth ? plinth.height : 0;
      Matrix.ComposeToRef(new Vector3(p.scale, p.scale, p.scale), Quaternion.RotationYawPitchRoll(p.yawDeg * DEG, 0, 0), new Vector3(p.x, p.y + lift, p.z), m);
      m.copyToArray(matrices, i * 16);
    });
    const metadata: ProductMeshMetadata = { productInstances: mine.map((p) => ({ productId: p.productId, exhibitorId: p.exhibitorId })) };
    for (const part of parts) {
      part.thinInstanceSetBuffer('matrix', matrices, 16, true);
      part.thinInstanceEnablePicking = true;
      part.isPickable = true;
      part.metadata = metadata;
      part.thinInstanceRefreshBoundingInfo();
      part.freezeWorldMatrix();
      part.material?.freeze();
    }
    // The glTF root is empty now; keep it out of picking.
    for (const node of container.meshes) if (!parts.includes(node as Mesh)) node.isPickable = false;
  }
}
