import type { Material } from '@babylonjs/core/Materials/material';
import { Mesh } from '@babylonjs/core/Meshes/mesh';
import { VertexData } from '@babylonjs/core/Meshes/mesh.vertexData';
import type { Scene } from '@babylonjs/core/scene';
import type { MeshData } from '../geometry/mesh-data';

/**
 * One static mesh from plain triangle data: world-space vertices, so its world matrix is the
 * identity and can be frozen; not pickable unless asked (only products are).
 * Returns undefined for empty data, so callers need not create empty meshes.
 */
export function createStaticMesh(name: string, scene: Scene, data: MeshData, material: Material): Mesh | undefined {
  if (data.indices.length === 0) return undefined;
  const mesh = new Mesh(name, scene);
  const vd = new VertexData();
  vd.positions = data.positions;
  vd.normals = data.normals;
  vd.indices = data.indices;
  if (data.colors) vd.colors = data.colors;
  if (data.uvs) vd.uvs = data.uvs;
  vd.applyToMesh(mesh, false);
  mesh.material = material;
  if (data.colors) mesh.useVertexColors = true;
  mesh.hasVertexAlpha = false;
  mesh.isPickable = false;
  mesh.freezeWorldMatrix();
  mesh.doNotSyncBoundingInfo = true;
  return mesh;
}
