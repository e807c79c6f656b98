/**
 * Pure geometry builders. Each returns indexed triangles with per-vertex normals, centred on the
 * origin, front faces counter-clockwise (glTF convention) and normals pointing outward.
 * Models place them with `transform`; nothing here knows about glTF or materials.
 */
import {
  type Mat3, type Vec3, eulerToMat3, mulMat3, normalize, vec3At,
} from './vec';

export interface MeshData {
  positions: number[];
  normals: number[];
  indices: number[];
  /**
   * True when the shape is convex, so "normal points away from the centre" is a valid check.
   * Tori and merged meshes are not; tests fall back to the winding-vs-normal check for them.
   */
  convex: boolean;
}

export interface Transform {
  /** Applied first: per-axis size factor (negative values mirror; winding is fixed up). */
  scale?: Vec3;
  /** Applied second: Euler radians, X then Y then Z. */
  rotate?: Vec3;
  /** Applied last. */
  translate?: Vec3;
}

const TAU = Math.PI * 2;

/** Applies scale → rotate → translate to a copy. Normals use the inverse-transpose so squashed spheres still shade right. */
export function transform(mesh: MeshData, t: Transform = {}): MeshData {
  const s = t.scale ?? [1, 1, 1];
  const r: Mat3 = eulerToMat3(t.rotate ?? [0, 0, 0]);
  const tr = t.translate ?? [0, 0, 0];
  const positions: number[] = [];
  const normals: number[] = [];
  const count = mesh.positions.length / 3;
  for (let i = 0; i < count; i++) {
    const p = vec3At(mesh.positions, i);
    const q = mulMat3(r, [p[0] * s[0], p[1] * s[1], p[2] * s[2]]);
    positions.push(q[0] + tr[0], q[1] + tr[1], q[2] + tr[2]);
    const n = vec3At(mesh.normals, i);
    const m = normalize(mulMat3(r, [n[0] / s[0], n[1] / s[1], n[2] / s[2]]));
    normals.push(m[0], m[1], m[2]);
  }
  // A mirror turns counter-clockwise triangles clockwise; swap two corners to keep fronts outside.
  const mirrored = s[0] * s[1] * s[2] < 0;
  const indices = mirrored ? flipWinding(mesh.indices) : [...mesh.indices];
  return { positions, normals, indices, convex: mesh.convex };
}

function flipWinding(indices: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < indices.length; i += 3) out.push(indices[i] ?? 0, indices[i + 2] ?? 0, indices[i + 1] ?? 0);
  return out;
}

/** Concatenates meshes into one index space (used per material when writing). */
export function merge(meshes: readonly MeshData[]): MeshData {
  const out: MeshData = { positions: [], normals: [], indices: [], convex: false };
  for (const m of meshes) {
    const base = out.positions.length / 3;
    out.positions.push(...m.positions);
    out.normals.push(...m.normals);
    for (const i of m.indices) out.indices.push(base + i);
  }
  if (meshes.length === 1 && meshes[0]) out.convex = meshes[0].convex;
  return out;
}

export const triangleCount = (m: MeshData): number => m.indices.length / 3;

/** Axis-aligned box of size w×h×d. Four vertices per face so edges stay sharp. */
export function box(size: Vec3, t?: Transform): MeshData {
  const m: MeshData = { positions: [], normals: [], indices: [], convex: true };
  const half = (axis: number): number => (size[axis] ?? 0) / 2;
  for (let axis = 0; axis < 3; axis++) {
    for (const sign of [1, -1]) {
      // Tangents chosen so u × v = normal, which makes the quad below counter-clockwise from outside.
      const u = sign > 0 ? (axis + 1) % 3 : (axis + 2) % 3;
      const v = sign > 0 ? (axis + 2) % 3 : (axis + 1) % 3;
      const base = m.positions.length / 3;
      for (const [su, sv] of [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const) {
        const p = [0, 0, 0];
        const n = [0, 0, 0];
        p[axis] = sign * half(axis);
        p[u] = su * half(u);
        p[v] = sv * half(v);
        n[axis] = sign;
        m.positions.push(p[0] ?? 0, p[1] ?? 0, p[2] ?? 0);
        m.normals.push(n[0] ?? 0, n[1] ?? 0, n[2] ?? 0);
      }
      m.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
    }
  }
  return t ? transform(m, t) : m;
}

/** One ring of a surface of revolution around +Y: radius, height, and the normal in (radial, up) form. */
interface LatheRow {
  r: number;
  y: number;
  nr: number;
  ny: number;
}

/**
 * Sweeps rows (ordered bottom to top) around the Y axis. The angle runs from +Z towards +X, so
 * (lower i, lower i+1, upper i+1) is counter-clockwise seen from outside. Triangles that would
 * collapse at a pole (radius 0) are skipped rather than emitted as zero-area slivers.
 */
function lathe(rows: readonly LatheRow[], segments: number, convex: boolean): MeshData {
  const m: MeshData = { positions: [], normals: [], indices: [], convex };
  for (const row of rows) {
    for (let i = 0; i <= segments; i++) {
      const a = (i / segments) * TAU;
      const [sx, cz] = [Math.sin(a), Math.cos(a)];
      m.positions.push(row.r * sx, row.y, row.r * cz);
      const n = normalize([row.nr * sx, row.ny, row.nr * cz]);
      m.normals.push(n[0], n[1], n[2]);
    }
  }
  const stride = segments + 1;
  for (let k = 0; k + 1 < rows.length; k++) {
    const lower = rows[k];
    const upper = rows[k + 1];
    if (!lower || !upper) continue;
    for (let i = 0; i < segments; i++) {
      const l0 = k * stride + i;
      const u0 = (k + 1) * stride + i;
      if (lower.r > 0) m.indices.push(l0, l0 + 1, u0 + 1);
      if (upper.r > 0) m.indices.push(l0, u0 + 1, u0);
    }
  }
  return m;
}

/** Flat disc at height y facing up (+Y) or down (-Y). */
function disc(radius: number, y: number, up: boolean, segments: number): MeshData {
  const m: MeshData = { positions: [0, y, 0], normals: [0, up ? 1 : -1, 0], indices: [], convex: true };
  for (let i = 0; i <= segments; i++) {
    const a = (i / segments) * TAU;
    m.positions.push(radius * Math.sin(a), y, radius * Math.cos(a));
    m.normals.push(0, up ? 1 : -1, 0);
  }
  for (let i = 1; i <= segments; i++) m.indices.push(...(up ? [0, i, i + 1] : [0, i + 1, i]));
  return m;
}

export interface CylinderOptions {
  radiusTop: number;
  radiusBottom: number;
  height: number;
  segments?: number;
  /** Caps can be dropped where another part hides them, saving triangles. */
  capTop?: boolean;
  capBottom?: boolean;
}

/** Cylinder or frustum along Y, centred on the origin. A zero radius gives a cone with no cap there. */
export function cylinder(o: CylinderOptions, t?: Transform): MeshData {
  const seg = o.segments ?? 24;
  const h = o.height;
  // Side normal of a frustum tilts by the radius change over the height.
  const nr = h;
  const ny = o.radiusBottom - o.radiusTop;
  const parts = [lathe([
    { r: o.radiusBottom, y: -h / 2, nr, ny },
    { r: o.radiusTop, y: h / 2, nr, ny },
  ], seg, true)];
  if ((o.capTop ?? true) && o.radiusTop > 0) parts.push(disc(o.radiusTop, h / 2, true, seg));
  if ((o.capBottom ?? true) && o.radiusBottom > 0) parts.push(disc(o.radiusBottom, -h / 2, false, seg));
  const m = { ...merge(parts), convex: true };
  return t ? transform(m, t) : m;
}

/** Shorthand for a round rod: same radius top and bottom. */
export function rod(radius: number, height: number, segments = 16, t?: Transform): MeshData {
  return cylinder({ radiusTop: radius, radiusBottom: radius, height, segments }, t);
}

/** Cone with its apex up, base centred at y = -height/2. */
export function cone(radius: number, height: number, segments = 24, t?: Transform): MeshData {
  return cylinder({ radiusTop: 0, radiusBottom: radius, height, segments }, t);
}

/** Rows of a hemisphere-like arc, bottom to top, offset vertically; shared by sphere and capsule. */
function arcRows(radius: number, fromPolar: number, toPolar: number, steps: number, yOffset: number): LatheRow[] {
  const rows: LatheRow[] = [];
  for (let j = 0; j <= steps; j++) {
    // Polar angle measured from +Y; walking from large to small angle goes bottom to top.
    const phi = fromPolar + ((toPolar - fromPolar) * j) / steps;
    const [nr, ny] = [Math.sin(phi), Math.cos(phi)];
    // Snap the pole radius to exactly 0 so lathe() knows to skip degenerate triangles there.
    const r = Math.abs(nr) < 1e-9 ? 0 : radius * nr;
    rows.push({ r, y: radius * ny + yOffset, nr, ny });
  }
  return rows;
}

/** UV sphere. Use `transform` with a non-uniform scale for ellipsoids ("sphere-ish" shapes). */
export function sphere(radius: number, widthSegments = 24, heightSegments = 12, t?: Transform): MeshData {
  const m = lathe(arcRows(radius, Math.PI, 0, heightSegments, 0), widthSegments, true);
  return t ? transform(m, t) : m;
}

/** Capsule along Y: a cylinder of `height` total length (including the two hemispherical ends). */
export function capsule(radius: number, height: number, segments = 24, capSegments = 6, t?: Transform): MeshData {
  const straight = Math.max(0, height - 2 * radius);
  const rows = [
    ...arcRows(radius, Math.PI, Math.PI / 2, capSegments, -straight / 2),
    ...arcRows(radius, Math.PI / 2, 0, capSegments, straight / 2),
  ];
  const m = lathe(rows, segments, true);
  return t ? transform(m, t) : m;
}

/**
 * Torus lying in the XZ plane (axis Y). The tube angle starts at the outer equator and runs
 * upwards, matching the lathe's orientation so fronts face outward from the tube.
 */
export function torus(
  majorRadius: number, minorRadius: number, radialSegments = 24, tubeSegments = 8, t?: Transform,
): MeshData {
  const m: MeshData = { positions: [], normals: [], indices: [], convex: false };
  for (let j = 0; j <= tubeSegments; j++) {
    const phi = (j / tubeSegments) * TAU;
    for (let i = 0; i <= radialSegments; i++) {
      const a = (i / radialSegments) * TAU;
      const d: Vec3 = [Math.sin(a), 0, Math.cos(a)];
      const n: Vec3 = [d[0] * Math.cos(phi), Math.sin(phi), d[2] * Math.cos(phi)];
      m.positions.push(
        majorRadius * d[0] + minorRadius * n[0], minorRadius * n[1], majorRadius * d[2] + minorRadius * n[2],
      );
      m.normals.push(n[0], n[1], n[2]);
    }
  }
  const stride = radialSegments + 1;
  for (let j = 0; j < tubeSegments; j++) {
    for (let i = 0; i < radialSegments; i++) {
      const l0 = j * stride + i;
      const u0 = (j + 1) * stride + i;
      m.indices.push(l0, l0 + 1, u0 + 1, l0, u0 + 1, u0);
    }
  }
  return t ? transform(m, t) : m;
}
