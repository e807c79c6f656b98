import '@babylonjs/core/Meshes/thinInstanceMesh';
import { Matrix, Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import { CreateBox } from '@babylonjs/core/Meshes/Builders/boxBuilder';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import type { LabelSpot } from '../geometry/label';
import { boxesToMeshData } from '../geometry/mesh-data';
import type { WorldBox } from '../geometry/world-box';
import { createStaticMesh } from '../scene/static-mesh';
import type { StaticMaterials } from '../scene/static-materials';
import type { BoothGeometry } from './booth-geometry';
import type { BoothTile } from './booth-tiles';
import type { PlinthSize } from './product-placement';

/** Makes one mesh of every quad of `labels` (the hall's label atlas does it). */
export type LabelMeshBuilder = (name: string, labels: readonly LabelSpot[]) => Mesh | undefined;

interface PlinthSlot {
  mesh: Mesh;
  matrices: Float32Array;
  local: number;
}

/**
 * The booths' meshes, built one floor tile at a time (the hall view streams them in, nearest
 * tile first). Per tile, walls, platforms and furniture are merged per finish (matte, satin,
 * screen), fascia names are one mesh on the shared label atlas, and plinths are thin instances of
 * one unit box, so each can be resized once its product's size is known without rebuilding
 * anything. A tile costs at most five draw calls however many booths it holds.
 */
export class BoothMeshes {
  readonly meshes: Mesh[] = [];
  private readonly plinths: WorldBox[];
  private readonly plinthSlots: (PlinthSlot | undefined)[];

  constructor(
    private readonly scene: Scene,
    geometry: BoothGeometry,
    private readonly materials: StaticMaterials,
    private readonly buildLabels: LabelMeshBuilder,
  ) {
    // Copies: resizing a plinth must not change the pure geometry another caller may hold.
    this.plinths = geometry.plinths.map((b) => ({ ...b }));
    this.plinthSlots = new Array<PlinthSlot | undefined>(this.plinths.length);
  }

  /** Builds one tile's meshes (all frozen in place) and returns them. */
  addTile(tile: BoothTile): Mesh[] {
    const p = tile.parts;
    const name = (what: string) => `booths-${what}-${tile.tile}`;
    const built: (Mesh | undefined)[] = [
      createStaticMesh(name('matte'), this.scene, boxesToMeshData([...p.wall, ...p.platform, ...p.decor]), this.materials.matte),
      createStaticMesh(name('satin'), this.scene, boxesToMeshData([...p.fascia, ...p.counter, ...p.shelf]), this.materials.satin),
      createStaticMesh(name('screen'), this.scene, boxesToMeshData(p.screen), this.materials.screen),
      this.buildLabels(name('labels'), tile.labels),
      this.buildPlinths(name('plinths'), tile.plinths),
    ];
    const meshes = built.filter((m): m is Mesh => m !== undefined);
    this.meshes.push(...meshes);
    return meshes;
  }

  /** Gives plinth `index` a new size (once its product's size is known), keeping its footprint centre. */
  resizePlinth(index: number, size: PlinthSize): void {
    const b = this.plinths[index];
    if (!b) return;
    b.width = size.width;
    b.height = size.height;
    b.depth = size.depth;
    const slot = this.plinthSlots[index];
    if (!slot) return; // its tile is not built yet: it will be built at this size
    writeBoxMatrix(b, slot.matrices, slot.local);
    slot.mesh.thinInstanceBufferUpdated('matrix');
    slot.mesh.thinInstanceRefreshBoundingInfo();
  }

  dispose(): void {
    for (const m of this.meshes.splice(0)) m.dispose(false, false);
    this.plinthSlots.fill(undefined);
  }

  private buildPlinths(name: string, indices: readonly number[]): Mesh | undefined {
    if (indices.length === 0) return undefined;
    const mesh = CreateBox(name, { size: 1 }, this.scene);
    mesh.material = this.materials.satin;
    mesh.isPickable = false;
    const matrices = new Float32Array(indices.length * 16);
    indices.forEach((index, local) => {
      writeBoxMatrix(this.plinths[index]!, matrices, local);
      this.plinthSlots[index] = { mesh, matrices, local };
    });
    mesh.thinInstanceSetBuffer('matrix', matrices, 16, false);
    mesh.thinInstanceRefreshBoundingInfo();
    mesh.freezeWorldMatrix();
    return mesh;
  }
}

const scratch = Matrix.Identity();

/** Unit box (centred on the origin) → this box: scale, turn, then lift so its bottom is at `y`. Build-time only. */
function writeBoxMatrix(b: WorldBox, out: Float32Array, index: number): void {
  Matrix.ComposeToRef(new Vector3(b.width, b.height, b.depth), Quaternion.RotationYawPitchRoll(b.yaw, 0, 0), new Vector3(b.x, b.y + b.height / 2, b.z), scratch);
  scratch.copyToArray(out, index * 16);
}
