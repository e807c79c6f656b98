import '@babylonjs/core/Meshes/thinInstanceMesh';
import { Matrix, Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import { CreateBox } from '@babylonjs/core/Meshes/Builders/boxBuilder';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import { boxesToMeshData } from '../geometry/mesh-data';
import type { WorldBox } from '../geometry/world-box';
import { createStaticMesh } from '../scene/static-mesh';
import type { StaticMaterials } from '../scene/static-materials';
import type { BoothGeometry } from './booth-geometry';
import type { PlinthSize } from './product-placement';

/** The booths' meshes: one merged mesh per finish plus thin-instanced plinths. */
export interface BoothMeshes {
  meshes: Mesh[];
  /** Gives plinth `index` a new size (once its product's size is known), keeping its footprint centre. */
  resizePlinth(index: number, size: PlinthSize): void;
  dispose(): void;
}

/**
 * Walls, platforms and furniture are merged per finish (matte, satin, screen): three draw calls
 * for any number of booths. Plinths are thin instances of one unit box so each can be resized
 * later without rebuilding anything.
 */
export function buildBoothMeshes(scene: Scene, geometry: BoothGeometry, materials: StaticMaterials): BoothMeshes {
  const p = geometry.parts;
  const built = [
    createStaticMesh('booths-matte', scene, boxesToMeshData([...p.wall, ...p.platform, ...p.decor]), materials.matte),
    createStaticMesh('booths-satin', scene, boxesToMeshData([...p.fascia, ...p.counter, ...p.shelf]), materials.satin),
    createStaticMesh('booths-screen', scene, boxesToMeshData(p.screen), materials.screen),
  ];
  const meshes = built.filter((m): m is Mesh => m !== undefined);

  const plinths = geometry.plinths.map((b) => ({ ...b }));
  let plinthMesh: Mesh | undefined;
  let matrices: Float32Array | undefined;
  if (plinths.length > 0) {
    plinthMesh = CreateBox('booths-plinths', { size: 1 }, scene);
    plinthMesh.material = materials.satin;
    plinthMesh.isPickable = false;
    matrices = new Float32Array(plinths.length * 16);
    plinths.forEach((b, i) => writeBoxMatrix(b, matrices!, i));
    plinthMesh.thinInstanceSetBuffer('matrix', matrices, 16, false);
    plinthMesh.thinInstanceRefreshBoundingInfo();
    plinthMesh.freezeWorldMatrix();
    meshes.push(plinthMesh);
  }

  return {
    meshes,
    resizePlinth(index, size) {
      const b = plinths[index];
      if (!b || !plinthMesh || !matrices) return;
      b.width = size.width;
      b.height = size.height;
      b.depth = size.depth;
      writeBoxMatrix(b, matrices, index);
      plinthMesh.thinInstanceBufferUpdated('matrix');
      plinthMesh.thinInstanceRefreshBoundingInfo();
    },
    dispose() {
      for (const m of meshes) m.dispose(false, false);
      meshes.length = 0;
    },
  };
}

const scratch = Matrix.Identity();

/** Unit box (centred on the origin) → this box: scale, turn, then lift so its bottom is at `y`. Build-time only. */
function writeBoxMatrix(b: WorldBox, out: Float32Array, index: number): void {
  Matrix.ComposeToRef(new Vector3(b.width, b.height, b.depth), Quaternion.RotationYawPitchRoll(b.yaw, 0, 0), new Vector3(b.x, b.y + b.height / 2, b.z), scratch);
  scratch.copyToArray(out, index * 16);
}
