import '@babylonjs/core/Materials/standardMaterial';
import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { Scene } from '@babylonjs/core/scene';
import { afterEach, describe, expect, it } from 'vitest';
import { boxModelLoader } from '../testing/headless';
import { ProductModels, type ProductMeshMetadata } from './product-models';
import type { ProductPlacement } from './product-placement';

const place = (i: number, url: string): ProductPlacement => ({ productId: `p${i}`, exhibitorId: `e${i}`, slotId: `s${i}`, glbUrl: url, x: i * 10, y: 0, z: 0, yawDeg: 0, scale: 1, plinth: -1 });

describe('ProductModels level of detail', () => {
  const engine = new NullEngine();
  afterEach(() => {
    for (const s of [...engine.scenes]) s.dispose();
  });

  it('draws near products as model instances and far ones as one impostor mesh, and follows the visitor', async () => {
    const scene = new Scene(engine);
    // Ten stands 10 m apart along x, two models alternating.
    const placements = Array.from({ length: 10 }, (_, i) => place(i, i % 2 ? '/m/a.glb' : '/m/b.glb'));
    let changed = 0;
    const models = new ProductModels(scene, placements, {
      load: boxModelLoader(),
      resolveUrl: (u) => u,
      origin: { x: 0, z: 0 },
      onLoaded: () => undefined,
      onError: (m) => expect.fail(m),
      onPlinth: () => undefined,
      onChanged: () => changed++,
      lodDistance: 25,
    });
    await models.loadAll();
    // From x = 0: stands at 0, 10, 20 are near.
    expect(models.lodCounts()).toEqual({ models: 3, impostors: 7 });
    expect(changed).toBeGreaterThan(0);
    const parts = scene.meshes.filter((m) => (m.metadata as ProductMeshMetadata | null)?.productInstances);
    const shown = parts.flatMap((m) => (m.metadata as ProductMeshMetadata).productInstances.map((p) => p.productId)).sort();
    expect(shown).toEqual(['p0', 'p1', 'p2']);
    // Each part draws exactly its near instances; picking metadata stays in step with them.
    for (const part of parts) expect((part as unknown as { thinInstanceCount: number }).thinInstanceCount).toBe((part.metadata as ProductMeshMetadata).productInstances.length);
    const impostors = scene.getMeshByName('product-impostors') as unknown as { thinInstanceCount: number };
    expect(impostors.thinInstanceCount).toBe(7);

    models.applyLod(90, 0);
    expect(models.lodCounts()).toEqual({ models: 3, impostors: 7 });
    const now = parts.flatMap((m) => (m.metadata as ProductMeshMetadata).productInstances.map((p) => p.productId)).sort();
    expect(now).toEqual(['p7', 'p8', 'p9']);

    models.applyLod(500, 0);
    expect(models.lodCounts()).toEqual({ models: 0, impostors: 10 });
    // A model with nothing near is switched off rather than drawn with zero instances.
    expect(parts.every((p) => !p.isEnabled())).toBe(true);

    models.dispose();
    expect(scene.meshes.filter((m) => m.name === 'product-impostors' || m.name === 'part')).toHaveLength(0);
  });

  it('places loaded models again when the stands move, loading only models new to them', async () => {
    const scene = new Scene(engine);
    const loader = boxModelLoader();
    const plinths: number[] = [];
    const standsAt = (xs: number[], url = '/m/a.glb') => xs.map((x, i) => ({ ...place(i, url), x, plinth: i }));
    const models = new ProductModels(scene, standsAt([0, 2]), {
      load: loader,
      resolveUrl: (u) => u,
      origin: { x: 0, z: 0 },
      onLoaded: () => undefined,
      onError: (m) => expect.fail(m),
      onPlinth: (i) => plinths.push(i),
      lodDistance: 25,
    });
    await models.loadAll();
    expect(loader.calls).toEqual(['/m/a.glb']);
    const part = scene.meshes.find((m) => m.name === 'part') as unknown as { thinInstanceCount: number; _thinInstanceDataStorage: { matrixData: Float32Array } };
    // The second stand moves 3 m along x and a third comes: placed at once, nothing loaded again.
    plinths.length = 0;
    models.setPlacements(standsAt([0, 5, 8]));
    expect(loader.calls).toEqual(['/m/a.glb']);
    expect(models.lodCounts()).toEqual({ models: 3, impostors: 0 });
    expect(part.thinInstanceCount).toBe(3);
    // Matrix translations (elements 12..14 of each 4×4) follow the stands.
    const xs = [0, 1, 2].map((i) => part._thinInstanceDataStorage.matrixData[i * 16 + 12]);
    expect(xs).toEqual([0, 5, 8]);
    // The plinths are sized again (the rebuilt booth's new plinth meshes hear of them).
    expect(plinths.sort()).toEqual([0, 1, 2]);
    // A stand with another model: only that model loads; the stands without model a are hidden, not disposed.
    models.setPlacements([...standsAt([0]), { ...place(9, '/m/b.glb'), x: 1 }]);
    await new Promise((done) => setTimeout(done, 0));
    expect(loader.calls).toEqual(['/m/a.glb', '/m/b.glb']);
    expect(models.lodCounts()).toEqual({ models: 2, impostors: 0 });
    models.setPlacements([]);
    expect(models.lodCounts()).toEqual({ models: 0, impostors: 0 });
    expect(scene.meshes.filter((m) => m.name === 'part' && m.isEnabled())).toHaveLength(0);
    models.setPlacements(standsAt([4]));
    expect(loader.calls).toHaveLength(2);
    expect(models.lodCounts()).toEqual({ models: 1, impostors: 0 });
    models.dispose();
  });
});
