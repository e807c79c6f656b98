/**
 * Turns a ModelSpec into a glTF Document / GLB bytes. Parts sharing a material are merged into
 * one primitive: the engine pays per draw call, not per part, so a chair is ~4 draws, not 20.
 */
import { Document, type Material, NodeIO } from '@gltf-transform/core';
import type { MaterialSpec } from './materials';
import { GENERATOR, type ModelSpec } from './model-spec';
import { type MeshData, merge } from './primitives';

/** uint16 indices keep files small and are what every WebGL target handles; 65535 is reserved by some APIs as restart. */
const MAX_VERTICES = 65535;

function createMaterial(doc: Document, spec: MaterialSpec): Material {
  const m = doc.createMaterial(spec.name)
    .setBaseColorFactor([...spec.baseColor])
    .setMetallicFactor(spec.metallic)
    .setRoughnessFactor(spec.roughness);
  if (spec.emissive) m.setEmissiveFactor([...spec.emissive]);
  return m;
}

/** Groups parts by material name, keeping first-seen order so output is deterministic. */
function groupByMaterial(model: ModelSpec): { material: MaterialSpec; meshes: MeshData[] }[] {
  const groups = new Map<string, { material: MaterialSpec; meshes: MeshData[] }>();
  for (const p of model.parts) {
    const g = groups.get(p.material.name);
    if (g && JSON.stringify(g.material) !== JSON.stringify(p.material)) {
      throw new Error(`${model.name}: two different materials named "${p.material.name}"`);
    }
    if (g) g.meshes.push(p.mesh);
    else groups.set(p.material.name, { material: p.material, meshes: [p.mesh] });
  }
  return [...groups.values()];
}

export function buildDocument(model: ModelSpec): Document {
  const doc = new Document();
  const extras = { kind: model.kind, category: model.category, generator: GENERATOR };
  // A fixed generator string (instead of the default "glTF-Transform vX") keeps bytes stable across library upgrades.
  const asset = doc.getRoot().getAsset();
  asset.generator = GENERATOR;
  asset.extras = { ...extras };

  const buffer = doc.createBuffer();
  const mesh = doc.createMesh(model.name);
  for (const { material, meshes } of groupByMaterial(model)) {
    const data = merge(meshes);
    const vertexCount = data.positions.length / 3;
    if (vertexCount > MAX_VERTICES) throw new Error(`${model.name}/${material.name}: ${vertexCount} vertices exceed uint16`);
    const position = doc.createAccessor(`${material.name}-position`, buffer)
      .setType('VEC3').setArray(new Float32Array(data.positions));
    const normal = doc.createAccessor(`${material.name}-normal`, buffer)
      .setType('VEC3').setArray(new Float32Array(data.normals));
    const indices = doc.createAccessor(`${material.name}-indices`, buffer)
      .setType('SCALAR').setArray(new Uint16Array(data.indices));
    mesh.addPrimitive(doc.createPrimitive()
      .setAttribute('POSITION', position)
      .setAttribute('NORMAL', normal)
      .setIndices(indices)
      .setMaterial(createMaterial(doc, material)));
  }

  const root = doc.createNode(model.name).setMesh(mesh).setExtras({ ...extras });
  const scene = doc.createScene(model.name).addChild(root).setExtras({ ...extras });
  doc.getRoot().setDefaultScene(scene);
  return doc;
}

export async function writeGlb(model: ModelSpec): Promise<Uint8Array> {
  return new NodeIO().writeBinary(buildDocument(model));
}
