import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HallView } from '../../model';
import { buildHallFixture } from '../testing/hall-fixture';
import { CountingTarget, stubCanvas } from '../testing/headless';
import { syntheticGridLayout, syntheticInlineTemplate } from '../testing/synthetic-hall';
import { createEditorPreview } from './create-editor-preview';
import type { EditorPreview } from './editor-preview-types';
import { boothToHall, hallToBooth } from './preview-geometry';

describe('createEditorPreview (NullEngine)', () => {
  let engine: NullEngine;
  let preview: EditorPreview | undefined;
  let view: HallView;

  beforeEach(() => {
    engine = new NullEngine();
    view = buildHallFixture(syntheticGridLayout(), [syntheticInlineTemplate()]);
  });
  afterEach(() => {
    preview?.dispose();
    engine.dispose();
  });

  const open = (v: HallView) =>
    (preview = createEditorPreview(new CountingTarget() as unknown as HTMLCanvasElement, v, { locale: 'en', engine, loadModels: false, createCanvas: stubCanvas }));

  it('rebuilds only the booth whose design changed, and the shell only when the layout changed', () => {
    const p = open(view);
    expect(p.stats().rebuiltBooths).toBe(view.booths.length);
    const booth = view.booths[3]!;
    const moved = { ...booth, design: { ...booth.design, items: booth.design.items.map((i, k) => (k === 0 ? { ...i, x: i.x + 0.2 } : i)) } };
    p.setView({ ...view, booths: view.booths.map((b) => (b === booth ? moved : b)) });
    expect(p.stats()).toMatchObject({ rebuiltBooths: 1, rebuiltShell: false });
    const slot = view.layout.slots[0]!;
    p.setView({ ...view, layout: { ...view.layout, slots: view.layout.slots.map((s) => (s === slot ? { ...s, x: s.x + 1 } : s)) } });
    expect(p.stats()).toMatchObject({ rebuiltBooths: 2, rebuiltShell: true });
  });

  it('removes a booth that left the view and frees every mesh on dispose', () => {
    const p = open(view);
    const before = p.stats().meshes;
    p.setView({ ...view, booths: view.booths.slice(1) });
    expect(p.stats().meshes).toBeLessThan(before);
    p.setSelection([view.booths[1]!.design.items[0]!.id]);
    const scene = engine.scenes[0]!;
    p.dispose();
    preview = undefined;
    expect(scene.meshes).toHaveLength(0);
    expect(engine.scenes).toHaveLength(0);
  });

  it('tells frames apart after each render', async () => {
    const p = open(view);
    const at = await new Promise<number>((resolve) => {
      const off = p.on('frame', (f) => {
        off();
        resolve(f.at);
      });
    });
    expect(at).toBeGreaterThan(0);
  });
});

describe('hallToBooth', () => {
  it('inverts boothToHall for every slot rotation, stretch included', () => {
    const template = syntheticInlineTemplate();
    for (const rotation of [0, 90, 180, 270] as const) {
      const slot = { id: 's', label: 'S', kind: 'inline' as const, x: 10, z: 20, width: 3, depth: 4, rotation };
      const hall = boothToHall(slot, template, 0.7, -1.1);
      const back = hallToBooth(slot, template, hall.x, hall.z);
      expect(back.x).toBeCloseTo(0.7);
      expect(back.z).toBeCloseTo(-1.1);
    }
  });
});
