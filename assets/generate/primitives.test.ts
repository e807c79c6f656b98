import { describe, expect, it } from 'vitest';
import { countWindingMismatches } from './inspect-glb';
import { boundsOf } from './model-spec';
import {
  type MeshData, box, capsule, cone, cylinder, merge, rod, sphere, torus, transform, triangleCount,
} from './primitives';
import { type Vec3, dot, length, sub, vec3At } from './vec';

/** Counts vertices whose normal does not point away from the shape's bounding-box centre. */
function inwardNormals(m: MeshData): number {
  const b = boundsOf([m]);
  const c: Vec3 = [(b.min[0] + b.max[0]) / 2, (b.min[1] + b.max[1]) / 2, (b.min[2] + b.max[2]) / 2];
  let bad = 0;
  for (let i = 0; i < m.positions.length / 3; i++) {
    if (dot(vec3At(m.normals, i), sub(vec3At(m.positions, i), c)) <= 0) bad++;
  }
  return bad;
}

function expectWellFormed(m: MeshData): void {
  const vertexCount = m.positions.length / 3;
  expect(m.normals.length).toBe(m.positions.length);
  expect(m.indices.length % 3).toBe(0);
  expect(Math.max(...m.indices)).toBeLessThan(vertexCount);
  expect(Math.min(...m.indices)).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < vertexCount; i++) expect(length(vec3At(m.normals, i))).toBeCloseTo(1, 6);
  expect(countWindingMismatches(m.positions, m.normals, m.indices)).toBe(0);
}

const convexShapes: [string, MeshData, number][] = [
  ['box', box([1, 2, 3]), 12],
  ['cylinder', cylinder({ radiusTop: 0.5, radiusBottom: 0.5, height: 2, segments: 16 }), 16 * 4],
  ['frustum', cylinder({ radiusTop: 0.2, radiusBottom: 0.6, height: 1, segments: 12 }), 12 * 4],
  ['inverted frustum', cylinder({ radiusTop: 0.6, radiusBottom: 0.2, height: 1, segments: 12 }), 12 * 4],
  ['open-ended cylinder', cylinder({ radiusTop: 1, radiusBottom: 1, height: 1, segments: 8, capTop: false, capBottom: false }), 8 * 2],
  ['cone', cone(0.5, 1, 20), 20 * 2],
  ['sphere', sphere(1, 16, 8), 16 * (2 * 8 - 2)],
  ['capsule', capsule(0.3, 1.5, 16, 4), 16 * (2 * (2 * 4 + 1) - 2)],
  ['ellipsoid (scaled sphere)', sphere(1, 16, 8, { scale: [0.2, 1.5, 0.7] }), 16 * 14],
  ['rotated, scaled box', box([1, 1, 1], { scale: [3, 0.2, 1], rotate: [0.3, 1.1, -0.7], translate: [5, 1, -2] }), 12],
];

describe('primitive builders', () => {
  it.each(convexShapes)('%s is well formed, CCW-outward, with the expected triangle count', (_name, mesh, tris) => {
    expectWellFormed(mesh);
    expect(triangleCount(mesh)).toBe(tris);
    expect(mesh.convex).toBe(true);
    expect(inwardNormals(mesh)).toBe(0);
  });

  it('box has the requested size, centred on the origin', () => {
    const b = boundsOf([box([1, 2, 3])]);
    expect(b.min).toEqual([-0.5, -1, -1.5]);
    expect(b.max).toEqual([0.5, 1, 1.5]);
  });

  it('cylinder, sphere and capsule have the requested extents', () => {
    const c = boundsOf([rod(0.25, 2, 32)]);
    expect(c.min[1]).toBeCloseTo(-1);
    expect(c.max[1]).toBeCloseTo(1);
    expect(c.max[2]).toBeCloseTo(0.25);
    const s = boundsOf([sphere(2, 24, 12)]);
    expect(s.max[1]).toBeCloseTo(2);
    expect(s.min[1]).toBeCloseTo(-2);
    const k = boundsOf([capsule(0.2, 1.7)]);
    expect(k.max[1] - k.min[1]).toBeCloseTo(1.7);
    expect(k.max[0]).toBeCloseTo(0.2);
  });

  it('torus normals point away from the tube centre line', () => {
    const t = torus(1, 0.25, 24, 8);
    expectWellFormed(t);
    expect(t.convex).toBe(false);
    expect(triangleCount(t)).toBe(24 * 8 * 2);
    for (let i = 0; i < t.positions.length / 3; i++) {
      const p = vec3At(t.positions, i);
      const ring = Math.hypot(p[0], p[2]);
      const tubeCentre: Vec3 = [p[0] / ring, 0, p[2] / ring];
      expect(dot(vec3At(t.normals, i), sub(p, tubeCentre))).toBeGreaterThan(0);
    }
  });
});

describe('transform and merge', () => {
  it('a Z rotation of 90° turns a Y-axis cylinder into an X-axis one', () => {
    const b = boundsOf([rod(0.1, 2, 16, { rotate: [0, 0, Math.PI / 2] })]);
    expect(b.max[0]).toBeCloseTo(1);
    expect(b.max[1]).toBeCloseTo(0.1);
  });

  it('a positive X rotation tips +Y towards +Z (the convention models rely on)', () => {
    const stick = box([0.01, 1, 0.01], { translate: [0, 0.5, 0] });
    const b = boundsOf([transform(stick, { rotate: [0.5, 0, 0] })]);
    expect(b.max[2]).toBeGreaterThan(0.4);
  });

  it('mirroring keeps faces outward by flipping the winding', () => {
    const mirrored = sphere(1, 12, 6, { scale: [-1, 1, 1] });
    expectWellFormed(mirrored);
    expect(inwardNormals(mirrored)).toBe(0);
  });

  it('merge offsets indices and concatenates attributes', () => {
    const a = box([1, 1, 1]);
    const b = box([1, 1, 1], { translate: [3, 0, 0] });
    const m = merge([a, b]);
    expect(m.positions.length).toBe(a.positions.length * 2);
    expect(m.indices.slice(36)).toEqual(b.indices.map((i) => i + 24));
    expect(m.convex).toBe(false);
    expectWellFormed(m);
  });

  it('builders do not mutate their input when transformed', () => {
    const a = box([1, 1, 1]);
    const before = [...a.positions];
    transform(a, { translate: [1, 2, 3] });
    expect(a.positions).toEqual(before);
  });
});
