import { CreateBoxVertexData } from '@babylonjs/core/Meshes/Builders/boxBuilder';
import { describe, expect, it } from 'vitest';
import { boxesToMeshData, quadsToMeshData, type MeshData } from './mesh-data';
import { placeBox } from './world-box';

const grey = { r: 0.5, g: 0.5, b: 0.5 };

/** Sign of (b - a) × (c - a) · n for every triangle: Babylon's front faces give -1. */
function windingSigns(positions: ArrayLike<number>, normals: ArrayLike<number>, indices: ArrayLike<number>): number[] {
  const signs: number[] = [];
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const p = (i: number, k: number) => positions[i * 3 + k]!;
    const u = [p(b, 0) - p(a, 0), p(b, 1) - p(a, 1), p(b, 2) - p(a, 2)];
    const v = [p(c, 0) - p(a, 0), p(c, 1) - p(a, 1), p(c, 2) - p(a, 2)];
    const cross = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
    const dot = cross[0]! * normals[a * 3]! + cross[1]! * normals[a * 3 + 1]! + cross[2]! * normals[a * 3 + 2]!;
    signs.push(Math.sign(dot));
  }
  return signs;
}

function bounds(data: MeshData) {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < data.positions.length; i++) {
    min[i % 3] = Math.min(min[i % 3]!, data.positions[i]!);
    max[i % 3] = Math.max(max[i % 3]!, data.positions[i]!);
  }
  return { min, max };
}

describe('boxesToMeshData', () => {
  it('winds every face the way Babylon does', () => {
    const babylon = CreateBoxVertexData({ size: 1 });
    const reference = new Set(windingSigns(babylon.positions!, babylon.normals!, babylon.indices!));
    expect(reference).toEqual(new Set([-1]));
    const ours = boxesToMeshData([placeBox({ x: 3, z: 4, yawDeg: 0 }, { x: 0, y: 0, z: 0, width: 2, height: 1, depth: 3, yawDeg: 30 }, grey)]);
    expect(new Set(windingSigns(ours.positions, ours.normals, ours.indices))).toEqual(reference);
  });

  it('puts a box where it says: centre x/z, bottom y', () => {
    const data = boxesToMeshData([{ x: 5, y: 1, z: -2, width: 2, height: 3, depth: 4, yaw: 0, color: grey }]);
    const b = bounds(data);
    expect(b.min.map((v) => +v.toFixed(5))).toEqual([4, 1, -4]);
    expect(b.max.map((v) => +v.toFixed(5))).toEqual([6, 4, 0]);
    expect(data.indices.length).toBe(36);
    expect(data.colors!.length).toBe(24 * 4);
  });

  it('merges many boxes into one index space', () => {
    const boxes = Array.from({ length: 10 }, (_, i) => ({ x: i, y: 0, z: 0, width: 1, height: 1, depth: 1, yaw: 0, color: grey }));
    const data = boxesToMeshData(boxes);
    expect(data.positions.length).toBe(10 * 24 * 3);
    expect(Math.max(...data.indices)).toBe(10 * 24 - 1);
  });
});

describe('quadsToMeshData', () => {
  it('faces its readable side toward facingYaw and winds it front-facing', () => {
    const south = quadsToMeshData([{ x: 0, y: 1, z: 0, width: 2, height: 0.5, facingYaw: Math.PI, uv: [0, 0, 1, 1] }]);
    expect(south.normals[2]).toBeCloseTo(-1);
    expect(new Set(windingSigns(south.positions, south.normals, south.indices))).toEqual(new Set([-1]));
    // Seen from the south, u grows to the reader's right, which is east (+x).
    expect(south.positions[0]).toBeLessThan(south.positions[3]!);
    expect(south.uvs![0]).toBe(0);
    expect(south.uvs![2]).toBe(1);
  });
});
