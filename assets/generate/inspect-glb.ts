/**
 * Reads a GLB back with glTF-Transform and checks what the engine relies on. Used both by the
 * generator (to print the summary table and refuse to write bad files) and by the tests, so the
 * checks run on the bytes that ship rather than on the in-memory spec.
 */
import { NodeIO, Primitive } from '@gltf-transform/core';
import { GENERATOR } from './model-spec';
import { type Vec3, cross, dot, length, sub, vec3At } from './vec';

export interface GlbReport {
  name: string;
  kind: string;
  triangles: number;
  primitives: number;
  materials: string[];
  min: Vec3;
  max: Vec3;
  bytes: number;
  /** Human-readable problems; empty means the file passed every check. */
  issues: string[];
}

/** Applies a column-major glTF mat4 to a point. */
function applyMat4(m: readonly number[], p: Vec3): Vec3 {
  const at = (i: number): number => m[i] ?? 0;
  return [
    at(0) * p[0] + at(4) * p[1] + at(8) * p[2] + at(12),
    at(1) * p[0] + at(5) * p[1] + at(9) * p[2] + at(13),
    at(2) * p[0] + at(6) * p[1] + at(10) * p[2] + at(14),
  ];
}

export async function inspectGlb(bytes: Uint8Array): Promise<GlbReport> {
  const doc = await new NodeIO().readBinary(bytes);
  const root = doc.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  const issues: string[] = [];
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  let triangles = 0;
  let primitives = 0;
  const materials = new Set<string>();

  const top = scene?.listChildren()[0];
  if (!scene || !top) issues.push('no scene root node');
  const extras = (top?.getExtras() ?? {}) as { kind?: unknown; generator?: unknown };
  if (typeof extras.kind !== 'string') issues.push('root node extras.kind missing');
  if (extras.generator !== GENERATOR) issues.push('root node extras.generator missing');

  scene?.traverse((node) => {
    const mesh = node.getMesh();
    if (!mesh) return;
    const world = node.getWorldMatrix();
    for (const prim of mesh.listPrimitives()) {
      primitives++;
      const where = `${mesh.getName()}/${prim.getMaterial()?.getName() ?? '(no material)'}`;
      materials.add(prim.getMaterial()?.getName() ?? '');
      const pos = prim.getAttribute('POSITION')?.getArray();
      const nor = prim.getAttribute('NORMAL')?.getArray();
      const idx = prim.getIndices()?.getArray();
      if (prim.getMode() !== Primitive.Mode.TRIANGLES) issues.push(`${where}: not TRIANGLES`);
      if (!(pos instanceof Float32Array) || !(nor instanceof Float32Array)) {
        issues.push(`${where}: POSITION/NORMAL missing or not float`);
        continue;
      }
      if (!(idx instanceof Uint16Array)) {
        issues.push(`${where}: indices missing or not uint16`);
        continue;
      }
      if (idx.length % 3 !== 0) issues.push(`${where}: index count not a multiple of 3`);
      triangles += idx.length / 3;
      for (let i = 0; i < pos.length / 3; i++) {
        const p = applyMat4(world, vec3At(pos, i));
        for (let a = 0; a < 3; a++) {
          if ((p[a] ?? 0) < (min[a] ?? 0)) min[a] = p[a] ?? 0;
          if ((p[a] ?? 0) > (max[a] ?? 0)) max[a] = p[a] ?? 0;
        }
        if (Math.abs(length(vec3At(nor, i)) - 1) > 1e-3) {
          issues.push(`${where}: normal ${i} is not unit length`);
          break;
        }
      }
      const bad = countWindingMismatches(pos, nor, idx);
      if (bad > 0) issues.push(`${where}: ${bad} triangles wound against their normals`);
    }
  });

  return {
    name: top?.getName() ?? '',
    kind: typeof extras.kind === 'string' ? extras.kind : '',
    triangles,
    primitives,
    materials: [...materials],
    min: [min[0] ?? 0, min[1] ?? 0, min[2] ?? 0],
    max: [max[0] ?? 0, max[1] ?? 0, max[2] ?? 0],
    bytes: bytes.byteLength,
    issues,
  };
}

/**
 * Counts triangles whose counter-clockwise face normal disagrees with their vertex normals.
 * With builders whose normals point outward, a mismatch means a face is visible from inside.
 * Degenerate (zero-area) triangles are counted too: they are wasted work and a sign of a bug.
 */
export function countWindingMismatches(
  pos: ArrayLike<number>, nor: ArrayLike<number>, idx: ArrayLike<number>,
): number {
  let bad = 0;
  const v = (arr: ArrayLike<number>, i: number): Vec3 => [arr[i * 3] ?? 0, arr[i * 3 + 1] ?? 0, arr[i * 3 + 2] ?? 0];
  for (let t = 0; t + 2 < idx.length; t += 3) {
    const [ia, ib, ic] = [idx[t] ?? 0, idx[t + 1] ?? 0, idx[t + 2] ?? 0];
    const a = v(pos, ia);
    const face = cross(sub(v(pos, ib), a), sub(v(pos, ic), a));
    const [na, nb, nc] = [v(nor, ia), v(nor, ib), v(nor, ic)];
    const nsum: Vec3 = [na[0] + nb[0] + nc[0], na[1] + nb[1] + nc[1], na[2] + nb[2] + nc[2]];
    if (length(face) < 1e-12 || dot(face, nsum) <= 0) bad++;
  }
  return bad;
}
