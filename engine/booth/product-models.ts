import '@babylonjs/core/Meshes/thinInstanceMesh';
import type { AssetContainer } from '@babylonjs/core/assetContainer';
import type { Material } from '@babylonjs/core/Materials/material';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Matrix, Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import { CreateBox } from '@babylonjs/core/Meshes/Builders/boxBuilder';
import { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import { ENGINE_CONFIG } from '../config';
import { splitByDistance } from '../lod/product-lod';
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
  /** Something was added to or taken from what can be drawn (a model arrived, the near/far split changed). */
  onChanged?: () => void;
  /** Products farther than this (m) are drawn as impostors (default ENGINE_CONFIG.lod.productDistance). */
  lodDistance?: number;
}

/** The callbacks of ProductModels, which an edited booth's rebuild hands to its new meshes. */
export type ProductModelsListeners = Pick<ProductModelsOptions, 'onLoaded' | 'onError' | 'onPlinth' | 'onChanged'>;

/** One loaded GLB and every stand that shows it. */
interface ModelBatch {
  url: string;
  parts: Mesh[];
  /** The model's bounding box as loaded (undefined: no geometry). */
  size: ModelSize | undefined;
  /** A unit box stretched to the model's bounds: the impostor before the placement. */
  boxLocal: Matrix;
  /** The model's average colour (gamma space), for its impostors. */
  color: Color3;
  placements: ProductPlacement[];
  /** Where each product stands (one 4×4 matrix per placement). */
  matrices: Float32Array;
  /** The product's bounding box as a unit box's matrix, for its impostor. */
  impostors: Float32Array;
  xs: Float32Array;
  zs: Float32Array;
  /** The parts' thin-instance buffer: the near products' matrices, packed at the front. */
  shown: Float32Array;
  /** The picking metadata of the shown instances, kept in step with `shown`. */
  instances: { productId: string; exhibitorId: string }[];
  near: Uint32Array;
  far: Uint32Array;
}

const DEG = Math.PI / 180;

/**
 * Product models: each distinct GLB is loaded once and drawn as thin instances, one per stand,
 * so 2,000 products of 10 kinds cost one draw call per model part, not one per product. Level of
 * detail: only products within `lodDistance` of the visitor are drawn as models; farther ones
 * are one coloured box each (the model's size and average colour), all in one thin-instanced
 * mesh, so far booths still look furnished for one draw call.
 *
 * The stands can be moved afterwards (`setPlacements`, the editors' preview after an edit):
 * loaded models are placed again, not loaded again, and only models new to the booth load.
 */
export class ProductModels {
  private readonly containers: AssetContainer[] = [];
  private readonly batches = new Map<string, ModelBatch>();
  /** Model URLs asked for so far (loaded, loading or failed): each is loaded once. */
  private readonly requested = new Set<string>();
  private impostorMesh: Mesh | undefined;
  private impostorMaterial: StandardMaterial | undefined;
  private impostorMatrices: Float32Array | undefined;
  private impostorColors: Float32Array | undefined;
  private viewer: { x: number; z: number };
  private disposed = false;

  constructor(
    private readonly scene: Scene,
    private placements: readonly ProductPlacement[],
    private options: ProductModelsOptions,
  ) {
    this.viewer = { ...options.origin };
  }

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

  /** Loads every model not asked for yet, one after the other (nearest first); failures are reported and skipped. */
  async loadAll(): Promise<void> {
    const urls = this.urlsByDistance().filter((url) => !this.requested.has(url));
    for (const url of urls) this.requested.add(url);
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

  /**
   * The stands moved, came or went (an edit of the booth): loaded models are placed again at
   * once, plinths are resized through `onPlinth`, and models no loaded one covers start loading.
   * A model no stand uses any more stays loaded, hidden, for an undo.
   */
  setPlacements(placements: readonly ProductPlacement[]): void {
    this.placements = placements;
    for (const batch of this.batches.values()) this.place(batch);
    if (this.batches.size > 0) {
      this.ensureImpostors();
      this.applyLod(this.viewer.x, this.viewer.z);
    }
    if (placements.some((p) => p.glbUrl && !this.requested.has(p.glbUrl))) void this.loadAll();
  }

  /** Who hears of loads, errors, plinth sizes and changes from now on (a rebuilt booth's new meshes). */
  setListeners(listeners: ProductModelsListeners): void {
    this.options = { ...this.options, ...listeners };
  }

  /**
   * Redoes the near/far split around the visitor at (x, z): near products become model
   * instances, far ones impostors. Called when the visitor has moved a couple of metres, not per frame.
   */
  applyLod(x: number, z: number): void {
    this.viewer.x = x;
    this.viewer.z = z;
    const radius = this.options.lodDistance ?? ENGINE_CONFIG.lod.productDistance;
    let impostors = 0;
    for (const b of this.batches.values()) {
      const counts = splitByDistance(b.xs, b.zs, x, z, radius, b.near, b.far);
      b.instances.length = counts.near;
      for (let k = 0; k < counts.near; k++) {
        const i = b.near[k]!;
        b.shown.set(b.matrices.subarray(i * 16, i * 16 + 16), k * 16);
        const p = b.placements[i]!;
        b.instances[k] = { productId: p.productId, exhibitorId: p.exhibitorId };
      }
      for (const part of b.parts) {
        part.thinInstanceCount = counts.near;
        part.thinInstanceBufferUpdated('matrix');
        if (counts.near > 0) part.thinInstanceRefreshBoundingInfo();
        part.setEnabled(counts.near > 0);
      }
      if (this.impostorMatrices && this.impostorColors) {
        for (let k = 0; k < counts.far; k++) {
          const i = b.far[k]!;
          this.impostorMatrices.set(b.impostors.subarray(i * 16, i * 16 + 16), impostors * 16);
          b.color.toArray(this.impostorColors, impostors * 4);
          this.impostorColors[impostors * 4 + 3] = 1;
          impostors++;
        }
      }
    }
    const mesh = this.impostorMesh;
    if (mesh) {
      mesh.thinInstanceCount = impostors;
      mesh.thinInstanceBufferUpdated('matrix');
      mesh.thinInstanceBufferUpdated('color');
      if (impostors > 0) mesh.thinInstanceRefreshBoundingInfo();
      mesh.setEnabled(impostors > 0);
    }
    this.options.onChanged?.();
  }

  /** How many products are drawn as models and as impostors now. */
  lodCounts(): { models: number; impostors: number } {
    let models = 0;
    for (const b of this.batches.values()) models += b.instances.length;
    return { models, impostors: this.impostorMesh?.isEnabled() ? this.impostorMesh.thinInstanceCount : 0 };
  }

  /** Meshes made so far (for counting). */
  meshes(): AbstractMesh[] {
    return [...this.containers.flatMap((c) => c.meshes), ...(this.impostorMesh ? [this.impostorMesh] : [])];
  }

  dispose(): void {
    this.disposed = true;
    for (const c of this.containers.splice(0)) c.dispose();
    this.batches.clear();
    this.impostorMesh?.dispose(false, false);
    this.impostorMaterial?.dispose(false, true);
    this.impostorMesh = undefined;
    this.impostorMaterial = undefined;
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
    const batch: ModelBatch = {
      url,
      parts,
      size,
      boxLocal: size ? Matrix.Compose(new Vector3(size.width, size.height, size.depth), Quaternion.Identity(), min.add(max).scaleInPlace(0.5)) : Matrix.Identity(),
      color: averageColor(parts),
      placements: [],
      matrices: new Float32Array(0),
      impostors: new Float32Array(0),
      xs: new Float32Array(0),
      zs: new Float32Array(0),
      shown: new Float32Array(0),
      instances: [],
      near: new Uint32Array(0),
      far: new Uint32Array(0),
    };
    const metadata: ProductMeshMetadata = { productInstances: batch.instances };
    for (const part of parts) {
      part.thinInstanceEnablePicking = true;
      part.isPickable = true;
      part.metadata = metadata;
      part.freezeWorldMatrix();
      part.material?.freeze();
    }
    // The glTF root is empty now; keep it out of picking.
    for (const node of container.meshes) if (!parts.includes(node as Mesh)) node.isPickable = false;
    this.batches.set(url, batch);
    this.place(batch);
    this.ensureImpostors();
    this.applyLod(this.viewer.x, this.viewer.z);
  }

  /** Puts a loaded model on every stand that shows it now, and sizes those stands' plinths. */
  private place(batch: ModelBatch): void {
    const mine = this.placements.filter((p) => p.glbUrl === batch.url);
    const n = mine.length;
    if (batch.shown.length === 0 || n !== batch.placements.length) {
      batch.matrices = new Float32Array(n * 16);
      batch.impostors = new Float32Array(n * 16);
      batch.xs = new Float32Array(n);
      batch.zs = new Float32Array(n);
      batch.near = new Uint32Array(n);
      batch.far = new Uint32Array(n);
      // Never empty: a thin-instance buffer needs one matrix even when none is drawn.
      batch.shown = new Float32Array(Math.max(1, n) * 16);
      for (const part of batch.parts) part.thinInstanceSetBuffer('matrix', batch.shown, 16, false);
    }
    batch.placements = mine;
    const m = new Matrix();
    // The impostor: the unit box stretched to the model's bounds, then placed like the product.
    const impostor = new Matrix();
    mine.forEach((p, i) => {
      const plinth = p.plinth >= 0 ? plinthFor(batch.size, p.scale) : undefined;
      if (plinth) this.options.onPlinth(p.plinth, plinth);
      const lift = plinth ? plinth.height : 0;
      Matrix.ComposeToRef(new Vector3(p.scale, p.scale, p.scale), Quaternion.RotationYawPitchRoll(p.yawDeg * DEG, 0, 0), new Vector3(p.x, p.y + lift, p.z), m);
      m.copyToArray(batch.matrices, i * 16);
      batch.boxLocal.multiplyToRef(m, impostor);
      impostor.copyToArray(batch.impostors, i * 16);
      batch.xs[i] = p.x;
      batch.zs[i] = p.z;
    });
  }

  /** The one mesh of every far product, with room for every stand with a model. */
  private ensureImpostors(): void {
    const capacity = this.placements.filter((p) => p.glbUrl).length;
    if (this.impostorMesh && this.impostorMatrices && this.impostorMatrices.length >= capacity * 16) return;
    if (!this.impostorMesh) {
      const mesh = CreateBox('product-impostors', { size: 1 }, this.scene);
      const material = new StandardMaterial('product-impostors', this.scene);
      material.specularColor = Color3.Black();
      mesh.material = material;
      mesh.isPickable = false;
      mesh.freezeWorldMatrix();
      material.freeze();
      this.impostorMesh = mesh;
      this.impostorMaterial = material;
    }
    const mesh = this.impostorMesh;
    this.impostorMatrices = new Float32Array(Math.max(1, capacity) * 16);
    this.impostorColors = new Float32Array(Math.max(1, capacity) * 4);
    mesh.thinInstanceSetBuffer('matrix', this.impostorMatrices, 16, false);
    mesh.thinInstanceSetBuffer('color', this.impostorColors, 4, false);
    mesh.thinInstanceCount = 0;
  }
}

/** The parts' base colours averaged by vertex count: what a far-away product mostly looks like. */
function averageColor(parts: readonly Mesh[]): Color3 {
  const sum = new Color3(0, 0, 0);
  let weight = 0;
  for (const part of parts) {
    const c = baseColor(part.material);
    if (!c) continue;
    const w = part.getTotalVertices();
    sum.r += c.r * w;
    sum.g += c.g * w;
    sum.b += c.b * w;
    weight += w;
  }
  return weight > 0 ? sum.scale(1 / weight) : new Color3(0.6, 0.6, 0.6);
}

/** A material's base colour in gamma space: glTF gives PBR (linear), others Standard (gamma). */
function baseColor(material: Material | null): Color3 | undefined {
  const m = material as (Material & { albedoColor?: Color3; baseColor?: Color3; diffuseColor?: Color3 }) | null;
  if (!m) return undefined;
  if (m.albedoColor) return m.albedoColor.toGammaSpace();
  if (m.baseColor) return m.baseColor.toGammaSpace();
  return m.diffuseColor?.clone();
}
