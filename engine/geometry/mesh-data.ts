import type { WorldBox } from './world-box';

/**
 * Plain triangle data ready for Babylon's VertexData: flat arrays, front faces wound the way
 * Babylon expects (cross(b - a, c - a) points against the normal).
 */
export interface MeshData {
  positions: Float32Array;
  normals: Float32Array;
  /** RGBA per vertex; absent when the material is a texture. */
  colors?: Float32Array;
  uvs?: Float32Array;
  indices: Uint32Array;
}

/**
 * Each face: normal, then the two in-plane axes u and v with u × v = -normal, so the corners
 * (-u-v, +u-v, +u+v, -u+v) come out front-facing.
 */
const FACES: readonly (readonly [number, number, number, number, number, number, number, number, number])[] = [
  [1, 0, 0, 0, 0, 1, 0, 1, 0],
  [-1, 0, 0, 0, 0, -1, 0, 1, 0],
  [0, 0, 1, -1, 0, 0, 0, 1, 0],
  [0, 0, -1, 1, 0, 0, 0, 1, 0],
  [0, 1, 0, 1, 0, 0, 0, 0, 1],
  [0, -1, 0, 0, 0, 1, 1, 0, 0],
];
const CORNERS: readonly (readonly [number, number])[] = [
  [-1, -1],
  [1, -1],
  [1, 1],
  [-1, 1],
];

/** All boxes as one indexed mesh with vertex colours: one draw call however many boxes. */
export function boxesToMeshData(boxes: readonly WorldBox[]): MeshData {
  const vertexCount = boxes.length * 24;
  const positions = new Float32Array(vertexCount * 3);
  const normals = new Float32Array(vertexCount * 3);
  const colors = new Float32Array(vertexCount * 4);
  const indices = new Uint32Array(boxes.length * 36);
  let v = 0;
  let i = 0;
  for (const box of boxes) {
    const c = Math.cos(box.yaw);
    const s = Math.sin(box.yaw);
    const hx = box.width / 2;
    const hy = box.height / 2;
    const hz = box.depth / 2;
    const cy = box.y + hy;
    for (const [nx, ny, nz, ux, uy, uz, vx, vy, vz] of FACES) {
      const base = v;
      for (const [a, b] of CORNERS) {
        // Corner in the box's own frame, then turned by yaw (Babylon RotationY) and moved.
        const lx = (nx + a * ux + b * vx) * hx;
        const ly = (ny + a * uy + b * vy) * hy;
        const lz = (nz + a * uz + b * vz) * hz;
        positions[v * 3] = box.x + lx * c + lz * s;
        positions[v * 3 + 1] = cy + ly;
        positions[v * 3 + 2] = box.z - lx * s + lz * c;
        normals[v * 3] = nx * c + nz * s;
        normals[v * 3 + 1] = ny;
        normals[v * 3 + 2] = -nx * s + nz * c;
        colors[v * 4] = box.color.r;
        colors[v * 4 + 1] = box.color.g;
        colors[v * 4 + 2] = box.color.b;
        colors[v * 4 + 3] = 1;
        v++;
      }
      indices[i++] = base;
      indices[i++] = base + 1;
      indices[i++] = base + 2;
      indices[i++] = base;
      indices[i++] = base + 2;
      indices[i++] = base + 3;
    }
  }
  return { positions, normals, colors, indices };
}

/**
 * A flat rectangle showing part of a texture: centre (x, y, z), size, and the direction its
 * readable side faces as a yaw (radians clockwise from north; π faces south).
 * `uv` is [u0, v0, u1, v1] with v0 the bottom edge.
 */
export interface TexturedQuad {
  x: number;
  y: number;
  z: number;
  width: number;
  height: number;
  facingYaw: number;
  uv: readonly [number, number, number, number];
}

/** All quads as one mesh (one draw call) with UVs; text atlases use this. */
export function quadsToMeshData(quads: readonly TexturedQuad[]): MeshData {
  const positions = new Float32Array(quads.length * 12);
  const normals = new Float32Array(quads.length * 12);
  const uvs = new Float32Array(quads.length * 8);
  const indices = new Uint32Array(quads.length * 6);
  quads.forEach((q, k) => {
    const nx = Math.sin(q.facingYaw);
    const nz = Math.cos(q.facingYaw);
    // The reader's right hand when facing the text: the view direction turned a quarter clockwise.
    const rx = -nz;
    const rz = nx;
    const [u0, v0, u1, v1] = q.uv;
    const corners: [number, number, number, number][] = [
      [-1, -1, u0, v0],
      [1, -1, u1, v0],
      [1, 1, u1, v1],
      [-1, 1, u0, v1],
    ];
    corners.forEach(([a, b, u, vv], j) => {
      const o = (k * 4 + j) * 3;
      positions[o] = q.x + (a * rx * q.width) / 2;
      positions[o + 1] = q.y + (b * q.height) / 2;
      positions[o + 2] = q.z + (a * rz * q.width) / 2;
      normals[o] = nx;
      normals[o + 1] = 0;
      normals[o + 2] = nz;
      uvs[(k * 4 + j) * 2] = u;
      uvs[(k * 4 + j) * 2 + 1] = vv;
    });
    const base = k * 4;
    indices.set([base, base + 1, base + 2, base, base + 2, base + 3], k * 6);
  });
  return { positions, normals, uvs, indices };
}
