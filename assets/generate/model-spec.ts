/**
 * The in-memory description of a model: named parts, each a mesh plus a material. Model files
 * only compose primitives; `defineModel` enforces the placement convention for all of them.
 */
import type { MaterialSpec } from './materials';
import { type MeshData, transform } from './primitives';
import type { Vec3 } from './vec';

export const GENERATOR = 'open-expo assets/generate';

export interface Part {
  name: string;
  material: MaterialSpec;
  mesh: MeshData;
}

export interface ModelSpec {
  /** File stem and scene-root name, kebab-case (e.g. `box-package`). */
  name: string;
  /** What the engine may key behaviour on (e.g. `vehicle`, `avatar`). */
  kind: string;
  /** Broad grouping for catalogue filters. */
  category: string;
  /** One line for the README. */
  description: string;
  /** Intended real-world extent in metres (x width, y height, z depth); tests compare against it. */
  nominalSize: Vec3;
  parts: Part[];
}

export interface Bounds {
  min: Vec3;
  max: Vec3;
}

export function boundsOf(meshes: readonly MeshData[]): Bounds {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const m of meshes) {
    for (let i = 0; i < m.positions.length; i++) {
      const v = m.positions[i] ?? 0;
      const a = i % 3;
      if (v < (min[a] ?? Infinity)) min[a] = v;
      if (v > (max[a] ?? -Infinity)) max[a] = v;
    }
  }
  return { min: [min[0] ?? 0, min[1] ?? 0, min[2] ?? 0], max: [max[0] ?? 0, max[1] ?? 0, max[2] ?? 0] };
}

/** Shorthand used by model files. */
export const part = (name: string, material: MaterialSpec, mesh: MeshData): Part => ({ name, material, mesh });

/**
 * Moves the whole model so it stands on the floor (min y = 0) with its footprint centred on the
 * origin. Doing it here, not in every model, means a model can be designed around any handy pivot.
 */
export function defineModel(spec: ModelSpec): ModelSpec {
  const b = boundsOf(spec.parts.map((p) => p.mesh));
  const offset: Vec3 = [-(b.min[0] + b.max[0]) / 2, -b.min[1], -(b.min[2] + b.max[2]) / 2];
  return { ...spec, parts: spec.parts.map((p) => ({ ...p, mesh: transform(p.mesh, { translate: offset }) })) };
}
