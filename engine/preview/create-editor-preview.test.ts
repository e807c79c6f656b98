import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { footprintRect, type HallView } from '../../model';
import { buildHallFixture } from '../testing/hall-fixture';
import { boxModelLoader, CountingTarget, stubCanvas } from '../testing/headless';
import { syntheticGridLayout, syntheticInlineTemplate } from '../testing/synthetic-hall';
import { createEditorPreview } from './create-editor-preview';
import type { EditorPreview } from './editor-preview-types';
import { PREVIEW_CONFIG } from './preview-config';
import { slotsNear } from './preview-neighbourhood';
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

  it('rebuilds only the booth whose design changed, and the shell only when what it is drawn from changed', () => {
    const p = open(view);
    expect(p.stats().rebuiltBooths).toBe(view.booths.length);
    const booth = view.booths[3]!;
    const moved = { ...booth, design: { ...booth.design, items: booth.design.items.map((i, k) => (k === 0 ? { ...i, x: i.x + 0.2 } : i)) } };
    p.setView({ ...view, booths: view.booths.map((b) => (b === booth ? moved : b)) });
    expect(p.stats()).toMatchObject({ rebuiltBooths: 1, rebuiltShell: false });
    const slot = view.layout.slots[0]!;
    const movedSlot = { ...view.layout, slots: view.layout.slots.map((s) => (s === slot ? { ...s, x: s.x + 1 } : s)) };
    p.setView({ ...view, layout: movedSlot });
    // A slot moved: its booth (and booth 3, back to its first design) are rebuilt, the walls are not.
    expect(p.stats()).toMatchObject({ rebuiltBooths: 2, rebuiltShell: false });
    p.setView({ ...view, layout: { ...movedSlot, size: { ...movedSlot.size, height: movedSlot.size.height + 1 } } });
    expect(p.stats()).toMatchObject({ rebuiltBooths: 0, rebuiltShell: true });
  });

  it('focused on a booth, builds only its neighbourhood and ignores edits farther away', () => {
    const focus = view.booths[0]!.slotId;
    const near = slotsNear(view.layout.slots, focus, PREVIEW_CONFIG.neighbourhoodRadius)!;
    preview = createEditorPreview(new CountingTarget() as unknown as HTMLCanvasElement, view, { locale: 'en', engine, loadModels: false, createCanvas: stubCanvas, focusSlotId: focus });
    const built = view.booths.filter((b) => near.has(b.slotId)).length;
    expect(built).toBeGreaterThan(1);
    expect(built).toBeLessThan(view.booths.length);
    expect(preview.stats().rebuiltBooths).toBe(built);
    const far = view.booths.find((b) => !near.has(b.slotId))!;
    const edited = { ...far, design: { ...far.design, items: far.design.items.slice(1) } };
    preview.setView({ ...view, booths: view.booths.map((b) => (b === far ? edited : b)) });
    expect(preview.stats().rebuiltBooths).toBe(0);
    // The focused booth is built alone: its edit rebuilds it only; its neighbours are one group.
    const mine = view.booths[0]!;
    const moved = { ...mine, design: { ...mine.design, items: mine.design.items.slice(1) } };
    preview.setView({ ...view, booths: view.booths.map((b) => (b === mine ? moved : b)) });
    expect(preview.stats().rebuiltBooths).toBe(1);
    const neighbour = view.booths.find((b) => b !== mine && near.has(b.slotId))!;
    preview.setView({ ...view, booths: view.booths.map((b) => (b === mine ? moved : b === neighbour ? { ...neighbour } : b)) });
    expect(preview.stats().rebuiltBooths).toBe(built - 1);
  });

  it('an edit of the focused booth keeps its product models (moved, not loaded again) and, with the same texts, its label atlas', async () => {
    const mine = view.booths.find((b) => b.design.items.some((i) => i.kind === 'product-stand'))!;
    const loader = boxModelLoader();
    const p = (preview = createEditorPreview(new CountingTarget() as unknown as HTMLCanvasElement, view, { locale: 'en', engine, loadModel: loader, createCanvas: stubCanvas, focusSlotId: mine.slotId }));
    const settle = () => new Promise((done) => setTimeout(done, 0));
    await settle();
    const loads = loader.calls.length;
    expect(loads).toBeGreaterThan(0);
    const scene = engine.scenes[0]!;
    const atlases = () => scene.textures.filter((t) => t.name === 'hall-labels');
    const before = atlases();
    const parts = () => scene.meshes.filter((m) => m.name === 'part' && m.isEnabled()).length;
    const shownParts = parts();
    expect(shownParts).toBeGreaterThan(0);
    // Move the booth's product stand: rebuilt, but no model loads again and none blinks out.
    const stand = mine.design.items.find((i) => i.kind === 'product-stand')!;
    const moved = { ...mine, design: { ...mine.design, items: mine.design.items.map((i) => (i === stand ? { ...i, x: i.x + 0.1 } : i)) } };
    p.setView({ ...view, booths: view.booths.map((b) => (b === mine ? moved : b)) });
    expect(p.stats().rebuiltBooths).toBe(1);
    expect(parts()).toBe(shownParts);
    await settle();
    expect(loader.calls.length).toBe(loads);
    // Same fascia texts: the very same atlas textures, none drawn or uploaded again.
    expect(atlases()).toEqual(before);
    // Another fascia name: the edited booth gets a new atlas; the neighbours keep theirs.
    const renamed = { ...moved, design: { ...moved.design, fasciaName: { en: 'Renamed', 'zh-CN': '改名' } } };
    p.setView({ ...view, booths: view.booths.map((b) => (b === mine ? renamed : b)) });
    expect(atlases()).toHaveLength(before.length);
    expect(atlases().filter((t) => before.includes(t))).toHaveLength(before.length - 1);
  });

  it('draws on demand: nothing while idle, a frame after an edit, a selection, a camera move or a request', async () => {
    const p = open(view);
    // Counts the engine's loop ticks, to wait for some to pass without a timer.
    let ticks = 0;
    const waiters: { at: number; done: () => void }[] = [];
    const counter = () => {
      ticks++;
      for (const w of waiters.splice(0)) if (ticks >= w.at) w.done();
      else waiters.push(w);
    };
    engine.runRenderLoop(counter);
    const afterTicks = (n: number) => new Promise<void>((done) => waiters.push({ at: ticks + n, done }));
    try {
      await afterTicks(3);
      const settled = p.stats().frames;
      expect(settled).toBeGreaterThan(0);
      await afterTicks(5);
      expect(p.stats().frames, 'idle: no frames').toBe(settled);

      const changes: [string, () => void][] = [
        ['setView', () => p.setView({ ...view, booths: view.booths.slice(2) })],
        ['setSelection', () => p.setSelection([view.booths[3]!.design.items[0]!.id])],
        ['camera', () => p.focusSlot(view.layout.slots[5]!.id)],
        ['requestFrame', () => p.requestFrame()],
      ];
      for (const [what, change] of changes) {
        const before = p.stats().frames;
        change();
        await afterTicks(4);
        expect(p.stats().frames - before, what).toBe(1);
      }
    } finally {
      engine.stopRenderLoop(counter);
    }
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

describe('createEditorPreview: one booth\'s items (item ids repeat across booths)', () => {
  it('picks and outlines only the given slot\'s item, never a neighbour\'s item of the same id', () => {
    const engine = new NullEngine({ renderWidth: 1280, renderHeight: 720, textureSize: 512, deterministicLockstep: false, lockstepMaxSteps: 1 });
    const view = buildHallFixture(syntheticGridLayout(), [syntheticInlineTemplate()]);
    const mine = view.booths[0]!;
    const near = slotsNear(view.layout.slots, mine.slotId, PREVIEW_CONFIG.neighbourhoodRadius)!;
    const theirs = view.booths.find((b) => b !== mine && near.has(b.slotId) && b.design.items.some((i) => i.id === 'stand-1'))!;
    expect(mine.design.items.some((i) => i.id === 'stand-1')).toBe(true);
    const p = createEditorPreview(new CountingTarget() as unknown as HTMLCanvasElement, view, { locale: 'en', engine, loadModels: false, createCanvas: stubCanvas, focusSlotId: mine.slotId });
    try {
      const scene = engine.scenes[0]!;
      const placeOf = (booth: typeof mine) => {
        const slot = view.layout.slots.find((s) => s.id === booth.slotId)!;
        const template = view.boothTemplates.find((t) => t.id === booth.design.templateId)!;
        const item = booth.design.items.find((i) => i.id === 'stand-1')!;
        return { slot, at: boothToHall(slot, template, item.x, item.z), y: item.y };
      };
      // Look at the neighbour's stand-1: unscoped, the pointer on it picks "stand-1"; scoped to my slot, it does not.
      const other = placeOf(theirs);
      p.focusSlot(theirs.slotId);
      scene.render();
      const point = p.clientPointOf(other.at.x, other.y + 0.3, other.at.z)!;
      expect(p.pickItem(point.x, point.y)).toBe('stand-1');
      expect(p.pickItem(point.x, point.y, theirs.slotId)).toBe('stand-1');
      expect(p.pickItem(point.x, point.y, mine.slotId)).not.toBe('stand-1');

      // The outline of my stand-1 stays inside my slot; unscoped, it would reach into the neighbour's too.
      const outlineBox = () => {
        const mesh = scene.getMeshByName('editor-selection')!;
        mesh.computeWorldMatrix(true);
        mesh.refreshBoundingInfo({});
        return mesh.getBoundingInfo().boundingBox;
      };
      const own = footprintRect(placeOf(mine).slot);
      p.setSelection(['stand-1'], 'normal', mine.slotId);
      const scoped = outlineBox();
      expect(scoped.minimumWorld.x).toBeGreaterThanOrEqual(own.minX - 0.1);
      expect(scoped.maximumWorld.x).toBeLessThanOrEqual(own.maxX + 0.1);
      expect(scoped.minimumWorld.z).toBeGreaterThanOrEqual(own.minZ - 0.1);
      expect(scoped.maximumWorld.z).toBeLessThanOrEqual(own.maxZ + 0.1);
      p.setSelection(['stand-1']);
      const everywhere = outlineBox();
      expect(everywhere.maximumWorld.subtract(everywhere.minimumWorld).length()).toBeGreaterThan(scoped.maximumWorld.subtract(scoped.minimumWorld).length() + 1);
    } finally {
      p.dispose();
      engine.dispose();
    }
  });
});
