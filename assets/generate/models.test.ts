import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { NodeIO } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { writeGlb } from './gltf-writer';
import { type GlbReport, countWindingMismatches, inspectGlb } from './inspect-glb';
import { GENERATOR, type ModelSpec, boundsOf } from './model-spec';
import { AVATAR_BODY_MATERIAL } from './models/avatar';
import { buildAllModels } from './models/index';
import { type Vec3, dot, sub, vec3At } from './vec';

const MODELS_DIR = fileURLToPath(new URL('../models/', import.meta.url));
const REQUIRED = [
  'machine', 'chair', 'bottle', 'phone', 'box-package', 'lamp', 'shelf-unit', 'vehicle', 'avatar',
];

const specs = buildAllModels();
// Built once: every test below looks at the same bytes the generator would write.
const built = await Promise.all(specs.map(async (spec) => {
  const bytes = await writeGlb(spec);
  return { spec, bytes, report: await inspectGlb(bytes) };
}));
const cases = built.map((b): [string, { spec: ModelSpec; bytes: Uint8Array; report: GlbReport }] => [b.spec.name, b]);

describe('model catalogue', () => {
  it('has every required model plus at least two extras, with unique kebab-case names', () => {
    const names = specs.map((s) => s.name);
    for (const r of REQUIRED) expect(names).toContain(r);
    expect(names.length).toBeGreaterThanOrEqual(REQUIRED.length + 2);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has distinct product kinds', () => {
    const kinds = specs.filter((s) => s.kind !== 'avatar').map((s) => s.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});

describe.each(cases)('%s', (_name, { spec, bytes, report }) => {
  it('every part is CCW-wound with outward normals', () => {
    for (const p of spec.parts) {
      const m = p.mesh;
      expect(countWindingMismatches(m.positions, m.normals, m.indices), p.name).toBe(0);
      if (!m.convex) continue; // tori: covered by the primitive tests and the winding check
      const b = boundsOf([m]);
      const c: Vec3 = [(b.min[0] + b.max[0]) / 2, (b.min[1] + b.max[1]) / 2, (b.min[2] + b.max[2]) / 2];
      for (let i = 0; i < m.positions.length / 3; i++) {
        expect(dot(vec3At(m.normals, i), sub(vec3At(m.positions, i), c)), `${p.name} vertex ${i}`).toBeGreaterThan(0);
      }
    }
  });

  it('reads back cleanly with the expected structure', () => {
    expect(report.issues).toEqual([]);
    expect(report.name).toBe(spec.name);
    expect(report.kind).toBe(spec.kind);
    expect(report.triangles).toBeGreaterThan(0);
    expect(report.triangles).toBeLessThan(5000);
    // "Several coloured parts": at least three distinct materials.
    expect(report.materials.length).toBeGreaterThanOrEqual(3);
  });

  it('stands on the floor, centred, at its real-world size', () => {
    expect(report.min[1]).toBeCloseTo(0, 5);
    expect(report.min[0] + report.max[0]).toBeCloseTo(0, 4);
    expect(report.min[2] + report.max[2]).toBeCloseTo(0, 4);
    for (let a = 0; a < 3; a++) {
      const actual = (report.max[a] ?? 0) - (report.min[a] ?? 0);
      const nominal = spec.nominalSize[a] ?? 0;
      expect(Math.abs(actual - nominal) / nominal, `axis ${a}: ${actual} vs ${nominal}`).toBeLessThan(0.1);
    }
  });

  it('round-trips through NodeIO with names and extras intact', async () => {
    const doc = await new NodeIO().readBinary(bytes);
    const root = doc.getRoot();
    const scene = root.getDefaultScene();
    expect(scene?.getName()).toBe(spec.name);
    const node = scene?.listChildren()[0];
    expect(node?.getName()).toBe(spec.name);
    expect(node?.getExtras()).toEqual({ kind: spec.kind, category: spec.category, generator: GENERATOR });
    expect(root.getAsset().extras).toEqual({ kind: spec.kind, category: spec.category, generator: GENERATOR });
    // The reader does not surface asset.generator, so look at the raw JSON chunk for it.
    const { json } = await new NodeIO().binaryToJSON(bytes);
    expect(json.asset.generator).toBe(GENERATOR);
    expect(root.listTextures()).toHaveLength(0);
  });

  it('is deterministic: building again gives identical bytes', async () => {
    const again = await writeGlb(buildAllModels().find((s) => s.name === spec.name) ?? spec);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
  });

  it('matches the committed file in assets/models (run `npm run assets` if this fails)', async () => {
    const onDisk = await readFile(`${MODELS_DIR}${spec.name}.glb`);
    expect(Buffer.compare(onDisk, Buffer.from(bytes))).toBe(0);
  });
});

describe('avatar', () => {
  const avatar = built.find((b) => b.spec.name === 'avatar');

  it('is 1.75 m tall with a tintable body material', () => {
    expect(avatar?.report.max[1]).toBeCloseTo(1.75, 3);
    expect(avatar?.report.materials).toContain(AVATAR_BODY_MATERIAL);
  });

  it('faces +Z: the visor sits in front of the head', () => {
    const visor = avatar?.spec.parts.find((p) => p.name === 'visor');
    expect(visor).toBeDefined();
    expect(boundsOf(visor ? [visor.mesh] : []).max[2]).toBeGreaterThan(0.1);
  });
});

describe('front is +Z', () => {
  const centreZ = (model: string, part: string): number => {
    const spec = specs.find((s) => s.name === model);
    const meshes = spec?.parts.filter((p) => p.name.startsWith(part)).map((p) => p.mesh) ?? [];
    expect(meshes.length).toBeGreaterThan(0);
    const b = boundsOf(meshes);
    return (b.min[2] + b.max[2]) / 2;
  };

  it('vehicle headlights are at the front, taillights at the back', () => {
    expect(centreZ('vehicle', 'headlight')).toBeGreaterThan(1.2);
    expect(centreZ('vehicle', 'taillight')).toBeLessThan(-1.2);
  });

  it('machine door and phone screen face +Z', () => {
    expect(centreZ('machine', 'door-window')).toBeGreaterThan(0.5);
    expect(centreZ('phone', 'screen')).toBeGreaterThan(centreZ('phone', 'camera-bump'));
  });
});

describe('output folder', () => {
  it('stays under 1 MB in total', async () => {
    const files = (await readdir(MODELS_DIR)).filter((f) => f.endsWith('.glb'));
    let total = 0;
    for (const f of files) total += (await readFile(`${MODELS_DIR}${f}`)).byteLength;
    expect(total).toBeLessThan(1024 * 1024);
  });
});
