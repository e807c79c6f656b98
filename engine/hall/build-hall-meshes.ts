import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import { boxesToMeshData } from '../geometry/mesh-data';
import { createStaticMesh } from '../scene/static-mesh';
import type { StaticMaterials } from '../scene/static-materials';
import type { HallGeometry } from './hall-geometry';

/**
 * The hall shell as two merged meshes: matte (floor, walls, carpets) and satin (stages, signs).
 * However large the hall, the shell costs two draw calls (plus the labels, drawn elsewhere).
 */
export function buildHallMeshes(scene: Scene, geometry: HallGeometry, materials: StaticMaterials): Mesh[] {
  const matte = createStaticMesh('hall-matte', scene, boxesToMeshData([...geometry.floor, ...geometry.carpets, ...geometry.walls]), materials.matte);
  const satin = createStaticMesh('hall-satin', scene, boxesToMeshData([...geometry.stages, ...geometry.signs]), materials.satin);
  return [matte, satin].filter((m): m is Mesh => m !== undefined);
}
