import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Matrix, Vector3 } from '@babylonjs/core/Maths/math.vector';
import { CreateLineSystem } from '@babylonjs/core/Meshes/Builders/linesBuilder';
import type { LinesMesh } from '@babylonjs/core/Meshes/linesMesh';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import { ENGINE_CONFIG } from '../config';
import type { WorldBox } from '../geometry/world-box';
import type { InteractionTarget } from './interaction-targets';

const COLORS: Record<InteractionTarget['kind'], Color3> = {
  product: new Color3(1, 0.78, 0.1),
  booth: new Color3(0.2, 0.75, 1),
  screen: new Color3(0.55, 1, 0.45),
};

/** The 12 edges of a unit cube centred on the origin. */
function unitCubeEdges(): Vector3[][] {
  const c = (x: number, y: number, z: number) => new Vector3(x - 0.5, y - 0.5, z - 0.5);
  const lines: Vector3[][] = [];
  for (const a of [0, 1]) {
    for (const b of [0, 1]) {
      lines.push([c(0, a, b), c(1, a, b)], [c(a, 0, b), c(a, 1, b)], [c(a, b, 0), c(a, b, 1)]);
    }
  }
  return lines;
}

/**
 * The hover outline: ONE line mesh (a unit cube's edges) moved and stretched around whatever is
 * hovered, and disabled when nothing is. It costs one draw call while something is hovered and
 * none otherwise, whatever is hovered; a HighlightLayer would add render passes and a glow
 * texture. Products are outlined per thin instance, booths whole, screens alone.
 */
export class HoverHighlight {
  private readonly mesh: LinesMesh;
  private readonly min = new Vector3();
  private readonly max = new Vector3();
  private readonly corner = new Vector3();
  private readonly matrix = new Matrix();

  constructor(scene: Scene) {
    this.mesh = CreateLineSystem('hover-outline', { lines: unitCubeEdges() }, scene);
    this.mesh.isPickable = false;
    this.mesh.setEnabled(false);
  }

  /** Whether the outline is showing (for tests and the draw-call check). */
  get visible(): boolean {
    return this.mesh.isEnabled();
  }

  /** Outlines a box (booth or screen). */
  showBox(box: WorldBox, kind: InteractionTarget['kind']): void {
    const c = Math.abs(Math.cos(box.yaw));
    const s = Math.abs(Math.sin(box.yaw));
    const hx = (box.width * c + box.depth * s) / 2;
    const hz = (box.width * s + box.depth * c) / 2;
    this.min.set(box.x - hx, box.y, box.z - hz);
    this.max.set(box.x + hx, box.y + box.height, box.z + hz);
    this.place(kind);
  }

  /**
   * Outlines one product: the bounds of every part of its model (the meshes sharing its
   * metadata) under its thin-instance matrix. Runs when the hover changes, not per frame.
   */
  showProduct(mesh: AbstractMesh, instance: number): void {
    const parts = mesh.getScene().meshes.filter((m) => m.metadata === mesh.metadata && m.hasThinInstances);
    this.min.setAll(Infinity);
    this.max.setAll(-Infinity);
    for (const part of parts) {
      if (!instanceMatrix(part as Mesh, instance, this.matrix)) continue;
      const matrix = this.matrix;
      const { minimum, maximum } = part.getRawBoundingInfo().boundingBox;
      for (let k = 0; k < 8; k++) {
        this.corner.set(k & 1 ? maximum.x : minimum.x, k & 2 ? maximum.y : minimum.y, k & 4 ? maximum.z : minimum.z);
        Vector3.TransformCoordinatesToRef(this.corner, matrix, this.corner);
        this.min.minimizeInPlace(this.corner);
        this.max.maximizeInPlace(this.corner);
      }
    }
    if (!Number.isFinite(this.min.x)) return this.hide();
    this.place('product');
  }

  hide(): void {
    this.mesh.setEnabled(false);
  }

  dispose(): void {
    this.mesh.dispose(false, true);
  }

  private place(kind: InteractionTarget['kind']): void {
    const inflate = ENGINE_CONFIG.interact.highlightInflate;
    const m = this.mesh;
    m.position.set((this.min.x + this.max.x) / 2, (this.min.y + this.max.y) / 2, (this.min.z + this.max.z) / 2);
    m.scaling.set(this.max.x - this.min.x + 2 * inflate, this.max.y - this.min.y + 2 * inflate, this.max.z - this.min.z + 2 * inflate);
    m.color.copyFrom(COLORS[kind]);
    m.setEnabled(true);
  }
}

/**
 * Thin instance `index`'s matrix as drawn now. Babylon's `thinInstanceGetWorldMatrices()` caches
 * its first answer and goes stale when the buffer is rewritten in place (product LOD does
 * that), so this reads the live matrix data Babylon uploads, falling back to the public call.
 */
function instanceMatrix(mesh: Mesh, index: number, out: Matrix): boolean {
  if (index < 0 || index >= mesh.thinInstanceCount) return false;
  const data = (mesh as unknown as { _thinInstanceDataStorage?: { matrixData?: Float32Array | null } })._thinInstanceDataStorage?.matrixData;
  if (data && data.length >= (index + 1) * 16) {
    Matrix.FromArrayToRef(data, index * 16, out);
    return true;
  }
  const cached = mesh.thinInstanceGetWorldMatrices()[index];
  if (!cached) return false;
  out.copyFrom(cached);
  return true;
}
